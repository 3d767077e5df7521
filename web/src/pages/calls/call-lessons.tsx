import { A, createAsync, revalidate } from '@solidjs/router';
import { ErrorBoundary, Show, Suspense, type JSX } from 'solid-js';
import { ErrorState, LoadingState } from '../../components/status.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { Programme } from '../../lib/api-types.ts';
import { toKnowledgeHref } from '../../lib/knowledge-search.ts';
import { getCallLessons } from '../lessons/lessons.data.ts';
import { RelatedLessonList } from '../lessons/related-lessons.tsx';

/** "Lessons from past submissions": what teams learned applying to this call's programme and funder before. */
export function CallLessons(props: { callId: string; programme: Programme }) {
  const { t } = useI18n();
  const frame = (content: JSX.Element) => (
    <section class="section call-lessons" aria-labelledby="call-lessons-heading">
      <h2 id="call-lessons-heading">{t('lessons.forCall.title')}</h2>
      {content}
    </section>
  );
  return (
    <ErrorBoundary
      fallback={(error, reset) =>
        frame(<ErrorState error={error} onRetry={() => void revalidate(getCallLessons.keyFor(props.callId)).then(reset)} />)
      }
    >
      <Suspense fallback={frame(<LoadingState label={t('lessons.forCall.loading')} />)}>
        <CallLessonList callId={props.callId} programme={props.programme} frame={frame} />
      </Suspense>
    </ErrorBoundary>
  );
}

function CallLessonList(props: { callId: string; programme: Programme; frame: (content: JSX.Element) => JSX.Element }) {
  const { t, tValue } = useI18n();
  const lessons = createAsync(() => getCallLessons(props.callId));
  const allOfProgramme = () => toKnowledgeHref('/lessons', { programme: props.programme });
  return (
    <Show when={lessons()}>
      {(list) =>
        props.frame(
          <>
            <p class="muted">{t('lessons.forCall.intro')}</p>
            <Show when={list().length > 0} fallback={<p class="notice notice--empty">{t('lessons.forCall.empty')}</p>}>
              <RelatedLessonList lessons={list()} label={t('lessons.forCall.title')} initialCount={3} />
            </Show>
            <p class="call-lessons__all">
              <A href={allOfProgramme()} activeClass="" inactiveClass="">
                {t('lessons.forCall.all', { programme: tValue('programme', props.programme) })}
              </A>
            </p>
          </>,
        )
      }
    </Show>
  );
}
