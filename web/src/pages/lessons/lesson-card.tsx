import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { HighlightedText } from '../../components/highlighted-text.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { LessonListItem, Theme } from '../../lib/api-types.ts';
import { formatDate, toIsoString } from '../../lib/format.ts';
import { themeNameOf } from '../needs/need-card.tsx';
import { LessonBadges } from './lesson-badges.tsx';

/** One lesson of the list: what happened and what to do next time, with the words searched for marked. */
export function LessonCard(props: { lesson: LessonListItem; themes: Theme[] | undefined }) {
  const { t, language } = useI18n();
  const headingId = () => `lesson-${props.lesson.id}`;
  const placeName = () => {
    const place = props.lesson.municipality;
    if (!place) return t('lessons.network');
    return language() === 'el' ? place.nameEl : place.name;
  };

  return (
    <li class="card lesson-card" id={`lesson-card-${props.lesson.id}`}>
      <article aria-labelledby={headingId()}>
        <LessonBadges lesson={props.lesson} />
        <h3 id={headingId()} class="lesson-card__title">
          <HighlightedText value={props.lesson.highlights?.title} fallback={props.lesson.title} />
        </h3>
        <p class="lesson-card__meta">
          <span class="lesson-card__place">{placeName()}</span>
          <Show when={props.lesson.funder}>
            {(funder) => (
              <>
                {' · '}
                <span>{funder()}</span>
              </>
            )}
          </Show>
          <Show when={props.lesson.proposalId && props.lesson.proposalTitle}>
            {' · '}
            <A href={`/proposals/${encodeURIComponent(props.lesson.proposalId ?? '')}`} activeClass="" inactiveClass="">
              {props.lesson.proposalTitle}
            </A>
          </Show>
        </p>
        <dl class="lesson-card__texts">
          <div class="lesson-card__text">
            <dt>{t('lessons.whatHappened')}</dt>
            <dd>
              <HighlightedText value={props.lesson.highlights?.whatHappened} fallback={props.lesson.whatHappened} />
            </dd>
          </div>
          <div class="lesson-card__text lesson-card__text--next">
            <dt>{t('lessons.nextTime')}</dt>
            <dd>
              <HighlightedText value={props.lesson.highlights?.nextTime} fallback={props.lesson.nextTime} />
            </dd>
          </div>
        </dl>
        <Show when={props.lesson.themes.length > 0}>
          <ul class="tag-list" aria-label={t('lessons.themes')}>
            <For each={props.lesson.themes}>{(slug) => <li class="tag tag--theme">{themeNameOf(props.themes, slug, language())}</li>}</For>
          </ul>
        </Show>
        <Show when={props.lesson.goodPractice}>
          {(practice) => (
            <p class="lesson-card__practice">
              {t('lessons.goodPractice')}{' '}
              <A href={`/good-practices/${encodeURIComponent(practice().id)}`} activeClass="" inactiveClass="">
                {practice().title}
              </A>
            </p>
          )}
        </Show>
        <div class="lesson-card__footer">
          <p class="lesson-card__byline">
            <Show when={props.lesson.author}>{(author) => <>{author().name} · </>}</Show>
            <time datetime={toIsoString(props.lesson.createdAt)}>{formatDate(props.lesson.createdAt, language())}</time>
          </p>
          <Show when={props.lesson.canEdit}>
            <A
              href={`/lessons/${encodeURIComponent(props.lesson.id)}/edit`}
              class="button button--quiet"
              aria-label={t('lessons.editNamed', { title: props.lesson.title })}
              activeClass=""
              inactiveClass=""
            >
              {t('lessons.edit')}
            </A>
          </Show>
        </div>
      </article>
    </li>
  );
}
