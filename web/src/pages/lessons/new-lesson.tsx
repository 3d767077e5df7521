import { A, createAsync, revalidate, useAction, useNavigate, useSearchParams, useSubmission } from '@solidjs/router';
import { Match, Show, Switch } from 'solid-js';
import { AsyncBoundary } from '../../components/async-boundary.tsx';
import { Breadcrumb } from '../../components/breadcrumb.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { InfoNotice } from '../../components/status.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { programmeOfTemplate, rolesThatWriteLessons } from '../../lib/lesson-form.ts';
import { isDecided } from '../../lib/outcome-form.ts';
import type { Proposal } from '../../lib/proposal-types.ts';
import { hasRole } from '../../lib/roles.ts';
import { useSession } from '../../session.tsx';
import { getCall } from '../calls/call.data.ts';
import { getProposal } from '../proposals/proposals.data.ts';
import { LessonForm, type LessonDefaults } from './lesson-form.tsx';
import { createLessonAction } from './lessons.data.ts';

/** A new lesson: about a decided proposal (`?proposal=<id>`, from its outcome panel), or on its own. */
export default function NewLessonPage() {
  const { t } = useI18n();
  const session = useSession();
  const [searchParams] = useSearchParams<{ proposal?: string }>();
  usePageTitle(() => t('lessons.form.newTitle'));
  const proposalId = () => searchParams.proposal || null;
  const backHref = () => {
    const id = proposalId();
    return id ? `/proposals/${encodeURIComponent(id)}` : '/lessons';
  };

  return (
    <div class="page page--narrow">
      <Breadcrumb href={backHref()} label={proposalId() ? t('lessons.form.backToProposal') : t('lessons.back')} />
      <Show
        when={hasRole(session.user()?.role, rolesThatWriteLessons)}
        fallback={
          <>
            <PageHeader title={t('lessons.form.newTitle')} />
            <InfoNotice title={t('lessons.form.forbidden.title')}>
              <p>{t('lessons.form.forbidden.body')}</p>
            </InfoNotice>
          </>
        }
      >
        <Show when={proposalId()} keyed fallback={<NewLesson proposal={null} defaults={undefined} backHref="/lessons" />}>
          {(id) => <ProposalLesson proposalId={id} backHref={backHref()} />}
        </Show>
      </Show>
    </div>
  );
}

/** A lesson about one proposal: its call says which programme, funder and themes the lesson is about. */
function ProposalLesson(props: { proposalId: string; backHref: string }) {
  const { t } = useI18n();
  const session = useSession();
  const context = createAsync(async () => {
    const proposal = await getProposal(props.proposalId);
    // The call only fills in defaults: without it the form still works.
    const call = proposal.callId ? await getCall(proposal.callId).catch(() => null) : null;
    const defaults: LessonDefaults = {
      programme: call?.programme ?? programmeOfTemplate(proposal.templateKey),
      funder: call?.funder ?? null,
      themes: call?.themes ?? [],
    };
    return { proposal, defaults };
  });
  // Officers write about proposals they work on; the coordination team about any proposal it reads.
  const mayWrite = (proposal: Proposal) => session.user()?.role !== 'officer' || proposal.access === 'edit';

  return (
    <AsyncBoundary
      refetch={() => revalidate(getProposal.keyFor(props.proposalId))}
      errorTitle={t('lessons.form.newTitle')}
      notFound={() => (
        <>
          <PageHeader title={t('lessons.form.newTitle')} />
          <InfoNotice title={t('lessons.form.proposalMissing.title')}>
            <p>{t('lessons.form.proposalMissing.body')}</p>
          </InfoNotice>
        </>
      )}
    >
      <Show when={context()}>
        {(loaded) => (
          <Switch fallback={<NewLesson proposal={loaded().proposal} defaults={loaded().defaults} backHref={props.backHref} />}>
            <Match when={!isDecided(loaded().proposal.status)}>
              <PageHeader title={t('lessons.form.newTitle')} intro={loaded().proposal.title} />
              <InfoNotice title={t('lessons.form.notDecided.title')}>
                <p>{t('lessons.form.notDecided.body')}</p>
                <p>
                  <A href={props.backHref} class="button button--secondary" activeClass="" inactiveClass="" end>
                    {t('lessons.form.backToProposal')}
                  </A>
                </p>
              </InfoNotice>
            </Match>
            <Match when={!mayWrite(loaded().proposal)}>
              <PageHeader title={t('lessons.form.newTitle')} intro={loaded().proposal.title} />
              <InfoNotice title={t('lessons.form.forbidden.title')}>
                <p>{t('lessons.form.notPartner')}</p>
              </InfoNotice>
            </Match>
          </Switch>
        )}
      </Show>
    </AsyncBoundary>
  );
}

function NewLesson(props: { proposal: Proposal | null; defaults: LessonDefaults | undefined; backHref: string }) {
  const { t, language } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const submission = useSubmission(createLessonAction);
  const createLesson = useAction(createLessonAction);
  const user = () => session.user();
  // The lesson belongs to the officer's municipality, or to the proposal's lead; otherwise to the whole network.
  const hasMunicipality = () => user()?.role === 'officer' || props.proposal !== null;
  const intro = () => {
    if (props.proposal) {
      const lead = props.proposal.leadMunicipality;
      return t('lessons.form.introProposal', { proposal: props.proposal.title, municipality: language() === 'el' ? lead.nameEl : lead.name });
    }
    const own = user()?.municipality;
    if (own) return t('lessons.form.introOwn', { municipality: language() === 'el' ? own.nameEl : own.name });
    return t('lessons.form.introNetwork');
  };

  return (
    <>
      <PageHeader title={t('lessons.form.newTitle')} intro={intro()} />
      <LessonForm
        defaults={props.defaults}
        proposalId={props.proposal?.id ?? null}
        hasMunicipality={hasMunicipality()}
        heading={t('lessons.form.newTitle')}
        submitLabel={t('lessons.form.submitNew')}
        cancelHref={props.backHref}
        isBusy={submission.pending ?? false}
        save={(lesson) => createLesson(lesson)}
        onSaved={() => {
          submission.clear?.();
          navigate('/lessons');
        }}
      />
    </>
  );
}
