import { createAsync, revalidate, useSearchParams } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { AsyncBoundary } from '../../components/async-boundary.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { EmptyState } from '../../components/status.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { AuditEntry } from '../../lib/api-types.ts';
import { formatDateTime } from '../../lib/format.ts';
import { getAuditPage, type AuditQuery } from './admin.data.ts';

// The security events, offered as filters; the API matches an action by prefix, so "auth.login" finds the failures too.
const actionFilters = ['auth.login', 'auth.lockout', 'auth.logout', 'auth.password_change', 'invitation.', 'user.'] as const;

function describeDetails(entry: AuditEntry): string {
  if (!entry.details) return '';
  return Object.entries(entry.details)
    .map(([key, value]) => `${key}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`)
    .join(' · ');
}

/** The audit log for administrators, newest first, filtered by action and actor, 50 at a time. */
export default function AuditPage() {
  const { t, language } = useI18n();
  const [searchParams, setSearchParams] = useSearchParams<{ action?: string; actor?: string; before?: string }>();
  usePageTitle(() => t('admin.audit.title'));
  const filters = (): AuditQuery => ({
    action: searchParams.action ?? '',
    actor: searchParams.actor ?? '',
    before: searchParams.before ? Number(searchParams.before) : null,
  });
  const page = createAsync(() => getAuditPage(filters()));

  const onSubmit = (event: SubmitEvent & { currentTarget: HTMLFormElement }) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setSearchParams({ action: String(form.get('action') ?? '') || undefined, actor: String(form.get('actor') ?? '').trim() || undefined, before: undefined });
  };

  return (
    <div class="page admin-page">
      <PageHeader title={t('admin.audit.title')} intro={t('admin.audit.intro')} />
      <form class="audit-filters" role="search" aria-label={t('admin.audit.filters')} onSubmit={onSubmit}>
        <div class="field">
          <label class="field__label" for="audit-action">
            {t('admin.audit.action')}
          </label>
          <select id="audit-action" name="action" class="field__input" value={filters().action}>
            <option value="">{t('admin.audit.anyAction')}</option>
            <For each={actionFilters}>{(action) => <option value={action}>{t(`admin.audit.filter.${action}`)}</option>}</For>
          </select>
        </div>
        <div class="field">
          <label class="field__label" for="audit-actor">
            {t('admin.audit.actor')}
          </label>
          <input id="audit-actor" name="actor" type="email" class="field__input" value={filters().actor} spellcheck={false} />
        </div>
        <button type="submit" class="button button--primary">
          {t('admin.audit.apply')}
        </button>
      </form>
      <AsyncBoundary refetch={() => revalidate(getAuditPage.key)}>
        <Show when={page()}>
          {(answer) => (
            <Show when={answer().entries.length > 0} fallback={<EmptyState title={t('admin.audit.empty')} />}>
              <div class="admin-table-scroll">
                <table class="admin-table audit-table">
                  <caption class="visually-hidden">{t('admin.audit.title')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('admin.audit.at')}</th>
                      <th scope="col">{t('admin.audit.action')}</th>
                      <th scope="col">{t('admin.audit.actor')}</th>
                      <th scope="col">{t('admin.audit.details')}</th>
                      <th scope="col">{t('admin.audit.address')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={answer().entries}>
                      {(entry) => (
                        <tr>
                          <td class="audit-table__at">{formatDateTime(entry.at, language())}</td>
                          <th scope="row">
                            <code>{entry.action}</code>
                          </th>
                          <td>{entry.actorEmail ?? t('admin.audit.nobody')}</td>
                          <td class="audit-table__details">{describeDetails(entry)}</td>
                          <td>{entry.ipAddress ?? ''}</td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </div>
              <nav class="audit-pager" aria-label={t('admin.audit.pages')}>
                <Show when={filters().before !== null}>
                  <button type="button" class="button button--quiet" onClick={() => setSearchParams({ before: undefined })}>
                    {t('admin.audit.newest')}
                  </button>
                </Show>
                <Show when={answer().nextBefore}>
                  {(before) => (
                    <button type="button" class="button button--secondary" onClick={() => setSearchParams({ before: String(before()) })}>
                      {t('admin.audit.older')}
                    </button>
                  )}
                </Show>
              </nav>
            </Show>
          )}
        </Show>
      </AsyncBoundary>
    </div>
  );
}
