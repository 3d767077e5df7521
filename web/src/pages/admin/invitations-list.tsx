import { createAsync, useAction } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { ConfirmButton } from '../../components/confirm-button.tsx';
import { EmptyState } from '../../components/status.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { getInvitations, revokeInvitationAction } from './admin.data.ts';

/** Invitations newest first, with what became of them; a pending one can be revoked. */
export function InvitationsList() {
  const { t, language } = useI18n();
  const invitations = createAsync(() => getInvitations());
  const revoke = useAction(revokeInvitationAction);
  return (
    <Show when={(invitations() ?? []).length > 0} fallback={<EmptyState title={t('admin.invitations.empty')} />}>
      <div class="admin-table-scroll">
        <table class="admin-table admin-invitations">
          <caption class="visually-hidden">{t('admin.invitations.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.invitations.email')}</th>
              <th scope="col">{t('admin.invitations.role')}</th>
              <th scope="col">{t('admin.invitations.status')}</th>
              <th scope="col">{t('admin.invitations.expires')}</th>
              <th scope="col">{t('admin.users.actions')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={invitations()}>
              {(invitation) => (
                <tr data-email={invitation.email}>
                  <th scope="row">
                    {invitation.email}
                    <Show when={invitation.invitedBy}>
                      {(by) => <span class="admin-users__email">{t('admin.invitations.by', { email: by() })}</span>}
                    </Show>
                  </th>
                  <td>
                    {t(`role.${invitation.role}`)}
                    <Show when={invitation.municipality}>{(slug) => <span class="admin-users__email">{slug()}</span>}</Show>
                  </td>
                  <td>
                    <span class={`badge invitation-status invitation-status--${invitation.status}`}>{t(`admin.invitations.status.${invitation.status}`)}</span>
                  </td>
                  <td>{formatDateTime(invitation.expiresAt, language())}</td>
                  <td>
                    <Show when={invitation.status === 'pending'}>
                      <ConfirmButton
                        label={t('admin.invitations.revoke')}
                        accessibleLabel={t('admin.invitations.revokeFor', { email: invitation.email })}
                        question={t('admin.invitations.revokeQuestion')}
                        confirmLabel={t('admin.invitations.revoke')}
                        busyLabel={t('admin.users.working')}
                        failedMessage={t('form.error.generic')}
                        onConfirm={() => revoke(invitation.id)}
                      />
                    </Show>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </Show>
  );
}
