import { createAsync, revalidate, useParams } from '@solidjs/router';
import { For, Show, type JSX } from 'solid-js';
import { CallBadges, DeadlineCountdown } from '../../components/call-badges.tsx';
import { DetailPage } from '../../components/detail-page.tsx';
import { DocumentTitle } from '../../components/page-title.ts';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import type { CallDetail, CallRevision, CallSourceLink, Theme } from '../../lib/api-types.ts';
import { describeRevision, type RevisionChange } from '../../lib/call-revisions.ts';
import { formatDate, formatDateTime, formatMoneyCents, formatPercent, formatTime, toIsoString } from '../../lib/format.ts';
import { createNow } from '../../lib/now.ts';
import { getCall, getThemes } from './call.data.ts';
import { CallLessons } from './call-lessons.tsx';
import { CallMatches } from './call-matches.tsx';
import { TrackCallButton } from './track-call-button.tsx';
import { RecordAnnouncementOpened } from '../announcements/record-announcement-opened.tsx';

/** How each field of a call is named in the revision history. */
const fieldLabels: Record<string, MessageKey> = {
  title: 'call.title',
  summary: 'call.summary',
  url: 'call.url',
  funder: 'call.funder',
  programme: 'call.programme',
  reference: 'call.reference',
  status: 'call.status',
  openingDate: 'call.openingDate',
  deadline: 'call.deadline',
  budgetCents: 'call.budget',
  currency: 'call.currency',
  maxGrantCents: 'call.maxGrant',
  cofinancingRate: 'call.cofinancingRate',
  eligibleApplicants: 'call.eligibleApplicants',
  themes: 'call.themes',
  language: 'call.language',
  official: 'call.official',
};

const dateFields = new Set(['openingDate', 'deadline', 'firstSeenAt', 'updatedAt']);
const longestShownValue = 140;

export default function CallPage() {
  const { t } = useI18n();
  const params = useParams<{ id: string }>();
  const call = createAsync(() => getCall(params.id));
  // Theme names are a nicety: without them the slug is shown, never an error.
  const themes = createAsync(() => getThemes().catch((): Theme[] => []));

  return (
    <DetailPage
      backHref="/calls"
      backLabel={t('call.back')}
      errorTitle={t('calls.title')}
      notFoundTitle={t('call.notFound.title')}
      notFoundBody={t('call.notFound.body')}
      hasBackButtonWhenNotFound
      refetch={() => revalidate(getCall.keyFor(params.id))}
    >
      <Show when={call()}>{(value) => <CallView call={value()} themes={themes() ?? []} />}</Show>
    </DetailPage>
  );
}

function CallView(props: { call: CallDetail; themes: Theme[] }) {
  const { t, tValue, language } = useI18n();
  const now = createNow();
  const money = (cents: number) => formatMoneyCents(cents, language(), { currency: props.call.currency });
  const themeName = (slug: string) => {
    const theme = props.themes.find((candidate) => candidate.slug === slug);
    if (!theme) return slug;
    return language() === 'el' ? theme.nameEl : theme.name;
  };
  const notStated = () => <span class="not-stated">{t('common.notStated')}</span>;

  return (
    <>
      <DocumentTitle title={props.call.title} />
      {/* Only official calls are announced: the others need not ask. */}
      <Show when={props.call.official}>
        <RecordAnnouncementOpened callId={props.call.id} />
      </Show>
      <header class="page-header call-header">
        <CallBadges call={props.call} />
        <h1 class="call-header__title" lang={props.call.language}>
          {props.call.title}
        </h1>
        <Show when={props.call.funder}>
          <p class="page-header__intro">
            <span class="visually-hidden">{t('call.funder')}: </span>
            {props.call.funder}
          </p>
        </Show>
        <div class="call-header__actions">
          <Show when={props.call.url}>
            {(url) => (
              <a class="button button--secondary" href={url()} target="_blank" rel="noopener noreferrer">
                {t('call.openOriginal')}
                <span aria-hidden="true"> ↗</span>
                <span class="visually-hidden"> {t('common.newTab')}</span>
              </a>
            )}
          </Show>
          <TrackCallButton callId={props.call.id} />
        </div>
      </header>

      <section class="facts" aria-labelledby="call-facts-heading">
        <h2 id="call-facts-heading" class="visually-hidden">
          {t('call.facts')}
        </h2>
        <dl class="facts__list call-facts">
          <div class="fact fact--wide call-facts__deadline">
            <dt>{t('call.deadline')}</dt>
            <dd>
              <Show when={props.call.deadline} fallback={t('call.deadlineUnknown')}>
                {(deadline) => (
                  <>
                    <time datetime={toIsoString(deadline())}>{formatDateTime(deadline(), language())}</time>
                    <DeadlineCountdown deadline={deadline()} now={now()} />
                  </>
                )}
              </Show>
            </dd>
          </div>
          <div class="fact">
            <dt>{t('call.budget')}</dt>
            <dd>{props.call.budgetCents === null ? notStated() : money(props.call.budgetCents)}</dd>
          </div>
          <div class="fact">
            <dt>{t('call.maxGrant')}</dt>
            <dd>{props.call.maxGrantCents === null ? notStated() : money(props.call.maxGrantCents)}</dd>
          </div>
          <div class="fact">
            <dt>{t('call.cofinancingRate')}</dt>
            <dd>
              {props.call.cofinancingRate === null ? notStated() : formatPercent(props.call.cofinancingRate, language())}
            </dd>
          </div>
        </dl>
      </section>

      <Show when={props.call.summary.trim()}>
        <section class="section" aria-labelledby="call-summary-heading">
          <h2 id="call-summary-heading">{t('call.summary')}</h2>
          <p class="call-summary" lang={props.call.language}>
            {props.call.summary}
          </p>
        </section>
      </Show>

      <CallMatches callId={props.call.id} themes={props.themes} />

      <CallLessons callId={props.call.id} programme={props.call.programme} />

      <section class="section" aria-labelledby="call-details-heading">
        <h2 id="call-details-heading">{t('call.details')}</h2>
        <dl class="detail-list">
          <Detail label={t('call.programme')}>{tValue('programme', props.call.programme)}</Detail>
          <Detail label={t('call.funder')}>{props.call.funder ?? notStated()}</Detail>
          <Detail label={t('call.reference')}>
            <Show when={props.call.reference} fallback={notStated()}>
              {(reference) => <span class="detail-list__code">{reference()}</span>}
            </Show>
          </Detail>
          <Detail label={t('call.status')}>{tValue('call.status', props.call.status)}</Detail>
          <Detail label={t('call.openingDate')}>
            <Show when={props.call.openingDate} fallback={notStated()}>
              {(opening) => <time datetime={toIsoString(opening())}>{formatDate(opening(), language())}</time>}
            </Show>
          </Detail>
          <Detail label={t('call.language')}>{tValue('call.language', props.call.language)}</Detail>
          <Detail label={t('call.eligibleApplicants')} isWide>
            <Show when={props.call.eligibleApplicants.length > 0} fallback={notStated()}>
              <ul class="tag-list">
                <For each={props.call.eligibleApplicants}>
                  {(applicant) => <li class="tag">{tValue('applicant', applicant)}</li>}
                </For>
              </ul>
            </Show>
          </Detail>
          <Detail label={t('call.themes')} isWide>
            <Show when={props.call.themes.length > 0} fallback={notStated()}>
              <ul class="tag-list">
                <For each={props.call.themes}>{(theme) => <li class="tag tag--theme">{themeName(theme)}</li>}</For>
              </ul>
            </Show>
          </Detail>
          <Detail label={t('call.url')} isWide>
            <Show when={props.call.url} fallback={notStated()}>
              {(url) => (
                <a class="detail-list__url" href={url()} target="_blank" rel="noopener noreferrer">
                  {url()}
                  <span class="visually-hidden"> {t('common.newTab')}</span>
                </a>
              )}
            </Show>
          </Detail>
          <Detail label={t('call.firstSeenAt')}>
            <time datetime={toIsoString(props.call.firstSeenAt)}>{formatDate(props.call.firstSeenAt, language())}</time>
          </Detail>
          <Detail label={t('call.updatedAt')}>
            <time datetime={toIsoString(props.call.updatedAt)}>{formatDateTime(props.call.updatedAt, language())}</time>
          </Detail>
        </dl>
      </section>

      <section class="section" aria-labelledby="call-sources-heading">
        <h2 id="call-sources-heading">{t('call.sources.title')}</h2>
        <Show when={props.call.sources.length > 0} fallback={<p class="muted">{t('call.sources.empty')}</p>}>
          <ul class="source-links">
            <For each={props.call.sources}>{(source) => <SourceLink source={source} />}</For>
          </ul>
        </Show>
      </section>

      <section class="section" aria-labelledby="call-revisions-heading">
        <h2 id="call-revisions-heading">{t('call.revisions.title')}</h2>
        <Show when={props.call.revisions.length > 0} fallback={<p class="muted">{t('call.revisions.empty')}</p>}>
          <ol class="revision-list">
            <For each={props.call.revisions}>
              {(revision) => <RevisionEntry revision={revision} themeName={themeName} />}
            </For>
          </ol>
        </Show>
      </section>
    </>
  );
}

function Detail(props: { label: string; isWide?: boolean; children: JSX.Element }) {
  return (
    <div class="detail-list__item" classList={{ 'detail-list__item--wide': props.isWide }}>
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}

function SourceLink(props: { source: CallSourceLink }) {
  const { t, tValue, language } = useI18n();
  return (
    <li class="source-link">
      <span class="source-link__name">
        <Show when={props.source.url} fallback={props.source.name}>
          {(url) => (
            <a href={url()} target="_blank" rel="noopener noreferrer">
              {props.source.name}
              <span class="visually-hidden"> {t('common.newTab')}</span>
            </a>
          )}
        </Show>
      </span>
      <span class="badge badge--neutral">{tValue('source.kind', props.source.kind)}</span>
      <span class="source-link__seen">
        {t('call.sources.seen', {
          first: formatDate(props.source.firstSeenAt, language()),
          last: formatDate(props.source.lastSeenAt, language()),
        })}
      </span>
    </li>
  );
}

function RevisionEntry(props: { revision: CallRevision; themeName: (slug: string) => string }) {
  const { t, tValue, language } = useI18n();

  const shorten = (text: string) => (text.length > longestShownValue ? `${text.slice(0, longestShownValue - 1)}…` : text);

  const formatValue = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return t('common.empty');
    if (dateFields.has(field) && typeof value === 'string' && !Number.isNaN(new Date(value).getTime())) {
      return field === 'deadline' ? formatDateTime(value, language()) : formatDate(value, language());
    }
    if (field.endsWith('Cents') && typeof value === 'number') return formatMoneyCents(value, language());
    if (field === 'cofinancingRate' && typeof value === 'number') return formatPercent(value, language());
    if (field === 'programme' && typeof value === 'string') return tValue('programme', value);
    if (field === 'status' && typeof value === 'string') return tValue('call.status', value);
    if (field === 'language' && typeof value === 'string') return tValue('call.language', value);
    if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
    if (Array.isArray(value)) {
      if (value.length === 0) return t('common.empty');
      const names = value.map((item) => {
        const text = String(item);
        if (field === 'eligibleApplicants') return tValue('applicant', text);
        if (field === 'themes') return props.themeName(text);
        return text;
      });
      return shorten(names.join(', '));
    }
    if (typeof value === 'object') return shorten(JSON.stringify(value));
    return shorten(String(value));
  };

  /** A deadline moved within one day is told by the hour; otherwise by the day. */
  const describeDeadlineMove = (change: { from: string; to: string }, isLater: boolean) => {
    const fromDay = formatDate(change.from, language());
    const toDay = formatDate(change.to, language());
    if (fromDay === toDay) {
      return t(isLater ? 'revision.deadlineTimeExtended' : 'revision.deadlineTimeShortened', {
        date: fromDay,
        from: formatTime(change.from, language()),
        to: formatTime(change.to, language()),
      });
    }
    return t(isLater ? 'revision.deadlineExtended' : 'revision.deadlineShortened', { from: fromDay, to: toDay });
  };

  const sentenceOf = (change: RevisionChange): string => {
    switch (change.kind) {
      case 'deadline-extended':
        return describeDeadlineMove(change, true);
      case 'deadline-shortened':
        return describeDeadlineMove(change, false);
      case 'deadline-set':
        return t('revision.deadlineSet', { to: formatDateTime(change.to, language()) });
      case 'deadline-removed':
        return t('revision.deadlineRemoved', { from: formatDateTime(change.from, language()) });
      case 'budget':
        if (change.from === null && change.to !== null) {
          return t('revision.budgetSet', { to: formatMoneyCents(change.to, language()) });
        }
        if (change.from !== null && change.to === null) {
          return t('revision.budgetRemoved', { from: formatMoneyCents(change.from, language()) });
        }
        return t('revision.budget', {
          from: formatValue('budgetCents', change.from),
          to: formatValue('budgetCents', change.to),
        });
      case 'field': {
        const label = fieldLabels[change.field];
        return t('revision.field', {
          field: label ? t(label) : change.field,
          from: formatValue(change.field, change.from),
          to: formatValue(change.field, change.to),
        });
      }
    }
  };

  return (
    <li class="revision">
      <time class="revision__at" datetime={toIsoString(props.revision.at)}>
        {formatDateTime(props.revision.at, language())}
      </time>
      <ul class="revision__changes">
        <For each={describeRevision(props.revision)}>
          {(change) => (
            <li class="revision__change" classList={{ [`revision__change--${change.kind}`]: true }}>
              {sentenceOf(change)}
            </li>
          )}
        </For>
      </ul>
    </li>
  );
}
