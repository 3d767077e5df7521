import { createAsync, revalidate, useAction } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { AsyncBoundary } from '../../components/async-boundary.tsx';
import { BusyButton } from '../../components/busy-button.tsx';
import { FormActions } from '../../components/form-frame.tsx';
import { ConfirmButton } from '../../components/confirm-button.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { isApiError } from '../../lib/api.ts';
import { quantityOfMilli } from '../../lib/budget-input.ts';
import { budgetLineInputValues, changedBudgetLineFields, readBudgetLineForm, type BudgetLineField } from '../../lib/budget-line-form.ts';
import { formatMoneyCents, formatNumber, formatPercent } from '../../lib/format.ts';
import { budgetCategories, type BudgetLine, type Proposal } from '../../lib/proposal-types.ts';
import { createBudgetLineAction, deleteBudgetLineAction, getProposalBudget, updateBudgetLineAction } from './proposals.data.ts';

/** The budget table: lines with their totals, the co-financing rate and what the API warns about, in cents. */
export function ProposalBudget(props: { proposal: Proposal }) {
  const { t, tValue, language } = useI18n();
  const id = () => props.proposal.id;
  const budget = createAsync(() => getProposalBudget(id()));
  const deleteLine = useAction(deleteBudgetLineAction);
  const canEdit = () => props.proposal.access === 'edit';
  // Kept here, not in the rows: reading the budget again builds its rows anew.
  const [editingId, setEditingId] = createSignal<string | null>(null);
  const [conflictLineId, setConflictLineId] = createSignal<string | null>(null);
  const money = (cents: number) => formatMoneyCents(cents, language());

  return (
    <section class="proposal-budget" aria-labelledby="proposal-budget-title">
      <h2 id="proposal-budget-title">{t('budget.title')}</h2>
      <AsyncBoundary refetch={() => revalidate(getProposalBudget.keyFor(id()))}>
        <Show when={budget()}>
          {(current) => (
            <>
              <For each={current().warnings}>
                {(warning) => (
                  <p class="budget-warning" role="status">
                    {t(`budget.warning.${warning.code}` as MessageKey, {
                      max: current().maxGrantCents === null ? '' : money(current().maxGrantCents ?? 0),
                    })}
                  </p>
                )}
              </For>
              <div class="table-wrap">
                <table class="budget-table">
                  <caption class="visually-hidden">{t('budget.title')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('budget.category')}</th>
                      <th scope="col">{t('budget.description')}</th>
                      <th scope="col" class="number">{t('budget.quantity')}</th>
                      <th scope="col" class="number">{t('budget.unitCost')}</th>
                      <th scope="col" class="number">{t('budget.total')}</th>
                      <th scope="col" class="number">{t('budget.funderShare')}</th>
                      <th scope="col" class="number">{t('budget.ownContribution')}</th>
                      <Show when={canEdit()}>
                        <th scope="col">
                          <span class="visually-hidden">{t('budget.actions')}</span>
                        </th>
                      </Show>
                    </tr>
                  </thead>
                  <tbody>
                    <Show when={current().lines.length === 0}>
                      <tr>
                        <td colSpan={8} class="panel-empty">
                          {t('budget.empty')}
                        </td>
                      </tr>
                    </Show>
                    <For each={current().lines}>
                      {(line) => (
                        <Show
                          when={editingId() === line.id}
                          fallback={
                            <tr>
                              <td data-label={t('budget.category')}>{tValue('budget.category', line.category)}</td>
                              <td data-label={t('budget.description')}>{line.description}</td>
                              <td data-label={t('budget.quantity')} class="number">
                                {formatNumber(quantityOfMilli(line.quantityMilli), language())}
                              </td>
                              <td data-label={t('budget.unitCost')} class="number">{money(line.unitCostCents)}</td>
                              <td data-label={t('budget.total')} class="number">{money(line.totalCents)}</td>
                              <td data-label={t('budget.funderShare')} class="number">{money(line.funderShareCents)}</td>
                              <td data-label={t('budget.ownContribution')} class="number">{money(line.ownContributionCents)}</td>
                              <Show when={canEdit()}>
                                <td class="budget-table__actions">
                                  <button
                                    type="button"
                                    class="button button--quiet"
                                    aria-label={t('budget.editNamed', { name: line.description })}
                                    onClick={() => {
                                      setConflictLineId(null);
                                      setEditingId(line.id);
                                    }}
                                  >
                                    {t('budget.edit')}
                                  </button>
                                  <ConfirmButton
                                    label={t('budget.delete')}
                                    accessibleLabel={t('budget.deleteNamed', { name: line.description })}
                                    question={t('budget.deleteQuestion')}
                                    confirmLabel={t('budget.delete')}
                                    busyLabel={t('budget.deleting')}
                                    failedMessage={t('budget.failed')}
                                    onConfirm={() => deleteLine(id(), line.id)}
                                  />
                                </td>
                              </Show>
                            </tr>
                          }
                        >
                          <tr class="budget-table__editing">
                            <td colSpan={8}>
                              <BudgetLineForm
                                proposalId={id()}
                                line={line}
                                onDone={() => setEditingId(null)}
                                onConflict={() => {
                                  // The line is read again; its form opens anew with what is stored now.
                                  setConflictLineId(line.id);
                                  void revalidate(getProposalBudget.keyFor(id()));
                                }}
                              />
                              <Show when={conflictLineId() === line.id}>
                                <p class="inline-error" role="alert">
                                  {t('budget.conflict')}
                                </p>
                              </Show>
                            </td>
                          </tr>
                        </Show>
                      )}
                    </For>
                  </tbody>
                  <tfoot>
                    <tr>
                      <th scope="row" colSpan={4}>
                        {t('budget.totals')}
                      </th>
                      <td data-label={t('budget.total')} class="number">{money(current().totals.totalCents)}</td>
                      <td data-label={t('budget.funderShare')} class="number">{money(current().totals.funderCents)}</td>
                      <td data-label={t('budget.ownContribution')} class="number">{money(current().totals.ownCents)}</td>
                      <Show when={canEdit()}>
                        <td />
                      </Show>
                    </tr>
                  </tfoot>
                </table>
              </div>
              <p class="budget-rate">
                {t('budget.cofinancingRate')}{' '}
                <strong>
                  {current().totals.cofinancingRate === null ? '—' : formatPercent(current().totals.cofinancingRate ?? 0, language())}
                </strong>
                <Show when={current().maxGrantCents !== null}>
                  {' · '}
                  {t('budget.maxGrant', { max: money(current().maxGrantCents ?? 0) })}
                </Show>
              </p>
              <Show when={canEdit()}>
                <BudgetLineForm proposalId={id()} />
              </Show>
            </>
          )}
        </Show>
      </AsyncBoundary>
    </section>
  );
}

/** A new line, or with `line` that line edited in place: only what changed is sent, with the line's version. */
function BudgetLineForm(props: { proposalId: string; line?: BudgetLine; onDone?: () => void; onConflict?: () => void }) {
  const { t, tValue, language } = useI18n();
  const createLine = useAction(createBudgetLineAction);
  const updateLine = useAction(updateBudgetLineAction);
  const [isBusy, setIsBusy] = createSignal(false);
  const [invalid, setInvalid] = createSignal<BudgetLineField[]>([]);
  const [hasFailed, setHasFailed] = createSignal(false);
  // Ids of their own: the form of the line being edited sits on the page above the new-line form.
  const idOf = (name: string) => (props.line ? `budget-${props.line.id}-${name}` : `budget-${name}`);
  const values = () => (props.line ? budgetLineInputValues(props.line, language()) : null);

  const submit = async (form: HTMLFormElement) => {
    const reading = readBudgetLineForm(new FormData(form));
    setInvalid(reading.isValid ? [] : reading.invalid);
    if (!reading.isValid) {
      form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    setIsBusy(true);
    setHasFailed(false);
    try {
      if (props.line) {
        await updateLine(props.proposalId, props.line.id, { version: props.line.version, ...changedBudgetLineFields(props.line, reading.line) });
      } else {
        await createLine(props.proposalId, reading.line);
        form.reset();
      }
      props.onDone?.();
    } catch (error) {
      if (isApiError(error, 409) && props.onConflict) props.onConflict();
      else setHasFailed(true);
    } finally {
      setIsBusy(false);
    }
  };

  const input = (name: BudgetLineField, label: MessageKey, kind: 'text' | 'decimal') => (
    <div class="field">
      <label class="field__label" for={idOf(name)}>
        {t(label)}
      </label>
      <input
        id={idOf(name)}
        name={name}
        class="field__input"
        type="text"
        inputmode={kind === 'decimal' ? 'decimal' : undefined}
        autocomplete="off"
        value={values()?.[name] ?? ''}
        aria-invalid={invalid().includes(name) ? 'true' : undefined}
      />
    </div>
  );

  return (
    <form
      class="budget-form"
      classList={{ 'budget-form--edit': Boolean(props.line) }}
      novalidate
      aria-label={props.line ? t('budget.editNamed', { name: props.line.description }) : undefined}
      onSubmit={(event) => {
        event.preventDefault();
        if (!isBusy()) void submit(event.currentTarget);
      }}
    >
      <Show when={!props.line}>
        <h3 class="budget-form__title">{t('budget.addTitle')}</h3>
      </Show>
      <div class="budget-form__grid">
        <div class="field">
          <label class="field__label" for={idOf('category')}>
            {t('budget.category')}
          </label>
          <select id={idOf('category')} name="category" class="field__input">
            <For each={budgetCategories}>
              {(category) => (
                <option value={category} selected={category === props.line?.category}>
                  {tValue('budget.category', category)}
                </option>
              )}
            </For>
          </select>
        </div>
        {input('description', 'budget.description', 'text')}
        {input('quantity', 'budget.quantity', 'decimal')}
        {input('unitCost', 'budget.unitCostEuro', 'decimal')}
        {input('funderShare', 'budget.funderShareEuro', 'decimal')}
        {input('ownContribution', 'budget.ownContributionEuro', 'decimal')}
      </div>
      <Show when={invalid().length > 0}>
        <p class="inline-error" role="alert">
          {t('budget.invalid')}
        </p>
      </Show>
      <Show when={hasFailed()}>
        <p class="inline-error" role="alert">
          {t('budget.failed')}
        </p>
      </Show>
      <Show
        when={props.line}
        fallback={
          <BusyButton type="submit" class="button button--secondary" isBusy={isBusy()} busyLabel={t('budget.adding')}>
            {t('budget.add')}
          </BusyButton>
        }
      >
        <FormActions
          class="budget-form__actions"
          isBusy={isBusy()}
          busyLabel={t('budget.saving')}
          submitLabel={t('budget.save')}
          cancel={{ onClick: () => props.onDone?.() }}
        />
      </Show>
    </form>
  );
}
