import { A, createAsync, revalidate } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { AsyncBoundary } from '../../components/async-boundary.tsx';
import { CallStatusBadge, DeadlineCountdown, OfficialBadge, ProgrammeBadge } from '../../components/call-badges.tsx';
import { PageHeaderWithActions } from '../../components/page-header.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { EmptyState } from '../../components/status.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { rolesThatAnnounce, rolesThatSeeReach } from '../../lib/announcement-roles.ts';
import type { Announcement } from '../../lib/api-types.ts';
import { formatDateTime, formatMoneyCents, toIsoString } from '../../lib/format.ts';
import { createNow } from '../../lib/now.ts';
import { hasRole } from '../../lib/roles.ts';
import { useSession } from '../../session.tsx';
import { AnnounceForm, type Announced } from './announce-form.tsx';
import { AnnouncedCallLink, AnnouncementAudience } from './announced-call-link.tsx';
import { AnnouncementReachPanel } from './announcement-reach.tsx';
import { getAnnouncements } from './announcements.data.ts';

/**
 * The ministry liaison's announcements: everyone reads those meant for them; the liaison announces a call
 * here, and with the coordination team sees which municipalities opened each one.
 */
export default function AnnouncementsPage() {
  const { t, tCount } = useI18n();
  const session = useSession();
  usePageTitle(() => t('announcements.title'));
  const announcements = createAsync(() => getAnnouncements(false));
  const canAnnounce = () => hasRole(session.user()?.role, rolesThatAnnounce);
  const [isFormOpen, setIsFormOpen] = createSignal(false);
  const [announced, setAnnounced] = createSignal<Announced | null>(null);
  let openButton: HTMLButtonElement | undefined;
  let confirmation: HTMLDivElement | undefined;

  const openForm = () => {
    setAnnounced(null);
    setIsFormOpen(true);
    requestAnimationFrame(() => document.getElementById('announcement-message')?.focus());
  };
  const closeForm = () => {
    setIsFormOpen(false);
    requestAnimationFrame(() => openButton?.focus());
  };
  const onAnnounced = (value: Announced) => {
    setAnnounced(value);
    setIsFormOpen(false);
    requestAnimationFrame(() => confirmation?.focus());
  };

  return (
    <div class="page">
      <PageHeaderWithActions title={t('announcements.title')} intro={t('announcements.intro')}>
        <Show when={canAnnounce() && !isFormOpen()}>
          <button
            ref={openButton}
            type="button"
            class="button button--primary page-header__action"
            onClick={openForm}
          >
            <span aria-hidden="true">+</span>
            {t('announcements.new')}
          </button>
        </Show>
      </PageHeaderWithActions>

      <Show when={announced()}>
        {(value) => (
          <div ref={confirmation} class="notice notice--success" role="status" tabindex="-1">
            <p class="notice__title">{t('announcements.done.title')}</p>
            <p>
              {value().municipalityCount === 0
                ? t('announcements.done.all')
                : tCount('announcements.done.some', value().municipalityCount)}{' '}
              <A href={`/calls/${encodeURIComponent(value().callId)}`} activeClass="" inactiveClass="">
                {value().callTitle}
              </A>
            </p>
          </div>
        )}
      </Show>

      <Show when={canAnnounce() && isFormOpen()}>
        <section id="announce-form" class="card announce-panel">
          <AnnounceForm onAnnounced={onAnnounced} onCancel={closeForm} />
        </section>
      </Show>

      <section class="section" aria-labelledby="announcement-list-heading">
        <h2 id="announcement-list-heading" class="visually-hidden">
          {t('announcements.list')}
        </h2>
        <AsyncBoundary refetch={() => revalidate(getAnnouncements.key)}>
          <Show
            when={(announcements()?.length ?? 0) > 0}
            fallback={
              <EmptyState title={t('announcements.empty.title')}>
                <p>{canAnnounce() ? t('announcements.empty.bodyAnnouncer') : t('announcements.empty.body')}</p>
              </EmptyState>
            }
          >
            <p class="result-count">{tCount('announcements.count', announcements()?.length ?? 0)}</p>
            <ul class="announcement-list">
              <For each={announcements()}>{(announcement) => <AnnouncementCard announcement={announcement} />}</For>
            </ul>
          </Show>
        </AsyncBoundary>
      </section>
    </div>
  );
}

function AnnouncementCard(props: { announcement: Announcement }) {
  const { t, language } = useI18n();
  const session = useSession();
  const now = createNow();
  const call = () => props.announcement.call;
  const titleId = () => `announcement-${props.announcement.id}`;
  const canSeeReach = () => hasRole(session.user()?.role, rolesThatSeeReach);
  // "New" speaks to those it was sent to; whoever follows its reach reads the table instead.
  const isUnread = () => !props.announcement.openedByMe && !canSeeReach();

  return (
    <li class="card announcement-card" classList={{ 'announcement-card--unread': isUnread() }}>
      <article aria-labelledby={titleId()}>
        <div class="call-card__badges">
          <OfficialBadge />
          <ProgrammeBadge programme={call().programme} />
          <CallStatusBadge status={call().status} />
          <Show when={isUnread()}>
            <span class="badge badge--new">{t('announcements.unread')}</span>
          </Show>
        </div>
        <h2 id={titleId()} class="announcement-card__title">
          <AnnouncedCallLink announcement={props.announcement} class="announcement-card__link">
            {call().title}
          </AnnouncedCallLink>
        </h2>
        <p class="announcement-card__message">{props.announcement.message}</p>
        <dl class="announcement-card__facts">
          <div>
            <dt>{t('announcements.audience')}</dt>
            <dd>
              <AnnouncementAudience announcement={props.announcement} />
            </dd>
          </div>
          <div>
            <dt>{t('call.deadline')}</dt>
            <dd>
              <Show when={call().deadline} fallback={t('call.deadlineUnknown')}>
                {(deadline) => (
                  <>
                    <time datetime={toIsoString(deadline())}>{formatDateTime(deadline(), language())}</time>{' '}
                    <DeadlineCountdown deadline={deadline()} now={now()} />
                  </>
                )}
              </Show>
            </dd>
          </div>
          <Show when={call().budgetCents}>
            {(cents) => (
              <div>
                <dt>{t('call.budget')}</dt>
                <dd>{formatMoneyCents(cents(), language(), { isWholeEuros: true })}</dd>
              </div>
            )}
          </Show>
        </dl>
        <p class="announcement-card__meta">
          {props.announcement.author
            ? t('announcements.byOn', {
                name: props.announcement.author.name,
                date: formatDateTime(props.announcement.createdAt, language()),
              })
            : formatDateTime(props.announcement.createdAt, language())}
        </p>
        <Show when={canSeeReach()}>
          <AnnouncementReachPanel announcementId={props.announcement.id} title={call().title} />
        </Show>
      </article>
    </li>
  );
}
