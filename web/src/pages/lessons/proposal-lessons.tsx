import { A, createAsync, revalidate } from '@solidjs/router';
import { Show } from 'solid-js';
import { AsyncBoundary } from '../../components/async-boundary.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { getProposalLessons } from './lessons.data.ts';
import { RelatedLessonList } from './related-lessons.tsx';

/** The proposal page's side panel: lessons of past submissions to the same call or programme, while writing. */
export function ProposalLessons(props: { proposalId: string }) {
  const { t } = useI18n();
  const lessons = createAsync(() => getProposalLessons(props.proposalId));
  return (
    <section class="proposal-lessons" aria-labelledby="proposal-lessons-title">
      <h2 id="proposal-lessons-title" class="panel-title visually-hidden">
        {t('lessons.forProposal.title')}
      </h2>
      <AsyncBoundary refetch={() => revalidate(getProposalLessons.keyFor(props.proposalId))}>
        <Show when={lessons()}>
          {(list) => (
            <Show when={list().length > 0} fallback={<p class="panel-empty">{t('lessons.forProposal.empty')}</p>}>
              <p class="panel-empty">{t('lessons.forProposal.intro')}</p>
              <RelatedLessonList lessons={list()} isCompact label={t('lessons.forProposal.title')} initialCount={5} />
            </Show>
          )}
        </Show>
      </AsyncBoundary>
      <p class="proposal-lessons__all">
        <A href="/lessons" activeClass="" inactiveClass="" end>
          {t('lessons.forProposal.all')}
        </A>
      </p>
    </section>
  );
}
