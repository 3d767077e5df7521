import { A, Navigate, useLocation, type RouteSectionProps } from '@solidjs/router';
import { createEffect, createSignal, Match, on, Show, Switch, type ParentProps } from 'solid-js';
import { useI18n } from '../i18n/index.tsx';
import { buildLoginPath } from '../lib/next-path.ts';
import { useSession } from '../session.tsx';
import { LanguageSwitcher } from './language-switcher.tsx';
import { LogoWithName } from './logo.tsx';
import { MainNavigation } from './main-navigation.tsx';
import { NotificationBell } from './notification-bell.tsx';
import { ErrorState, LoadingState } from './status.tsx';

/** Layout of every page that needs a session; sends everyone else to the login page and back. */
export function ProtectedLayout(props: RouteSectionProps) {
  const session = useSession();
  const location = useLocation();
  const { t } = useI18n();

  return (
    <Switch>
      <Match when={session.state().status === 'loading'}>
        <div class="full-page-state">
          <LoadingState />
        </div>
      </Match>
      <Match when={session.state().status === 'unavailable'}>
        <div class="full-page-state">
          <ErrorState
            title={t('session.error.title')}
            error={(session.state() as { error: unknown }).error}
            onRetry={() => void session.reload()}
          />
        </div>
      </Match>
      <Match when={session.state().status === 'anonymous'}>
        {/* After "log out" the next person starts afresh; after an expired session, come back here. */}
        <Navigate
          href={
            (session.state() as { hasLoggedOut?: boolean }).hasLoggedOut
              ? '/login'
              : buildLoginPath(location.pathname + location.search)
          }
        />
      </Match>
      <Match when={session.user()}>
        <AppShell>{props.children}</AppShell>
      </Match>
    </Switch>
  );
}

function AppShell(props: ParentProps) {
  const { t, language } = useI18n();
  const session = useSession();
  const location = useLocation();
  const [isLoggingOut, setIsLoggingOut] = createSignal(false);
  const [logoutFailed, setLogoutFailed] = createSignal(false);
  let main: HTMLElement | undefined;

  // After following a link, start keyboard and screen-reader users at the new page's content.
  // Redirects on first load leave focus on the body, where the skip link is the first stop.
  createEffect(
    on(
      () => location.pathname,
      () => {
        const active = document.activeElement;
        if (active && active !== document.body && active !== main) main?.focus();
      },
      { defer: true },
    ),
  );

  const municipalityName = () => {
    const municipality = session.user()?.municipality;
    if (!municipality) return t('account.networkWide');
    return language() === 'el' ? municipality.nameEl : municipality.name;
  };

  const logOut = async () => {
    setIsLoggingOut(true);
    setLogoutFailed(false);
    try {
      await session.logout();
    } catch {
      setLogoutFailed(true);
    } finally {
      setIsLoggingOut(false);
    }
  };

  const skipToContent = (event: MouseEvent) => {
    event.preventDefault();
    main?.focus();
  };

  return (
    <div class="app">
      <a class="skip-link" href="#main" on:click={skipToContent}>
        {t('app.skipToContent')}
      </a>
      <header class="site-header">
        <div class="site-header__inner">
          <A href="/" class="brand" end inactiveClass="" activeClass="">
            <LogoWithName />
          </A>
          <div class="site-header__tools">
            <LanguageSwitcher />
            <div class="site-header__account-row">
              <Show when={session.user()}>
                {(user) => (
                  <div class="account" aria-label={t('account.label')} role="group">
                    <A href="/account" class="account__name" activeClass="" inactiveClass="" end title={t('admin.account.link')}>
                      {user().name}
                    </A>
                    <span class="account__meta">
                      <span class="account__role">{t(`role.${user().role}`)}</span>
                      <span aria-hidden="true"> · </span>
                      <span class="account__municipality">{municipalityName()}</span>
                    </span>
                  </div>
                )}
              </Show>
              <NotificationBell />
              <button
                type="button"
                class="button button--quiet logout-button"
                disabled={isLoggingOut()}
                aria-busy={isLoggingOut() ? 'true' : 'false'}
                onClick={() => void logOut()}
              >
                {isLoggingOut() ? t('auth.loggingOut') : t('auth.logout')}
              </button>
            </div>
          </div>
        </div>
        <Show when={logoutFailed()}>
          <p class="site-header__alert" role="alert">
            {t('auth.logoutFailed')}
          </p>
        </Show>
        <MainNavigation />
      </header>
      <main id="main" class="main" tabindex="-1" ref={main}>
        {props.children}
      </main>
      <footer class="site-footer">
        <div class="site-footer__inner">
          <p>{t('app.footer.support')}</p>
          <p>{t('app.footer.timeZone')}</p>
        </div>
      </footer>
    </div>
  );
}
