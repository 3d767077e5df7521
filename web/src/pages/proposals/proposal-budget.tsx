import { createAsync, revalidate, useAction } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { AsyncBoundary } from '../../components/async-boundary.tsx';
import { BusyButton } from '../../components/busy-button.tsx';
import { ConfirmButton } from '../../components/confirm-button.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { parseEuroToCents } from '../../lib/amount-input.ts';
import { parseQuantityToMilli, quantityOfMilli } from '../../lib/budget-input.ts';
import { formatMoneyCents, formatNumber, formatPercent } from '../../lib/format.ts';
import { budgetCategories, type BudgetCategory, type Proposal } from '../../lib/proposal-types.ts';
import { createBudgetLineAction, deleteBudgetLineAction, getProposalBudget } from './proposals.data.ts';

/** The budget table: lines with their totals, the co-financing rate and what the API warns about, in cents. */
export function ProposalBudget(props: { proposal: Proposal }) {
  const { t, tValue, language } = useI18n();
  const id = () => props.proposal.id;
  const budget = createAsync(() => getProposalBudget(id()));
  const deleteLine = useAction(deleteBudgetLineAction);
  const canEdit = () => props.proposal.access === 'edit';
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
                            <td>
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

type LineField = 'description' | 'quantity' | 'unitCost' | 'funderShare' | 'ownContribution';

function BudgetLineForm(props: { proposalId: string }) {
  const { t, tValue } = useI18n();
  const createLine = useAction(createBudgetLineAction);
  const [isBusy, setIsBusy] = createSignal(false);
  const [errors, setErrors] = createSignal<Partial<Record<LineField, true>>>({});
  const [hasFailed, setHasFailed] = createSignal(false);

  const submit = async (form: HTMLFormElement) => {
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const quantity = parseQuantityToMilli(text('quantity'));
    const unitCost = parseEuroToCents(text('unitCost'));
    const funderShare = parseEuroToCents(text('funderShare'));
    const ownContribution = parseEuroToCents(text('ownContribution'));
    const found: Partial<Record<LineField, true>> = {};
    if (!text('description')) found.description = true;
    if (!quantity.isValid) found.quantity = true;
    if (!unitCost.isValid || unitCost.cents === null) found.unitCost = true;
    if (!funderShare.isValid) found.funderShare = true;
    if (!ownContribution.isValid) found.ownContribution = true;
    setErrors(found);
    if (Object.keys(found).length > 0 || !quantity.isValid || !unitCost.isValid || !funderShare.isValid || !ownContribution.isValid) {
      form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    setIsBusy(true);
    setHasFailed(false);
    try {
      await createLine(props.proposalId, {
        category: text('category') as BudgetCategory,
        description: text('description'),
        quantityMilli: quantity.quantityMilli,
        unitCostCents: unitCost.cents ?? 0,
        // A share left empty is worked out by the API from the total and the other share.
        ...(funderShare.cents === null ? {} : { funderShareCents: funderShare.cents }),
        ...(ownContribution.cents === null ? {} : { ownContributionCents: ownContribution.cents }),
      });
      form.reset();
    } catch {
      setHasFailed(true);
    } finally {
      setIsBusy(false);
    }
  };

  const input = (name: LineField, label: MessageKey, kind: 'text' | 'decimal') => (
    <div class="field">
      <label class="field__label" for={`budget-${name}`}>
        {t(label)}
      </label>
      <input
        id={`budget-${name}`}
        name={name}
        class="field__input"
        type="text"
        inputmode={kind === 'decimal' ? 'decimal' : undefined}
        autocomplete="off"
        aria-invalid={errors()[name] ? 'true' : undefined}
      />
    </div>
  );

  return (
    <form
      class="budget-form"
      novalidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!isBusy()) void submit(event.currentTarget);
      }}
    >
      <h3 class="budget-form__title">{t('budget.addTitle')}</h3>
      <div class="budget-form__grid">
        <div class="field">
          <label class="field__label" for="budget-category">
            {t('budget.category')}
          </label>
          <select id="budget-category" name="category" class="field__input">
            <For each={budgetCategories}>{(category) => <option value={category}>{tValue('budget.category', category)}</option>}</For>
          </select>
        </div>
        {input('description', 'budget.description', 'text')}
        {input('quantity', 'budget.quantity', 'decimal')}
        {input('unitCost', 'budget.unitCostEuro', 'decimal')}
        {input('funderShare', 'budget.funderShareEuro', 'decimal')}
        {input('ownContribution', 'budget.ownContributionEuro', 'decimal')}
      </div>
      <Show when={Object.keys(errors()).length > 0}>
        <p class="inline-error" role="alert">
          {t('budget.invalid')}
        </p>
      </Show>
      <Show when={hasFailed()}>
        <p class="inline-error" role="alert">
          {t('budget.failed')}
        </p>
      </Show>
      <BusyButton type="submit" class="button button--secondary" isBusy={isBusy()} busyLabel={t('budget.adding')}>
        {t('budget.add')}
      </BusyButton>
    </form>
  );
}
