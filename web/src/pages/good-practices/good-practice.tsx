import { A, createAsync, revalidate, useAction, useNavigate, useParams } from '@solidjs/router';
import { For, Show, type JSX } from 'solid-js';
import { ConfirmButton } from '../../components/confirm-button.tsx';
import { DetailPage } from '../../components/detail-page.tsx';
import { DocumentTitle } from '../../components/page-title.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { GoodPractice, Theme } from '../../lib/api-types.ts';
import { formatDate, toIsoString } from '../../lib/format.ts';
import { isWebAddress } from '../../lib/forms.ts';
import { toKnowledgeHref } from '../../lib/knowledge-search.ts';
import { themeNameOf } from '../needs/need-card.tsx';
import { deletePracticeAction, getPractice, getThemes } from './good-practices.data.ts';
import { PracticeProgramme } from './practice-programme.tsx';

export default function GoodPracticePage() {
  const { t } = useI18n();
  const params = useParams<{ id: string }>();
  const practice = createAsync(() => getPractice(params.id));
  const themes = createAsync(() => getThemes().catch((): Theme[] => []));
  return (
    <DetailPage
      backHref="/good-practices"
      backLabel={t('practices.back')}
      errorTitle={t('practices.title')}
      notFoundTitle={t('practices.notFound.title')}
      notFoundBody={t('practices.notFound.body')}
      hasBackButtonWhenNotFound
      refetch={() => revalidate(getPractice.keyFor(params.id))}
    >
      <Show when={practice()}>{(value) => <PracticeView practice={value()} themes={themes()} />}</Show>
    </DetailPage>
  );
}

function PracticeView(props: { practice: GoodPractice; themes: Theme[] | undefined }) {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  const deletePractice = useAction(deletePracticeAction);
  const place = () => (language() === 'el' ? props.practice.municipality.nameEl : props.practice.municipality.name);
  const hasSide = () => props.practice.contacts.length > 0 || props.practice.links.length > 0 || props.practice.lessons.length > 0;

  return (
    <article class="practice">
      <DocumentTitle title={props.practice.title} />
      <header class="page-header practice-header">
        <PracticeProgramme programme={props.practice.programme} />
        <h1 class="practice-header__title">{props.practice.title}</h1>
        <p class="practice-header__meta">
          <A href={`/municipalities/${encodeURIComponent(props.practice.municipality.slug)}`} activeClass="" inactiveClass="">
            {place()}
          </A>
          {' · '}
          {t('practices.updated')}{' '}
          <time datetime={toIsoString(props.practice.updatedAt)}>{formatDate(props.practice.updatedAt, language())}</time>
        </p>
        <p class="page-header__intro">{props.practice.summary}</p>
        <Show when={props.practice.themes.length > 0}>
          <ul class="tag-list" aria-label={t('lessons.themes')}>
            <For each={props.practice.themes}>{(slug) => <li class="tag tag--theme">{themeNameOf(props.themes, slug, language())}</li>}</For>
          </ul>
        </Show>
        <Show when={props.practice.canEdit}>
          <div class="practice-header__actions">
            <A
              href={`/good-practices/${encodeURIComponent(props.practice.id)}/edit`}
              class="button button--secondary"
              activeClass=""
              inactiveClass=""
              end
            >
              {t('practices.edit')}
            </A>
            <ConfirmButton
              label={t('practices.delete.button')}
              question={t('practices.delete.question')}
              confirmLabel={t('practices.delete.confirm')}
              busyLabel={t('practices.delete.busy')}
              failedMessage={t('practices.delete.failed')}
              onConfirm={async () => {
                await deletePractice(props.practice.id);
                navigate('/good-practices');
              }}
            />
          </div>
        </Show>
      </header>

      <div class="practice-layout" classList={{ 'practice-layout--single': !hasSide() }}>
        <section class="practice-body-wrap" aria-labelledby="practice-body-heading">
          <h2 id="practice-body-heading" class="visually-hidden">
            {t('practices.body')}
          </h2>
          {/* The API renders the Markdown and sanitises it (no script, no event attributes, only http/https/mailto
              links); the strict CSP would stop an inline script besides. */}
          <div class="practice-body prose" innerHTML={props.practice.bodyHtml} />
        </section>

        <Show when={hasSide()}>
          <aside class="practice-side" aria-label={t('practices.side')}>
            <SideSection id="practice-contacts" title={t('practices.contacts')} listClass="practice-contacts" items={props.practice.contacts}>
              {(contact) => (
                <li class="practice-contact">
                  <span class="practice-contact__name">{contact.name}</span>
                  <Show when={contact.role}>
                    <span class="practice-contact__role">{contact.role}</span>
                  </Show>
                  <Show when={contact.email}>
                    <a href={`mailto:${contact.email}`}>{contact.email}</a>
                  </Show>
                  <Show when={contact.phone}>
                    <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</a>
                  </Show>
                </li>
              )}
            </SideSection>
            <SideSection id="practice-links" title={t('practices.links')} listClass="practice-links" items={props.practice.links}>
              {(link) => (
                <li>
                  {/* The API takes web addresses only; anything else is shown, never followed. */}
                  <Show when={isWebAddress(link.url)} fallback={link.label}>
                    <a href={link.url} target="_blank" rel="noopener noreferrer">
                      {link.label}
                      <span aria-hidden="true"> ↗</span>
                      <span class="visually-hidden"> {t('common.newTab')}</span>
                    </a>
                  </Show>
                </li>
              )}
            </SideSection>
            <SideSection id="practice-lessons" title={t('practices.lessons')} listClass="practice-links" items={props.practice.lessons}>
              {(lesson) => (
                <li>
                  {/* Lessons have no page of their own: the search by their title finds them. */}
                  <A href={toKnowledgeHref('/lessons', { q: lesson.title })} activeClass="" inactiveClass="">
                    {lesson.title}
                  </A>
                </li>
              )}
            </SideSection>
          </aside>
        </Show>
      </div>
    </article>
  );
}

/** A part of the side column (contacts, links, lessons): a heading and a list, left out when there is nothing to list. */
function SideSection<Item>(props: { id: string; title: string; listClass: string; items: Item[]; children: (item: Item) => JSX.Element }) {
  return (
    <Show when={props.items.length > 0}>
      <section class="practice-side__section" aria-labelledby={`${props.id}-heading`}>
        <h2 id={`${props.id}-heading`} class="panel-title">
          {props.title}
        </h2>
        <ul class={props.listClass}>
          <For each={props.items}>{props.children}</For>
        </ul>
      </section>
    </Show>
  );
}
