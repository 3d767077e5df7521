import { Navigate, useAction, useSearchParams, useSubmission } from '@solidjs/router';
import { Show } from 'solid-js';
import { LanguageSwitcher } from '../../components/language-switcher.tsx';
import { Logo } from '../../components/logo.tsx';
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
            <Logo class="brand__logo" />
            <span class="brand__text">
              <span class="brand__name">{t('app.name')}</span>
              <span class="brand__network">{t('app.network')}</span>
            </span>
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
                <div class="field">
                  <label class="field__label" for="login-email">
                    {t('login.email')}
                  </label>
                  <input
                    id="login-email"
                    class="field__input"
                    type="email"
                    name="email"
                    autocomplete="username"
                    inputmode="email"
                    spellcheck={false}
                    required
                  />
                </div>
                <div class="field">
                  <label class="field__label" for="login-password">
                    {t('login.password')}
                  </label>
                  <input
                    id="login-password"
                    class="field__input"
                    type="password"
                    name="password"
                    autocomplete="current-password"
                    required
                  />
                </div>
                <div class="form__error" role="alert">
                  <Show when={submission.error}>{(error) => <p>{t(describeLoginError(error()))}</p>}</Show>
                </div>
                <button
                  type="submit"
                  class="button button--primary button--block"
                  disabled={submission.pending}
                  aria-busy={submission.pending ? 'true' : 'false'}
                >
                  <Show when={submission.pending} fallback={t('login.submit')}>
                    <span class="spinner spinner--on-dark" aria-hidden="true" />
                    {t('login.submitting')}
                  </Show>
                </button>
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
