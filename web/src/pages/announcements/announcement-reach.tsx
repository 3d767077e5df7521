import { A, createAsync, revalidate } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { AsyncBoundary } from '../../components/async-boundary.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { AnnouncementReach } from '../../lib/api-types.ts';
import { formatDateTime, toIsoString } from '../../lib/format.ts';
import { formatNameList } from '../../lib/name-list.ts';
import { getAnnouncementReach } from './announcements.data.ts';

/**
 * "Who read it": for each targeted municipality, whether it opened the announcement, when and by whom, and the
 * proposals it started for the call. Read when first shown; most visits to the list do not need it.
 */
export function AnnouncementReachPanel(props: { announcementId: string; title: string }) {
  const { t } = useI18n();
  const [isOpen, setIsOpen] = createSignal(false);
  const regionId = () => `reach-${props.announcementId}`;
  return (
    <div class="announcement-reach">
      <button
        type="button"
        class="button button--secondary announcement-reach__toggle"
        aria-expanded={isOpen() ? 'true' : 'false'}
        aria-controls={regionId()}
        onClick={() => setIsOpen(!isOpen())}
      >
        {t('announcements.reach.toggle')}
      </button>
      <div id={regionId()} class="announcement-reach__body" hidden={!isOpen()}>
        <Show when={isOpen()}>
          <AsyncBoundary refetch={() => revalidate(getAnnouncementReach.keyFor(props.announcementId))}>
            <ReachTable announcementId={props.announcementId} title={props.title} />
          </AsyncBoundary>
        </Show>
      </div>
    </div>
  );
}

function ReachTable(props: { announcementId: string; title: string }) {
  const { t, tCount, tValue, language } = useI18n();
  const reach = createAsync(() => getAnnouncementReach(props.announcementId));
  const rows = () => reach()?.municipalities ?? [];
  const openedCount = () => rows().filter((row) => row.openedAt !== null).length;
  const nameOf = (row: AnnouncementReach['municipalities'][number]) =>
    language() === 'el' ? row.municipality.nameEl : row.municipality.name;

  return (
    <Show when={reach()}>
      <p class="announcement-reach__summary" aria-live="polite">
        {t('announcements.reach.summary', {
          opened: openedCount(),
          total: tCount('announcements.reach.municipalities', rows().length),
        })}
      </p>
      <div class="table-wrap">
        <table class="proposal-table reach-table">
          <caption class="visually-hidden">{t('announcements.reach.caption', { title: props.title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('announcements.reach.municipality')}</th>
              <th scope="col">{t('announcements.reach.opened')}</th>
              <th scope="col">{t('announcements.reach.openedBy')}</th>
              <th scope="col">{t('announcements.reach.proposals')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={rows()}>
              {(row) => (
                <tr classList={{ 'reach-table__row--opened': row.openedAt !== null }}>
                  <th scope="row">{nameOf(row)}</th>
                  <td data-label={t('announcements.reach.opened')}>
                    <Show
                      when={row.openedAt}
                      fallback={<span class="reach-table__not-opened">{t('announcements.reach.notOpened')}</span>}
                    >
                      {(openedAt) => (
                        <span class="reach-table__opened">
                          <span aria-hidden="true">✓ </span>
                          <time datetime={toIsoString(openedAt())}>{formatDateTime(openedAt(), language())}</time>
                        </span>
                      )}
                    </Show>
                  </td>
                  <td data-label={t('announcements.reach.openedBy')}>
                    {row.openedBy.length > 0 ? formatNameList(row.openedBy.map((person) => person.name), language()) : '—'}
                  </td>
                  <td data-label={t('announcements.reach.proposals')}>
                    <Show when={row.proposals.length > 0} fallback={t('announcements.reach.noProposals')}>
                      <ul class="reach-table__proposals">
                        <For each={row.proposals}>
                          {(proposal) => (
                            <li>
                              <A href={`/proposals/${encodeURIComponent(proposal.id)}`} activeClass="" inactiveClass="">
                                {proposal.title}
                              </A>{' '}
                              <span class={`badge badge--proposal-${proposal.status}`}>
                                {tValue('proposal.status', proposal.status)}
                              </span>
                            </li>
                          )}
                        </For>
                      </ul>
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
