import { useI18n } from '../i18n/index.tsx';

/** The password rules in words, beside every field that sets a new password. */
export function PasswordRulesNote(props: { id: string }) {
  const { t } = useI18n();
  return (
    <ul id={props.id} class="password-rules">
      <li>{t('invitation.rule.length')}</li>
      <li>{t('invitation.rule.common')}</li>
      <li>{t('invitation.rule.email')}</li>
      <li>{t('invitation.rule.phrase')}</li>
    </ul>
  );
}
