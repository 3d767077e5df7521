import { createAsync, useAction } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { BusyButton } from '../../components/busy-button.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { isApiError } from '../../lib/api.ts';
import { roles, type AdminUser, type Role } from '../../lib/api-types.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useSession } from '../../session.tsx';
import { getAdminUsers, getMunicipalities, revokeSessionsAction, updateUserAction } from './admin.data.ts';

/** One account's row: role and municipality saved together (an officer needs one), and disabling apart. */
function UserRow(props: { user: AdminUser }) {
  const { t, language } = useI18n();
  const session = useSession();
  const municipalities = createAsync(() => getMunicipalities());
  const updateUser = useAction(updateUserAction);
  const revokeSessions = useAction(revokeSessionsAction);
  const [role, setRole] = createSignal<Role>(props.user.role);
  const [municipality, setMunicipality] = createSignal(props.user.municipality ?? '');
  const [busy, setBusy] = createSignal<'save' | 'disable' | 'sessions' | null>(null);
  const [message, setMessage] = createSignal<string | null>(null);
  const isSelf = () => session.user()?.id === props.user.id;

  const run = async (kind: 'save' | 'disable' | 'sessions', work: () => Promise<unknown>, done: string) => {
    setBusy(kind);
    setMessage(null);
    try {
      await work();
      setMessage(done);
    } catch (error) {
      setMessage(isApiError(error) ? error.message : t('form.error.generic'));
    } finally {
      setBusy(null);
    }
  };
  const save = () =>
    run('save', () => updateUser(props.user.id, { role: role(), municipality: role() === 'officer' ? municipality() || null : null }), t('admin.users.saved'));
  const toggleDisabled = () =>
    run('disable', () => updateUser(props.user.id, { disabled: !props.user.disabled }), props.user.disabled ? t('admin.users.enabled') : t('admin.users.disabledDone'));
  const endSessions = () => run('sessions', () => revokeSessions(props.user.id), t('admin.users.sessionsEnded'));
  const idOf = (what: string) => `user-${props.user.id}-${what}`;
  // Every row has the same buttons: their names say whose account they act on.
  const labelFor = (action: string) => t('admin.users.actionFor', { action, name: props.user.name });

  return (
    <tr classList={{ 'admin-users__row--disabled': props.user.disabled }} data-email={props.user.email}>
      <th scope="row">
        <span class="admin-users__name">{props.user.name}</span>
        <span class="admin-users__email">{props.user.email}</span>
        <Show when={props.user.disabled}>
          <span class="badge badge--muted">{t('admin.users.disabled')}</span>
        </Show>
      </th>
      <td>
        <div class="admin-users__membership">
          <label class="visually-hidden" for={idOf('role')}>
            {t('admin.users.role')}
          </label>
          <select id={idOf('role')} class="field__input" value={role()} disabled={isSelf()} onChange={(event) => setRole(event.currentTarget.value as Role)}>
            <For each={roles}>
              {(option) => (
                <option value={option} selected={option === role()}>
                  {t(`role.${option}`)}
                </option>
              )}
            </For>
          </select>
          <label class="visually-hidden" for={idOf('municipality')}>
            {t('admin.users.municipality')}
          </label>
          <select
            id={idOf('municipality')}
            class="field__input"
            value={municipality()}
            disabled={role() !== 'officer'}
            onChange={(event) => setMunicipality(event.currentTarget.value)}
          >
            <option value="">{t('admin.users.noMunicipality')}</option>
            {/* `selected` per option: the list arrives after the select is made, and its value would not find it. */}
            <For each={municipalities() ?? []}>
              {(option) => (
                <option value={option.slug} selected={option.slug === municipality()}>
                  {language() === 'el' ? option.nameEl : option.name}
                </option>
              )}
            </For>
          </select>
          <Show when={!isSelf()}>
            <BusyButton type="button" class="button button--secondary button--small" isBusy={busy() === 'save'} busyLabel={t('admin.users.working')} aria-label={labelFor(t('admin.users.save'))} onClick={() => void save()}>
              {t('admin.users.save')}
            </BusyButton>
          </Show>
        </div>
      </td>
      <td>{props.user.lastLoginAt ? formatDateTime(props.user.lastLoginAt, language()) : t('admin.users.never')}</td>
      <td>
        <Show when={!isSelf()}>
          <div class="admin-users__actions">
            <BusyButton type="button" class="button button--quiet button--small" isBusy={busy() === 'disable'} busyLabel={t('admin.users.working')} aria-label={labelFor(props.user.disabled ? t('admin.users.enable') : t('admin.users.disable'))} onClick={() => void toggleDisabled()}>
              {props.user.disabled ? t('admin.users.enable') : t('admin.users.disable')}
            </BusyButton>
            <BusyButton type="button" class="button button--quiet button--small" isBusy={busy() === 'sessions'} busyLabel={t('admin.users.working')} aria-label={labelFor(t('admin.users.endSessionsLong'))} onClick={() => void endSessions()}>
              {t('admin.users.endSessions')}
            </BusyButton>
          </div>
        </Show>
        <p class="admin-users__message" role="status">
          {message()}
        </p>
      </td>
    </tr>
  );
}

/** Every account, for administrators: who has which role where, who logged in when, who may not log in. */
export function UsersTable() {
  const { t } = useI18n();
  const users = createAsync(() => getAdminUsers());
  return (
    <div class="admin-table-scroll">
      <table class="admin-table admin-users">
        <caption class="visually-hidden">{t('admin.users.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.users.person')}</th>
            <th scope="col">{t('admin.users.membership')}</th>
            <th scope="col">{t('admin.users.lastLogin')}</th>
            <th scope="col">{t('admin.users.access')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={users()}>{(user) => <UserRow user={user} />}</For>
        </tbody>
      </table>
    </div>
  );
}
