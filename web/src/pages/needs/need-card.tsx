import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import { useI18n } from '../../i18n/index.tsx';
import type { Need, Theme } from '../../lib/api-types.ts';
import { formatMoneyCents } from '../../lib/format.ts';

export function byPriorityThenRecent(a: Need, b: Need): number {
  return a.priority - b.priority || b.updatedAt.localeCompare(a.updatedAt);
}

export function themeNameOf(themes: Theme[] | undefined, slug: string, language: 'el' | 'en'): string {
  const theme = themes?.find((candidate) => candidate.slug === slug);
  if (!theme) return slug;
  return language === 'el' ? theme.nameEl : theme.name;
}

/** One need in a list: its title leads to the need and its matching calls. */
export function NeedCard(props: { need: Need; themes: Theme[] | undefined }) {
  const { t, language } = useI18n();
  const headingId = () => `need-${props.need.id}`;
  return (
    <li class="card need-card need-card--link">
      <article aria-labelledby={headingId()}>
        <div class="need-card__top">
          <h3 id={headingId()} class="need-card__title">
            <A href={`/needs/${encodeURIComponent(props.need.id)}`} class="need-card__link" activeClass="" inactiveClass="">
              {props.need.title}
            </A>
          </h3>
          <span class={`badge badge--status badge--${props.need.status}`}>{t(`need.status.${props.need.status}`)}</span>
        </div>
        <dl class="need-card__details">
          <div>
            <dt>{t('need.category')}</dt>
            <dd>{themeNameOf(props.themes, props.need.category, language())}</dd>
          </div>
          <div>
            <dt>{t('need.priority')}</dt>
            <dd>
              <span class={`priority priority--${props.need.priority}`}>{t(`need.priority.${props.need.priority}`)}</span>
            </dd>
          </div>
          <div>
            <dt>{t('need.budget')}</dt>
            <dd>
              {props.need.estimatedBudgetCents === null
                ? t('need.budgetUnknown')
                : formatMoneyCents(props.need.estimatedBudgetCents, language(), { isWholeEuros: true })}
            </dd>
          </div>
          <Show when={props.need.targetGroups.length > 0}>
            <div>
              <dt>{t('need.targetGroups')}</dt>
              <dd>{props.need.targetGroups.join(', ')}</dd>
            </div>
          </Show>
        </dl>
      </article>
    </li>
  );
}
