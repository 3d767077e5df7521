import { A, createAsync, revalidate, useAction, useNavigate, useParams } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { ConfirmButton } from '../../components/confirm-button.tsx';
import { DetailPage } from '../../components/detail-page.tsx';
import { DocumentTitle } from '../../components/page-title.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { Municipality, Need, Theme } from '../../lib/api-types.ts';
import { formatDate, formatMoneyCents, toIsoString } from '../../lib/format.ts';
import { canReadAllNeeds, canWriteNeedsOf } from '../../lib/need-access.ts';
import { useSession } from '../../session.tsx';
import { NeedMatches } from './need-matches.tsx';
import { themeNameOf } from './need-card.tsx';
import { deleteNeedAction, getMunicipalities, getNeed, getNeedMatches, getThemes } from './needs.data.ts';

export default function NeedPage() {
  const { t } = useI18n();
  const params = useParams<{ id: string }>();
  const need = createAsync(() => getNeed(params.id));

  return (
    <DetailPage
      backHref="/needs"
      backLabel={t('need.back')}
      errorTitle={t('needs.title')}
      notFoundTitle={t('need.notFound.title')}
      notFoundBody={t('need.notFound.body')}
      hasBackButtonWhenNotFound
      refetch={() => revalidate([getNeed.keyFor(params.id), getNeedMatches.keyFor(params.id)])}
    >
      <Show when={need()}>{(value) => <NeedView need={value()} />}</Show>
    </DetailPage>
  );
}

function NeedView(props: { need: Need }) {
  const { t, language } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const deleteNeed = useAction(deleteNeedAction);
  const themes = createAsync(() => getThemes().catch((): Theme[] => []));
  // Network-wide readers see whose need it is; an officer knows.
  const municipalities = createAsync(async () =>
    canReadAllNeeds(session.user()) ? getMunicipalities().catch((): Municipality[] => []) : [],
  );
  const municipality = () => municipalities()?.find((candidate) => candidate.id === props.need.municipalityId);
  const canWrite = () => canWriteNeedsOf(session.user(), props.need.municipalityId);
  const editHref = () => `/needs/${encodeURIComponent(props.need.id)}/edit`;

  return (
    <>
      <DocumentTitle title={props.need.title} />
      <header class="page-header need-header">
        <div class="need-header__badges">
          <span class={`badge badge--status badge--${props.need.status}`}>{t(`need.status.${props.need.status}`)}</span>
          <span class={`priority priority--${props.need.priority}`}>
            {t('need.priorityLabel', { priority: t(`need.priority.${props.need.priority}`) })}
          </span>
        </div>
        <h1>{props.need.title}</h1>
        <Show when={municipality()}>
          {(value) => (
            <p class="page-header__intro">
              <span class="visually-hidden">{t('need.municipality')}: </span>
              <A href={`/needs?municipality=${encodeURIComponent(value().slug)}`} activeClass="" inactiveClass="">
                {language() === 'el' ? value().nameEl : value().name}
              </A>
            </p>
          )}
        </Show>
        <Show when={canWrite()}>
          <div class="need-header__actions">
            <A href={editHref()} class="button button--secondary" activeClass="" inactiveClass="" end>
              {t('need.edit')}
            </A>
            <ConfirmButton
              label={t('need.delete')}
              question={t('need.delete.confirm', { title: props.need.title })}
              confirmLabel={t('need.delete.yes')}
              busyLabel={t('need.deleting')}
              failedMessage={t('need.delete.failed')}
              onConfirm={async () => {
                await deleteNeed(props.need.id);
                navigate('/needs', { replace: true });
              }}
            />
          </div>
        </Show>
      </header>

      <section class="facts" aria-labelledby="need-facts-heading">
        <h2 id="need-facts-heading" class="visually-hidden">
          {t('municipality.facts')}
        </h2>
        <dl class="facts__list">
          <div class="fact fact--wide">
            <dt>{t('need.category')}</dt>
            <dd class="fact__text">{themeNameOf(themes(), props.need.category, language())}</dd>
          </div>
          <div class="fact fact--wide">
            <dt>{t('need.budget')}</dt>
            <dd>
              {props.need.estimatedBudgetCents === null ? (
                <span class="not-stated">{t('need.budgetUnknown')}</span>
              ) : (
                formatMoneyCents(props.need.estimatedBudgetCents, language(), { isWholeEuros: true })
              )}
            </dd>
          </div>
          <div class="fact">
            <dt>{t('need.updatedAt')}</dt>
            <dd class="fact__text">
              <time datetime={toIsoString(props.need.updatedAt)}>{formatDate(props.need.updatedAt, language())}</time>
            </dd>
          </div>
        </dl>
      </section>

      <Show when={props.need.description.trim() || props.need.targetGroups.length > 0}>
        <section class="section" aria-labelledby="need-about-heading">
          <h2 id="need-about-heading">{t('need.about')}</h2>
          <Show when={props.need.description.trim()}>
            <p class="need-description">{props.need.description}</p>
          </Show>
          <Show when={props.need.targetGroups.length > 0}>
            <h3 class="need-subheading">{t('need.targetGroups')}</h3>
            <ul class="tag-list">
              <For each={props.need.targetGroups}>{(group) => <li class="tag">{group}</li>}</For>
            </ul>
          </Show>
        </section>
      </Show>

      <NeedMatches needId={props.need.id} themes={themes() ?? []} canGiveFeedback={canWrite()} />
    </>
  );
}
