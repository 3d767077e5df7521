import { createAsync, revalidate, useAction, useParams, useSearchParams } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { DeadlineCountdown } from '../../components/call-badges.tsx';
import { CollabEditor } from '../../components/collab-editor.tsx';
import { DetailPage } from '../../components/detail-page.tsx';
import { DocumentTitle } from '../../components/page-title.ts';
import { useI18n } from '../../i18n/index.tsx';
import { isApiError } from '../../lib/api.ts';
import { formatDateTime, toIsoString } from '../../lib/format.ts';
import { createNow } from '../../lib/now.ts';
import { colourOfPerson } from '../../lib/person-colour.ts';
import { allowedStatusMoves } from '../../lib/proposal-board.ts';
import type { Proposal, ProposalStatus } from '../../lib/proposal-types.ts';
import { useSession } from '../../session.tsx';
import { ProposalLessons } from '../lessons/proposal-lessons.tsx';
import { ProposalBudget } from './proposal-budget.tsx';
import { ProposalComments } from './proposal-comments.tsx';
import { ProposalConflict } from './proposal-conflict.tsx';
import { ProposalHistory } from './proposal-history.tsx';
import { ProposalGoodPractices } from './proposal-good-practices.tsx';
import { ProposalMilestones } from './proposal-milestones.tsx';
import { ProposalOutcome } from './proposal-outcome.tsx';
import { ProposalSettings } from './proposal-settings.tsx';
import { SectionTools } from './proposal-sections.tsx';
import { ProposalTasks } from './proposal-tasks.tsx';
import { getProposal, updateProposalAction } from './proposals.data.ts';

/** The editor page of one proposal: its sections written together, and what goes with them. */
export default function ProposalPage() {
  const { t } = useI18n();
  const params = useParams<{ id: string }>();
  const proposal = createAsync(() => getProposal(params.id));
  return (
    <DetailPage
      backHref="/proposals"
      backLabel={t('proposal.back')}
      errorTitle={t('proposal.errorTitle')}
      notFoundTitle={t('proposal.notFound.title')}
      notFoundBody={t('proposal.notFound.body')}
      hasBackButtonWhenNotFound
      refetch={() => revalidate(getProposal.keyFor(params.id))}
    >
      <Show when={proposal()}>{(loaded) => <ProposalWorkspace proposal={loaded()} />}</Show>
    </DetailPage>
  );
}

type Panel = 'comments' | 'history' | 'tasks' | 'lessons' | 'settings';

function ProposalWorkspace(props: { proposal: Proposal }) {
  const { t, language } = useI18n();
  const session = useSession();
  const now = createNow();
  const [searchParams, setSearchParams] = useSearchParams<{ section?: string }>();
  const [panel, setPanel] = createSignal<Panel>('comments');
  // Settings change the proposal itself: only those who may edit it see them.
  const panels = (): Panel[] => ['comments', 'history', 'tasks', 'lessons', ...(props.proposal.access === 'edit' ? (['settings'] as const) : [])];
  const sections = () => [...props.proposal.sections].sort((a, b) => a.position - b.position);
  const section = () => sections().find((candidate) => candidate.id === searchParams.section) ?? sections()[0];
  const nameOf = (municipality: Proposal['leadMunicipality']) => (language() === 'el' ? municipality.nameEl : municipality.name);
  const user = () => {
    const me = session.user();
    return { name: me?.name ?? '', color: colourOfPerson(me?.id ?? '') };
  };
  const base = () => `/api/proposals/${encodeURIComponent(props.proposal.id)}`;

  return (
    <article class="proposal">
      <DocumentTitle title={props.proposal.title} />
      <header class="proposal-header">
        <div class="proposal-header__main">
          <h1 class="proposal-header__title">{props.proposal.title}</h1>
          <p class="proposal-header__meta">
            {t('proposal.lead', { municipality: nameOf(props.proposal.leadMunicipality) })}
            <Show when={props.proposal.partnerMunicipalities.length > 0}>
              {' · '}
              {t('proposal.partners', { municipalities: props.proposal.partnerMunicipalities.map(nameOf).join(', ') })}
            </Show>
          </p>
          <Show when={props.proposal.call}>{(call) => <p class="proposal-header__call">{t('proposal.call', { call: call().title })}</p>}</Show>
        </div>
        <div class="proposal-header__side">
          <StatusPicker proposal={props.proposal} />
          <Show when={props.proposal.deadline}>
            {(deadline) => (
              <p class="proposal-header__deadline">
                <span>{t('proposal.deadline')}</span>{' '}
                <time datetime={toIsoString(deadline())}>{formatDateTime(deadline(), language())}</time>{' '}
                <DeadlineCountdown deadline={deadline()} now={now()} />
              </p>
            )}
          </Show>
          <ProposalMilestones proposal={props.proposal} />
          <p class="proposal-header__export">
            <span>{t('proposal.export')}</span>{' '}
            <a href={`${base()}/export.docx`} download="">
              DOCX
            </a>
            {' · '}
            <a href={`${base()}/export.md`} download="">
              Markdown
            </a>
          </p>
        </div>
      </header>

      <div class="proposal-layout">
        <nav class="proposal-sections" aria-label={t('proposal.sections')}>
          <h2 class="proposal-sections__title">{t('proposal.sections')}</h2>
          <ol class="proposal-sections__list">
            <For each={sections()}>
              {(candidate) => (
                <li>
                  <button
                    type="button"
                    class="proposal-sections__item"
                    aria-current={candidate.id === section()?.id ? 'true' : undefined}
                    onClick={() => setSearchParams({ section: candidate.id })}
                  >
                    {candidate.title}
                  </button>
                </li>
              )}
            </For>
          </ol>
          <Show when={props.proposal.access === 'edit'}>
            <SectionTools proposal={props.proposal} sections={sections()} section={section()} onAdded={(sectionId) => setSearchParams({ section: sectionId })} />
          </Show>
        </nav>

        <section class="proposal-editor" aria-labelledby="proposal-section-title">
          {/* Keyed by the id, not the object: reading the proposal again must not reconnect the editor. */}
          <Show when={section()?.id} keyed fallback={<p>{t('proposal.noSections')}</p>}>
            {(sectionId) => (
              <>
                <h2 id="proposal-section-title" class="proposal-editor__title">
                  {section()?.title}
                </h2>
                <CollabEditor
                  proposalId={props.proposal.id}
                  sectionId={sectionId}
                  label={section()?.title ?? ''}
                  isEditable={props.proposal.access === 'edit'}
                  user={user()}
                />
              </>
            )}
          </Show>
        </section>

        <aside class="proposal-panel" aria-label={t('proposal.panels')}>
          <div class="view-toggle" role="group" aria-label={t('proposal.panels')}>
            <For each={panels()}>
              {(option) => (
                <button
                  type="button"
                  class="view-toggle__button"
                  aria-pressed={panel() === option ? 'true' : 'false'}
                  onClick={() => setPanel(option)}
                >
                  {t(`proposal.panel.${option}`)}
                </button>
              )}
            </For>
          </div>
          <Show when={section()?.id} keyed>
            {(sectionId) => (
              <>
                <Show when={panel() === 'comments'}>
                  <ProposalComments proposal={props.proposal} sectionId={sectionId} />
                </Show>
                <Show when={panel() === 'history'}>
                  <ProposalHistory proposal={props.proposal} sectionId={sectionId} />
                </Show>
              </>
            )}
          </Show>
          <Show when={panel() === 'tasks'}>
            <ProposalTasks proposal={props.proposal} />
          </Show>
          <Show when={panel() === 'lessons'}>
            <ProposalLessons proposalId={props.proposal.id} />
          </Show>
          <Show when={panel() === 'settings' && props.proposal.access === 'edit'}>
            <ProposalSettings proposal={props.proposal} />
          </Show>
        </aside>
      </div>

      <ProposalOutcome proposal={props.proposal} />
      <ProposalBudget proposal={props.proposal} />
      <ProposalGoodPractices proposal={props.proposal} />
    </article>
  );
}

/**
 * The status, changed in place. The API checks the version: when someone else changed the proposal in the
 * meantime the change is refused (409) and the page says so, with a way to read the proposal again.
 */
function StatusPicker(props: { proposal: Proposal }) {
  const { t, tValue } = useI18n();
  const updateProposal = useAction(updateProposalAction);
  const [problem, setProblem] = createSignal<'conflict' | 'failed' | null>(null);
  const [isBusy, setIsBusy] = createSignal(false);
  // Coordinators review: they move a proposal into review and out of it, nothing else.
  const moves = () =>
    allowedStatusMoves(props.proposal.status).filter(
      (status) => props.proposal.access === 'edit' || (props.proposal.access === 'review' && (status === 'review' || props.proposal.status === 'review')),
    );
  const canMove = () => props.proposal.access !== 'read' && moves().length > 0;

  const move = async (select: HTMLSelectElement, status: ProposalStatus) => {
    setProblem(null);
    setIsBusy(true);
    try {
      await updateProposal(props.proposal.id, { version: props.proposal.version, status });
    } catch (error) {
      select.value = props.proposal.status;
      setProblem(isApiError(error, 409) ? 'conflict' : 'failed');
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <div class="proposal-status">
      <Show
        when={canMove()}
        fallback={
          <p>
            <span class="proposal-status__label">{t('proposal.status')}</span>{' '}
            <span class={`badge badge--proposal-${props.proposal.status}`}>{tValue('proposal.status', props.proposal.status)}</span>
          </p>
        }
      >
        <label class="proposal-status__label" for="proposal-status">
          {t('proposal.status')}
        </label>
        <select
          id="proposal-status"
          class="field__input proposal-status__select"
          disabled={isBusy()}
          aria-busy={isBusy() ? 'true' : 'false'}
          onChange={(event) => void move(event.currentTarget, event.currentTarget.value as ProposalStatus)}
        >
          <option value={props.proposal.status} selected>
            {tValue('proposal.status', props.proposal.status)}
          </option>
          <For each={moves()}>{(status) => <option value={status}>{tValue('proposal.status', status)}</option>}</For>
        </select>
      </Show>
      <Show when={problem() === 'conflict'}>
        <ProposalConflict proposalId={props.proposal.id} onReload={() => setProblem(null)} />
      </Show>
      <Show when={problem() === 'failed'}>
        <p class="inline-error" role="alert">
          {t('proposal.statusFailed')}
        </p>
      </Show>
    </div>
  );
}
