import { A, revalidate } from '@solidjs/router';
import { Show } from 'solid-js';
import { AsyncBoundary } from '../../components/async-boundary.tsx';
import { PageHeaderWithActions } from '../../components/page-header.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useSession } from '../../session.tsx';
import { getAdminUsers, getInvitations } from './admin.data.ts';
import { InvitationForm } from './invitation-form.tsx';
import { InvitationsList } from './invitations-list.tsx';
import { UsersTable } from './users-table.tsx';

/** Administration: accounts (admins) and invitations (admins, and coordinators for officers). */
export default function AdminPage() {
  const { t } = useI18n();
  const session = useSession();
  const isAdmin = () => session.user()?.role === 'admin';
  usePageTitle(() => t('admin.title'));
  return (
    <div class="page admin-page">
      <PageHeaderWithActions title={t('admin.title')} intro={t('admin.intro')}>
        <Show when={isAdmin()}>
          <div class="admin-page__links">
            <A href="/admin/audit" class="button button--secondary" activeClass="" inactiveClass="" end>
              {t('admin.audit.title')}
            </A>
            <A href="/sources" class="button button--secondary" activeClass="" inactiveClass="" end>
              {t('nav.sources')}
            </A>
          </div>
        </Show>
      </PageHeaderWithActions>
      <Show when={isAdmin()}>
        <section class="admin-page__section" aria-labelledby="admin-users-heading">
          <h2 id="admin-users-heading">{t('admin.users.title')}</h2>
          <AsyncBoundary refetch={() => revalidate(getAdminUsers.key)}>
            <UsersTable />
          </AsyncBoundary>
        </section>
      </Show>
      <section class="admin-page__section" aria-labelledby="admin-invitations-heading">
        <h2 id="admin-invitations-heading">{t('admin.invitations.title')}</h2>
        <p class="muted">{t('admin.invitations.intro')}</p>
        <div class="admin-page__invitations">
          <InvitationForm />
          <AsyncBoundary refetch={() => revalidate(getInvitations.key)}>
            <InvitationsList />
          </AsyncBoundary>
        </div>
      </section>
    </div>
  );
}
