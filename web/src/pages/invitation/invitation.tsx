import { createAsync, Navigate, useAction, useParams, useSubmission } from '@solidjs/router';
import { createSignal, ErrorBoundary, Show, Suspense } from 'solid-js';
import { BusyButton } from '../../components/busy-button.tsx';
import { TextField } from '../../components/form-field.tsx';
import { LanguageSwitcher } from '../../components/language-switcher.tsx';
import { LogoWithName } from '../../components/logo.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { PasswordRulesNote } from '../../components/password-rules-note.tsx';
import { ErrorState, InfoNotice, LoadingState } from '../../components/status.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { isApiError } from '../../lib/api.ts';
import type { InvitationOffer } from '../../lib/api-types.ts';
import { formatDateTime } from '../../lib/format.ts';
import { checkNewPassword, describePasswordRefusal } from '../../lib/password-form.ts';
import { useSession } from '../../session.tsx';
import { acceptInvitationAction, getInvitationOffer } from './invitation.data.ts';

function AcceptForm(props: { token: string; offer: InvitationOffer }) {
  const { t, language } = useI18n();
  const session = useSession();
  const submission = useSubmission(acceptInvitationAction);
  const accept = useAction(acceptInvitationAction);
  const [problem, setProblem] = createSignal<{ key: MessageKey } | { text: string } | null>(null);
  const where = () => {
    const municipality = props.offer.municipality;
    if (!municipality) return t('account.networkWide');
    return language() === 'el' ? municipality.nameEl : municipality.name;
  };

  const onSubmit = async (event: SubmitEvent & { currentTarget: HTMLFormElement }) => {
    event.preventDefault();
    if (submission.pending) return;
    const form = new FormData(event.currentTarget);
    const name = String(form.get('name') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const local = name ? checkNewPassword(password, String(form.get('repeat') ?? ''), props.offer.email) : 'invitation.error.name';
    if (local) return setProblem({ key: local });
    setProblem(null);
    try {
      const user = await accept(props.token, { name, password });
      session.signIn(user);
    } catch (error) {
      const refusal = describePasswordRefusal(error);
      if (refusal) setProblem({ key: refusal });
      else if (isApiError(error, 400)) setProblem({ text: error.message });
      else if (isApiError(error, 404)) setProblem({ key: 'invitation.invalid.body' });
      else setProblem({ key: 'form.error.generic' });
    }
  };

  return (
    <section class="card login-card" aria-labelledby="invitation-heading">
      <h1 id="invitation-heading" class="login-card__title">
        {t('invitation.heading')}
      </h1>
      <p>{t('invitation.offer', { role: t(`role.${props.offer.role}`), where: where() })}</p>
      <p class="muted">{t('invitation.expires', { date: formatDateTime(props.offer.expiresAt, language()) })}</p>
      <form class="form" method="post" novalidate onSubmit={(event) => void onSubmit(event)}>
        <TextField id="invitation-email" name="email" label={t('login.email')}>
          {(attributes) => <input {...attributes} type="email" autocomplete="username" value={props.offer.email} readOnly />}
        </TextField>
        <TextField id="invitation-name" name="name" label={t('invitation.name')} isRequired>
          {(attributes) => <input {...attributes} type="text" autocomplete="name" maxLength={200} />}
        </TextField>
        <TextField id="invitation-password" name="password" label={t('invitation.password')} isRequired>
          {(attributes) => <input {...attributes} type="password" autocomplete="new-password" aria-describedby="invitation-password-rules" />}
        </TextField>
        <PasswordRulesNote id="invitation-password-rules" />
        <TextField id="invitation-repeat" name="repeat" label={t('invitation.repeat')} isRequired>
          {(attributes) => <input {...attributes} type="password" autocomplete="new-password" />}
        </TextField>
        <div class="form__error" role="alert" tabindex="-1">
          <Show when={problem()}>{(shown) => <p>{'key' in shown() ? t((shown() as { key: MessageKey }).key) : (shown() as { text: string }).text}</p>}</Show>
        </div>
        <BusyButton type="submit" class="button button--primary button--block" isBusy={submission.pending} busyLabel={t('invitation.submitting')}>
          {t('invitation.submit')}
        </BusyButton>
      </form>
    </section>
  );
}

/** Where an invitation link leads: who is invited as what, then a name and a password, and they are in. */
export default function InvitationPage() {
  const { t } = useI18n();
  const params = useParams<{ token: string }>();
  const session = useSession();
  const offer = createAsync(() => getInvitationOffer(params.token));
  usePageTitle(() => t('invitation.title'));

  return (
    <Show when={session.state().status !== 'authenticated'} fallback={<Navigate href="/" />}>
      <div class="login-page">
        <header class="login-page__bar">
          <div class="brand brand--static">
            <LogoWithName />
          </div>
          <LanguageSwitcher />
        </header>
        <main id="main" class="login-page__main">
          <ErrorBoundary
            fallback={(error) =>
              isApiError(error, 404) ? (
                <InfoNotice title={t('invitation.invalid.title')}>
                  <p>{t('invitation.invalid.body')}</p>
                </InfoNotice>
              ) : (
                <ErrorState error={error} />
              )
            }
          >
            <Suspense fallback={<LoadingState />}>
              <Show when={offer()}>{(loaded) => <AcceptForm token={params.token} offer={loaded()} />}</Show>
            </Suspense>
          </ErrorBoundary>
        </main>
      </div>
    </Show>
  );
}
