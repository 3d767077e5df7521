import { useAction, useSubmission } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { BusyButton } from '../../components/busy-button.tsx';
import { TextField } from '../../components/form-field.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { PasswordRulesNote } from '../../components/password-rules-note.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { isApiError } from '../../lib/api.ts';
import { checkNewPassword, describePasswordRefusal } from '../../lib/password-form.ts';
import { useSession } from '../../session.tsx';
import { changePasswordAction, logoutEverywhereAction } from './account.data.ts';

type Outcome = { key: MessageKey; isError: boolean } | { text: string; isError: true };

function ChangePasswordForm() {
  const { t } = useI18n();
  const session = useSession();
  const submission = useSubmission(changePasswordAction);
  const changePassword = useAction(changePasswordAction);
  const [outcome, setOutcome] = createSignal<Outcome | null>(null);

  const onSubmit = async (event: SubmitEvent & { currentTarget: HTMLFormElement }) => {
    event.preventDefault();
    if (submission.pending) return;
    const form = event.currentTarget;
    const data = new FormData(form);
    const currentPassword = String(data.get('currentPassword') ?? '');
    const newPassword = String(data.get('newPassword') ?? '');
    const local = checkNewPassword(newPassword, String(data.get('repeat') ?? ''), session.user()?.email ?? '');
    if (local) return setOutcome({ key: local, isError: true });
    try {
      await changePassword({ currentPassword, newPassword });
      form.reset();
      setOutcome({ key: 'admin.account.password.changed', isError: false });
    } catch (error) {
      const refusal = describePasswordRefusal(error);
      if (refusal) setOutcome({ key: refusal, isError: true });
      else if (isApiError(error, 403)) setOutcome({ key: 'admin.account.password.wrongCurrent', isError: true });
      else if (isApiError(error, 400)) setOutcome({ text: error.message, isError: true });
      else setOutcome({ key: 'form.error.generic', isError: true });
    }
  };

  return (
    <form class="form account-form" method="post" novalidate aria-labelledby="password-heading" onSubmit={(event) => void onSubmit(event)}>
      <h2 id="password-heading">{t('admin.account.password.title')}</h2>
      <TextField id="account-current" name="currentPassword" label={t('admin.account.password.current')} isRequired>
        {(attributes) => <input {...attributes} type="password" autocomplete="current-password" />}
      </TextField>
      <TextField id="account-new" name="newPassword" label={t('admin.account.password.new')} isRequired>
        {(attributes) => <input {...attributes} type="password" autocomplete="new-password" aria-describedby="account-password-rules" />}
      </TextField>
      <PasswordRulesNote id="account-password-rules" />
      <TextField id="account-repeat" name="repeat" label={t('invitation.repeat')} isRequired>
        {(attributes) => <input {...attributes} type="password" autocomplete="new-password" />}
      </TextField>
      <div class={outcome()?.isError ? 'form__error' : 'form__success'} role={outcome()?.isError ? 'alert' : 'status'}>
        <Show when={outcome()}>{(shown) => <p>{'key' in shown() ? t((shown() as { key: MessageKey }).key) : (shown() as { text: string }).text}</p>}</Show>
      </div>
      <BusyButton type="submit" class="button button--primary" isBusy={submission.pending} busyLabel={t('admin.users.working')}>
        {t('admin.account.password.submit')}
      </BusyButton>
    </form>
  );
}

/** The user's own account: change the password, and end every session (a lost phone, a shared computer). */
export default function AccountPage() {
  const { t } = useI18n();
  const session = useSession();
  const submission = useSubmission(logoutEverywhereAction);
  const logoutEverywhere = useAction(logoutEverywhereAction);
  const [hasFailed, setHasFailed] = createSignal(false);
  usePageTitle(() => t('admin.account.title'));

  const endEverywhere = async () => {
    setHasFailed(false);
    try {
      await logoutEverywhere();
      // This session ended too: asking who is logged in now answers nobody, and the login page follows.
      await session.reload();
    } catch {
      setHasFailed(true);
    }
  };

  return (
    <div class="page account-page">
      <PageHeader title={t('admin.account.title')} intro={session.user()?.email} />
      <div class="account-page__grid">
        <ChangePasswordForm />
        <section class="account-sessions" aria-labelledby="sessions-heading">
          <h2 id="sessions-heading">{t('admin.account.sessions.title')}</h2>
          <p>{t('admin.account.sessions.body')}</p>
          <BusyButton type="button" class="button button--secondary" isBusy={submission.pending} busyLabel={t('auth.loggingOut')} onClick={() => void endEverywhere()}>
            {t('admin.account.sessions.logoutEverywhere')}
          </BusyButton>
          <Show when={hasFailed()}>
            <p class="form__error" role="alert">
              {t('auth.logoutFailed')}
            </p>
          </Show>
        </section>
      </div>
    </div>
  );
}
