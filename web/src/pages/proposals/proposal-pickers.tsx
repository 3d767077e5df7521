import { createAsync } from '@solidjs/router';
import { For, Show, Suspense } from 'solid-js';
import { ChoiceGroup } from '../../components/form-field.tsx';
import { LoadingState } from '../../components/status.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { MunicipalityRef } from '../../lib/api-types.ts';
import { getMunicipalities, getMunicipalityNeeds } from './proposals.data.ts';

/**
 * The partner municipalities of a proposal, as checkboxes named `partners`: every municipality but the lead.
 * `checked` and `onToggle` are for a form whose other parts follow the partners chosen (the needs offered).
 */
export function PartnerPicker(props: {
  idPrefix: string;
  leadSlug: string;
  error: string | undefined;
  checked?: readonly string[];
  onToggle?: (slug: string, isChecked: boolean) => void;
}) {
  const { t, language } = useI18n();
  const municipalities = createAsync(() => getMunicipalities());
  const nameOf = (municipality: MunicipalityRef) => (language() === 'el' ? municipality.nameEl : municipality.name);
  return (
    <ChoiceGroup legend={t('proposalForm.partners')} errorId={`${props.idPrefix}-partners-error`} error={props.error}>
      <div class="choice-group__options proposal-form__partners">
        <For each={(municipalities() ?? []).filter((municipality) => municipality.slug !== props.leadSlug)}>
          {(municipality) => (
            <label class="choice">
              <input
                type="checkbox"
                name="partners"
                value={municipality.slug}
                checked={props.checked?.includes(municipality.slug) ?? false}
                onChange={(event) => props.onToggle?.(municipality.slug, event.currentTarget.checked)}
              />
              <span>{nameOf(municipality)}</span>
            </label>
          )}
        </For>
      </div>
    </ChoiceGroup>
  );
}

/**
 * The needs a proposal meets, as checkboxes named `needs`: those of the municipalities named by `slugs` that the
 * user may read (another municipality's needs may be closed to them, and are then not offered). `checked` and
 * `onToggle` keep the ticks while the list is read again for other municipalities.
 */
export function NeedsPicker(props: {
  idPrefix: string;
  slugs: readonly string[];
  legend: string;
  empty: string;
  error: string | undefined;
  checked?: readonly string[];
  onToggle?: (needId: string, isChecked: boolean) => void;
}) {
  const needs = createAsync(async () => {
    const answers = await Promise.all(props.slugs.filter(Boolean).map((slug) => getMunicipalityNeeds(slug)));
    return answers.flatMap((answer) => (answer.isVisible ? answer.needs : []));
  });
  return (
    <ChoiceGroup legend={props.legend} errorId={`${props.idPrefix}-needs-error`} error={props.error}>
      <Suspense fallback={<LoadingState />}>
        <Show when={(needs() ?? []).length > 0} fallback={<p class="field__hint">{props.empty}</p>}>
          <div class="choice-group__options">
            <For each={needs()}>
              {(need) => (
                <label class="choice">
                  <input
                    type="checkbox"
                    name="needs"
                    value={need.id}
                    checked={props.checked?.includes(need.id) ?? false}
                    onChange={(event) => props.onToggle?.(need.id, event.currentTarget.checked)}
                  />
                  <span>{need.title}</span>
                </label>
              )}
            </For>
          </div>
        </Show>
      </Suspense>
    </ChoiceGroup>
  );
}
