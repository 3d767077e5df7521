import { A, createAsync } from '@solidjs/router';
import { Show, Suspense } from 'solid-js';
import { LoadingState } from '../../components/status.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { Programme, RelatedLesson } from '../../lib/api-types.ts';
import { toKnowledgeHref } from '../../lib/knowledge-search.ts';
import { getCallLessons } from './lessons.data.ts';
import { RelatedLessonList } from './related-lessons.tsx';

const shownCount = 3;

/**
 * Under the call chosen for a new proposal: how many lessons past submissions to its programme left, and the
 * closest few. A nicety: when they cannot be read the form goes on without them.
 */
export function CallLessonsHint(props: { callId: string; programme: Programme }) {
  const { t, tCount, tValue } = useI18n();
  const lessons = createAsync(() => getCallLessons(props.callId).catch((): RelatedLesson[] => []));
  const ofProgramme = () => (lessons() ?? []).filter((lesson) => lesson.programme === props.programme);
  const programmeName = () => tValue('programme', props.programme);

  return (
    <Suspense fallback={<LoadingState label={t('lessons.hint.loading')} />}>
      <Show when={lessons()}>
        <aside class="call-lessons-hint" aria-labelledby="call-lessons-hint-title">
          <h3 id="call-lessons-hint-title" class="call-lessons-hint__title">
            {ofProgramme().length > 0 ? tCount('lessons.hint.count', ofProgramme().length, { programme: programmeName() }) : t('lessons.hint.none', { programme: programmeName() })}
          </h3>
          <Show when={ofProgramme().length > 0}>
            <RelatedLessonList lessons={ofProgramme().slice(0, shownCount)} isCompact label={t('lessons.forCall.title')} />
            <p class="call-lessons-hint__all">
              <A href={toKnowledgeHref('/lessons', { programme: props.programme })} target="_blank" activeClass="" inactiveClass="">
                {t('lessons.forCall.all', { programme: programmeName() })}
                <span class="visually-hidden"> {t('common.newTab')}</span>
              </A>
            </p>
          </Show>
        </aside>
      </Show>
    </Suspense>
  );
}
