import { createAsync } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { useI18n } from '../../i18n/index.tsx';
import type { LessonReason, RelatedLesson, Theme } from '../../lib/api-types.ts';
import { formatPercent } from '../../lib/format.ts';
import { themeNameOf } from '../needs/need-card.tsx';
import { LessonBadges } from './lesson-badges.tsx';
import { getThemes } from './lessons.data.ts';

/**
 * Lessons of past submissions offered for a call or a proposal, best first: what to do next time leads,
 * since that is what the team can act on. `isCompact` leaves out what happened and why each was chosen
 * (the new-proposal form and the proposal's side panel have little room).
 */
export function RelatedLessonList(props: {
  lessons: RelatedLesson[];
  isCompact?: boolean;
  label: string;
  /** How many are shown before a "show more" button; all of them without it. */
  initialCount?: number;
}) {
  const { tCount } = useI18n();
  const [isExpanded, setIsExpanded] = createSignal(false);
  let list: HTMLOListElement | undefined;
  const shownCount = () => (isExpanded() || props.initialCount === undefined ? props.lessons.length : props.initialCount);
  const hiddenCount = () => Math.max(0, props.lessons.length - shownCount());
  const showAll = () => {
    const firstNew = shownCount();
    setIsExpanded(true);
    // Keyboard users go on from the first lesson just shown, not from the top of the page.
    list?.querySelectorAll<HTMLElement>('.related-lesson__title')[firstNew]?.focus();
  };
  return (
    <>
      <ol ref={list} class="related-lessons" classList={{ 'related-lessons--compact': props.isCompact }} aria-label={props.label}>
        <For each={props.lessons.slice(0, shownCount())}>{(lesson) => <RelatedLessonItem lesson={lesson} isCompact={props.isCompact ?? false} />}</For>
      </ol>
      <Show when={hiddenCount() > 0}>
        <p class="related-lessons__more">
          <button type="button" class="button button--secondary" onClick={showAll}>
            {tCount('lessons.related.more', hiddenCount())}
          </button>
        </p>
      </Show>
    </>
  );
}

function RelatedLessonItem(props: { lesson: RelatedLesson; isCompact: boolean }) {
  const { t, tValue, language } = useI18n();
  const headingId = () => `related-lesson-${props.lesson.id}`;
  const placeName = () => {
    const place = props.lesson.municipality;
    if (!place) return t('lessons.network');
    return language() === 'el' ? place.nameEl : place.name;
  };
  const relevance = () => formatPercent(Math.max(0, Math.min(1, props.lesson.relevance)), language());
  // Theme names are a nicety: without them a shared theme is named by its slug.
  const themes = createAsync(() => getThemes().catch((): Theme[] => []));
  const sentenceOf = (reason: LessonReason) => {
    switch (reason.kind) {
      case 'programme':
        return t('lessons.reason.programme', { programme: tValue('programme', props.lesson.programme) });
      case 'funder':
        return props.lesson.funder ? t('lessons.reason.funderNamed', { funder: props.lesson.funder }) : t('lessons.reason.funder');
      case 'theme':
        return t('lessons.reason.theme', { theme: themeNameOf(themes(), reason.theme, language()) });
      case 'words':
        return t('lessons.reason.words', { words: reason.words.join(', ') });
    }
  };

  return (
    <li class="related-lesson">
      <article aria-labelledby={headingId()}>
        <Show when={!props.isCompact}>
          <LessonBadges lesson={props.lesson} />
        </Show>
        <h3 id={headingId()} class="related-lesson__title" tabindex="-1">
          {props.lesson.title}
        </h3>
        <p class="related-lesson__meta">
          {placeName()}
          <Show when={props.isCompact}>
            {' · '}
            {tValue('programme', props.lesson.programme)}
          </Show>
          <Show when={props.lesson.proposalTitle}>
            {(title) => (
              <>
                {' · '}
                {title()}
              </>
            )}
          </Show>
        </p>
        <Show when={!props.isCompact}>
          <p class="related-lesson__text">
            <span class="related-lesson__label">{t('lessons.whatHappened')}: </span>
            {props.lesson.whatHappened}
          </p>
        </Show>
        <p class="related-lesson__text related-lesson__text--next">
          <span class="related-lesson__label">{t('lessons.nextTime')}: </span>
          {props.lesson.nextTime}
        </p>
        <Show when={!props.isCompact && props.lesson.details.length > 0}>
          <p class="related-lesson__why">
            <span class="related-lesson__relevance">{t('lessons.related.relevance', { percent: relevance() })}</span>
            {' · '}
            {props.lesson.details.map(sentenceOf).join(' · ')}
          </p>
        </Show>
      </article>
    </li>
  );
}
