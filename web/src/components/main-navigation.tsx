import { A, useLocation } from '@solidjs/router';
import { createEffect, createSignal, For, on, onCleanup } from 'solid-js';
import { useI18n, type MessageKey } from '../i18n/index.tsx';
import type { Role } from '../lib/api-types.ts';
import { hasRole } from '../lib/roles.ts';
import { rolesThatSeeDashboard } from '../lib/announcement-roles.ts';
import { useSession } from '../session.tsx';

/** `roles`: shown only to these roles; the API refuses the others anyway. */
const sections: { href: string; label: MessageKey; roles?: readonly Role[] }[] = [
  { href: '/calls', label: 'nav.calls' },
  { href: '/announcements', label: 'announcements.nav' },
  { href: '/needs', label: 'nav.needs' },
  { href: '/proposals', label: 'nav.proposals' },
  { href: '/lessons', label: 'nav.lessons' },
  { href: '/good-practices', label: 'practices.title' },
  { href: '/dashboard', label: 'nav.dashboard', roles: rolesThatSeeDashboard },
  // Everyone else opens the report from the dashboard's header: one link fewer keeps the bar on one line.
  { href: '/report', label: 'report.nav', roles: ['liaison'] },
  { href: '/municipalities', label: 'nav.municipalities' },
  // Administrators reach the sources from the administration page: one link fewer keeps the bar on one line.
  { href: '/sources', label: 'nav.sources', roles: ['coordinator'] },
  { href: '/admin', label: 'admin.nav', roles: ['admin'] },
];

/**
 * On narrow screens the list collapses behind a menu button (a disclosure: the button says whether
 * the list is shown with aria-expanded); on wide screens the CSS shows the list and hides the button.
 */
export function MainNavigation() {
  const { t } = useI18n();
  const session = useSession();
  const location = useLocation();
  const visibleSections = () =>
    sections.filter((section) => !section.roles || hasRole(session.user()?.role, section.roles));
  const [isOpen, setIsOpen] = createSignal(false);
  let toggle: HTMLButtonElement | undefined;
  let navigation: HTMLElement | undefined;

  createEffect(on(() => location.pathname, () => setIsOpen(false), { defer: true }));

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && isOpen()) {
      setIsOpen(false);
      toggle?.focus();
    }
  };

  // A click outside the open menu closes it, as people expect of a dropdown.
  const onDocumentClick = (event: MouseEvent) => {
    if (isOpen() && navigation && event.target instanceof Node && !navigation.contains(event.target)) setIsOpen(false);
  };
  document.addEventListener('click', onDocumentClick);
  onCleanup(() => document.removeEventListener('click', onDocumentClick));

  return (
    <nav class="main-nav" aria-label={t('nav.label')} ref={navigation} onKeyDown={onKeyDown}>
      <div class="main-nav__inner">
        <button
          ref={toggle}
          type="button"
          class="main-nav__toggle"
          aria-expanded={isOpen() ? 'true' : 'false'}
          aria-controls="main-nav-list"
          onClick={() => setIsOpen(!isOpen())}
        >
          <svg class="main-nav__toggle-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
            <path
              d={isOpen() ? 'M6 6 L18 18 M18 6 L6 18' : 'M4 7 H20 M4 12 H20 M4 17 H20'}
              stroke="currentColor"
              stroke-width="2"
              stroke-linecap="round"
              fill="none"
            />
          </svg>
          {t('nav.menu')}
        </button>
        <ul id="main-nav-list" class="main-nav__list" classList={{ 'is-open': isOpen() }}>
          <For each={visibleSections()}>
            {(section) => (
              <li>
                <A href={section.href} class="main-nav__link" activeClass="is-active" inactiveClass="">
                  {t(section.label)}
                </A>
              </li>
            )}
          </For>
        </ul>
      </div>
    </nav>
  );
}
