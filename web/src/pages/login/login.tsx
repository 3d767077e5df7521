import { Navigate, useAction, useSearchParams, useSubmission } from '@solidjs/router';
import { Show } from 'solid-js';
import { LanguageSwitcher } from '../../components/language-switcher.tsx';
import { BusyButton } from '../../components/busy-button.tsx';
import { TextField } from '../../components/form-field.tsx';
import { LogoWithName } from '../../components/logo.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { LoadingState } from '../../components/status.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { isApiError } from '../../lib/api.ts';
import { readNextPath } from '../../lib/next-path.ts';
import { useSession } from '../../session.tsx';
import { logInAction } from './login.data.ts';

function describeLoginError(error: unknown): MessageKey {
  if (!isApiError(error)) return 'login.error.generic';
  switch (error.status) {
    case 0:
      return 'login.error.network';
    case 400:
      return 'login.error.validation';
    case 401:
      return 'login.error.credentials';
    case 429:
      return 'login.error.rateLimited';
    default:
      return 'login.error.generic';
  }
}

export default function LoginPage() {
  const { t } = useI18n();
  const session = useSession();
  const [searchParams] = useSearchParams();
  const submission = useSubmission(logInAction);
  const submitLogIn = useAction(logInAction);
  usePageTitle(() => t('login.title'));

  const nextPath = () => readNextPath(searchParams.next);

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (submission.pending) return;
    const form = event.currentTarget as HTMLFormElement;
    try {
      const user = await submitLogIn(new FormData(form));
      submission.clear?.();
      session.signIn(user);
    } catch {
      // The submission holds the error; the alert below shows it.
    }
  };

  return (
    <Show when={session.state().status !== 'authenticated'} fallback={<Navigate href={nextPath()} />}>
      <div class="login-page">
        <header class="login-page__bar">
          <div class="brand brand--static">
            <LogoWithName />
          </div>
          <LanguageSwitcher />
        </header>
        <main id="main" class="login-page__main">
          <Show when={session.state().status !== 'loading'} fallback={<LoadingState />}>
            <section class="card login-card" aria-labelledby="login-heading">
              <h1 id="login-heading" class="login-card__title">
                {t('login.heading')}
              </h1>
              <form class="form" method="post" onSubmit={(event) => void onSubmit(event)}>
                <TextField id="login-email" name="email" label={t('login.email')}>
                  {(attributes) => (
                    <input
                      {...attributes}
                      type="email"
                      autocomplete="username"
                      inputmode="email"
                      spellcheck={false}
                      required
                    />
                  )}
                </TextField>
                <TextField id="login-password" name="password" label={t('login.password')}>
                  {(attributes) => <input {...attributes} type="password" autocomplete="current-password" required />}
                </TextField>
                <div class="form__error" role="alert">
                  <Show when={submission.error}>{(error) => <p>{t(describeLoginError(error()))}</p>}</Show>
                </div>
                <BusyButton
                  type="submit"
                  class="button button--primary button--block"
                  isBusy={submission.pending}
                  busyLabel={t('login.submitting')}
                >
                  {t('login.submit')}
                </BusyButton>
              </form>
              <p class="login-card__help">{t('login.help')}</p>
            </section>
            <section class="card about-card" aria-labelledby="about-heading">
              <h2 id="about-heading">{t('login.about.title')}</h2>
              <p>{t('login.about.intro')}</p>
              <ul class="about-card__list">
                <li>{t('login.about.calls')}</li>
                <li>{t('login.about.needs')}</li>
                <li>{t('login.about.proposals')}</li>
                <li>{t('login.about.lessons')}</li>
              </ul>
              <p class="about-card__support">{t('login.about.support')}</p>
            </section>
          </Show>
        </main>
      </div>
    </Show>
  );
}
