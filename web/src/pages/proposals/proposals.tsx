import { A, createAsync, revalidate, useSearchParams } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { AsyncBoundary } from '../../components/async-boundary.tsx';
import { DeadlineCountdown } from '../../components/call-badges.tsx';
import { NewItemLink, PageHeaderWithActions } from '../../components/page-header.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { EmptyState } from '../../components/status.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { formatShortDate, toIsoString } from '../../lib/format.ts';
import { createNow } from '../../lib/now.ts';
import { boardColumns, groupByColumn, sortByDeadline } from '../../lib/proposal-board.ts';
import type { ProposalListItem } from '../../lib/proposal-types.ts';
import { rolesThatEditTemplates, rolesThatStartProposals } from '../../lib/proposal-roles.ts';
import { hasRole } from '../../lib/roles.ts';
import { useSession } from '../../session.tsx';
import { getProposals } from './proposals.data.ts';

type View = 'board' | 'list';

/** The proposals the user may read, as a pipeline board by status or as a list by deadline. */
export default function ProposalsPage() {
  const { t } = useI18n();
  const session = useSession();
  const [searchParams, setSearchParams] = useSearchParams<{ view?: string }>();
  usePageTitle(() => t('proposals.title'));
  const view = (): View => (searchParams.view === 'list' ? 'list' : 'board');
  const proposals = createAsync(() => getProposals());
  const now = createNow();
  const canStart = () => hasRole(session.user()?.role, rolesThatStartProposals);
  const canEditTemplates = () => hasRole(session.user()?.role, rolesThatEditTemplates);

  return (
    <div class="page">
      <PageHeaderWithActions title={t('proposals.title')} intro={t('proposals.intro')}>
        <Show when={canEditTemplates()}>
          <A href="/proposals/templates" class="button button--secondary page-header__action" activeClass="" inactiveClass="" end>
            {t('templates.link')}
          </A>
        </Show>
        <Show when={canStart()}>
          <NewItemLink href="/proposals/new" label={t('proposals.new')} />
        </Show>
      </PageHeaderWithActions>
      <div class="view-toggle" role="group" aria-label={t('proposals.view.label')}>
        <For each={['board', 'list'] as const}>
          {(option) => (
            <button
              type="button"
              class="view-toggle__button"
              aria-pressed={view() === option ? 'true' : 'false'}
              onClick={() => setSearchParams({ view: option === 'board' ? undefined : option })}
            >
              {t(`proposals.view.${option}`)}
            </button>
          )}
        </For>
      </div>
      <AsyncBoundary refetch={() => revalidate(getProposals.key)}>
        <Show
          when={(proposals()?.length ?? 0) > 0}
          fallback={
            <EmptyState title={t('proposals.empty.title')}>
              <p>{canStart() ? t('proposals.empty.bodyOwn') : t('proposals.empty.body')}</p>
            </EmptyState>
          }
        >
          <Show when={view() === 'board'} fallback={<ProposalList proposals={proposals() ?? []} now={now()} />}>
            <ProposalBoard proposals={proposals() ?? []} now={now()} />
          </Show>
        </Show>
      </AsyncBoundary>
    </div>
  );
}

function ProposalBoard(props: { proposals: ProposalListItem[]; now: Date }) {
  const { t, tValue } = useI18n();
  const columns = () => groupByColumn(props.proposals);
  return (
    <div class="proposal-board">
      <For each={boardColumns}>
        {(column) => (
          <section class={`proposal-column proposal-column--${column}`} aria-labelledby={`column-${column}`}>
            <h2 id={`column-${column}`} class="proposal-column__title">
              {column === 'decided' ? t('proposals.column.decided') : tValue('proposal.status', column)}
              <span class="proposal-column__count">{columns()[column].length}</span>
            </h2>
            <Show when={columns()[column].length > 0} fallback={<p class="proposal-column__empty">{t('proposals.column.empty')}</p>}>
              <ul class="proposal-column__list">
                <For each={columns()[column]}>
                  {(proposal) => (
                    <li>
                      <ProposalCard proposal={proposal} now={props.now} isStatusShown={column === 'decided'} />
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </section>
        )}
      </For>
    </div>
  );
}

function ProposalCard(props: { proposal: ProposalListItem; now: Date; isStatusShown: boolean }) {
  const { tValue, tCount, language } = useI18n();
  const municipalityName = () =>
    language() === 'el' ? props.proposal.leadMunicipality.nameEl : props.proposal.leadMunicipality.name;
  return (
    <article class="proposal-card">
      <h3 class="proposal-card__title">
        <A href={`/proposals/${encodeURIComponent(props.proposal.id)}`} class="proposal-card__link">
          {props.proposal.title}
        </A>
      </h3>
      <Show when={props.isStatusShown}>
        <span class={`badge badge--proposal-${props.proposal.status}`}>{tValue('proposal.status', props.proposal.status)}</span>
      </Show>
      <p class="proposal-card__meta">
        {municipalityName()}
        <Show when={props.proposal.partnerMunicipalities.length > 0}>
          {' · '}
          {tCount('proposals.partnerCount', props.proposal.partnerMunicipalities.length)}
        </Show>
      </p>
      <Show when={props.proposal.deadline}>
        {(deadline) => (
          <p class="proposal-card__deadline">
            <time datetime={toIsoString(deadline())}>{formatShortDate(deadline(), language())}</time>{' '}
            <DeadlineCountdown deadline={deadline()} now={props.now} />
          </p>
        )}
      </Show>
    </article>
  );
}

function ProposalList(props: { proposals: ProposalListItem[]; now: Date }) {
  const { t, tValue, language } = useI18n();
  const name = (municipality: ProposalListItem['leadMunicipality']) =>
    language() === 'el' ? municipality.nameEl : municipality.name;
  return (
    <div class="table-wrap">
      <table class="proposal-table">
        <caption class="visually-hidden">{t('proposals.view.list')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('proposals.column.title')}</th>
            <th scope="col">{t('proposals.column.status')}</th>
            <th scope="col">{t('proposals.column.lead')}</th>
            <th scope="col">{t('proposals.column.deadline')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={sortByDeadline(props.proposals)}>
            {(proposal) => (
              <tr>
                <th scope="row">
                  <A href={`/proposals/${encodeURIComponent(proposal.id)}`}>{proposal.title}</A>
                  <Show when={proposal.callTitle}>{(call) => <span class="proposal-table__call">{call()}</span>}</Show>
                </th>
                <td data-label={t('proposals.column.status')}>
                  <span class={`badge badge--proposal-${proposal.status}`}>{tValue('proposal.status', proposal.status)}</span>
                </td>
                <td data-label={t('proposals.column.lead')}>{name(proposal.leadMunicipality)}</td>
                <td data-label={t('proposals.column.deadline')}>
                  <Show when={proposal.deadline} fallback={t('proposals.noDeadline')}>
                    {(deadline) => (
                      <>
                        <time datetime={toIsoString(deadline())}>{formatShortDate(deadline(), language())}</time>{' '}
                        <DeadlineCountdown deadline={deadline()} now={props.now} />
                      </>
                    )}
                  </Show>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}
