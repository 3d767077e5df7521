import { useSearchParams } from '@solidjs/router';
import { createEffect, For, on, Show, type JSX } from 'solid-js';
import { SelectField } from '../../components/form-field.tsx';
import { createSearchDraft, SearchForm } from '../../components/search-form.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { localeOf } from '../../i18n/language.ts';
import { lessonPhases, programmes, type Municipality, type Theme } from '../../lib/api-types.ts';
import type { KnowledgeFilterName, KnowledgeSearch } from '../../lib/knowledge-search.ts';

/**
 * The search box and filters of the lessons and good-practice lists. The box answers as one types; a filter
 * changes the address at once (back undoes it).
 * `phases`: the lessons' filter by phase; `municipalities`: the practices' filter by municipality.
 */
export function KnowledgeFilters(props: {
  idPrefix: string;
  label: string;
  searchLabel: string;
  placeholder: string;
  search: KnowledgeSearch;
  themes: Theme[];
  phases?: boolean;
  municipalities?: Municipality[];
}) {
  const { t, tValue, language } = useI18n();
  const [, setSearchParams] = useSearchParams();
  const draft = createSearchDraft(() => props.search.q);

  const setFilter = (name: KnowledgeFilterName, value: string) => setSearchParams({ [name]: value || undefined, page: undefined });
  const themeName = (theme: Theme) => (language() === 'el' ? theme.nameEl : theme.name);
  const placeName = (municipality: Municipality) => (language() === 'el' ? municipality.nameEl : municipality.name);
  const sortedMunicipalities = () =>
    [...(props.municipalities ?? [])].sort((a, b) => placeName(a).localeCompare(placeName(b), localeOf[language()]));

  return (
    <SearchForm
      class="knowledge-filters"
      label={props.label}
      searchId={`${props.idPrefix}-search`}
      searchLabel={props.searchLabel}
      searchClass="knowledge-filters__search"
      placeholder={props.placeholder}
      draft={draft}
    >
      <SelectField
        id={`${props.idPrefix}-programme`}
        name="programme"
        label={t('lessons.filter.programme')}
        value={props.search.programme ?? ''}
        onChange={(event) => setFilter('programme', event.currentTarget.value)}
      >
        <option value="">{t('lessons.filter.programmeAll')}</option>
        <For each={programmes}>
          {(programme) => (
            <option value={programme} selected={props.search.programme === programme}>
              {tValue('programme', programme)}
            </option>
          )}
        </For>
      </SelectField>
      <SelectField
        id={`${props.idPrefix}-theme`}
        name="theme"
        label={t('lessons.filter.theme')}
        value={props.search.theme ?? ''}
        onChange={(event) => setFilter('theme', event.currentTarget.value)}
      >
        <option value="">{t('lessons.filter.themeAll')}</option>
        <For each={props.themes}>
          {(theme) => (
            <option value={theme.slug} selected={props.search.theme === theme.slug}>
              {themeName(theme)}
            </option>
          )}
        </For>
      </SelectField>
      <Show when={props.phases}>
        <SelectField
          id={`${props.idPrefix}-phase`}
          name="phase"
          label={t('lessons.filter.phase')}
          value={props.search.phase ?? ''}
          onChange={(event) => setFilter('phase', event.currentTarget.value)}
        >
          <option value="">{t('lessons.filter.phaseAll')}</option>
          <For each={lessonPhases}>
            {(phase) => (
              <option value={phase} selected={props.search.phase === phase}>
                {tValue('lessons.phase', phase)}
              </option>
            )}
          </For>
        </SelectField>
      </Show>
      <Show when={props.municipalities}>
        <SelectField
          id={`${props.idPrefix}-municipality`}
          name="municipality"
          label={t('practices.filter.municipality')}
          value={props.search.municipality ?? ''}
          onChange={(event) => setFilter('municipality', event.currentTarget.value)}
        >
          <option value="">{t('practices.filter.municipalityAll')}</option>
          <For each={sortedMunicipalities()}>
            {(municipality) => (
              <option value={municipality.slug} selected={props.search.municipality === municipality.slug}>
                {placeName(municipality)}
              </option>
            )}
          </For>
        </SelectField>
      </Show>
    </SearchForm>
  );
}

/** Around a list's error: a new search starts afresh instead of leaving the error on screen. */
export function ResetWhenSearchChanges(props: { search: KnowledgeSearch; reset: () => void; children: JSX.Element }) {
  createEffect(on(() => JSON.stringify(props.search), () => props.reset(), { defer: true }));
  return <>{props.children}</>;
}
