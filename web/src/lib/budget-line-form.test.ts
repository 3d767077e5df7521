import { describe, expect, it } from 'vitest';
import { budgetLineInputValues, changedBudgetLineFields, readBudgetLineForm } from './budget-line-form.ts';
import type { BudgetLine } from './proposal-types.ts';

function formOf(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

const line: BudgetLine = {
  id: 'line-1',
  category: 'staff',
  description: 'Μεσολαβητές',
  quantityMilli: 1_500,
  unitCostCents: 250_050,
  totalCents: 375_075,
  funderShareCents: 300_000,
  ownContributionCents: 75_075,
  version: 3,
};

describe('readBudgetLineForm', () => {
  it('reads euro and quantities into cents and thousandths, leaving empty shares out', () => {
    expect(readBudgetLineForm(formOf({ category: 'travel', description: ' Ταξίδια ', quantity: '1,5', unitCost: '2.500,50', funderShare: '', ownContribution: '100' }))).toEqual({
      isValid: true,
      line: { category: 'travel', description: 'Ταξίδια', quantityMilli: 1_500, unitCostCents: 250_050, ownContributionCents: 10_000 },
    });
  });

  it('names every field it cannot read', () => {
    expect(readBudgetLineForm(formOf({ category: 'staff', description: '', quantity: '0', unitCost: '', funderShare: 'x', ownContribution: '1' }))).toEqual({
      isValid: false,
      invalid: ['description', 'quantity', 'unitCost', 'funderShare'],
    });
  });
});

describe('budgetLineInputValues', () => {
  it('writes a line so that the form reads it back to the same cents, in either language', () => {
    for (const language of ['el', 'en'] as const) {
      const values = budgetLineInputValues(line, language);
      expect(readBudgetLineForm(formOf({ category: line.category, ...values }))).toEqual({
        isValid: true,
        line: { category: 'staff', description: 'Μεσολαβητές', quantityMilli: 1_500, unitCostCents: 250_050, funderShareCents: 300_000, ownContributionCents: 75_075 },
      });
    }
    expect(budgetLineInputValues(line, 'el')).toMatchObject({ quantity: '1,5', unitCost: '2.500,50' });
  });
});

describe('changedBudgetLineFields', () => {
  it('sends only what changed, so that untouched shares are worked out again by the API', () => {
    expect(
      changedBudgetLineFields(line, { category: 'staff', description: 'Μεσολαβητές', quantityMilli: 2_000, unitCostCents: 250_050, funderShareCents: 300_000, ownContributionCents: 75_075 }),
    ).toEqual({ quantityMilli: 2_000 });
    expect(changedBudgetLineFields(line, { category: 'travel', description: 'Άλλο', quantityMilli: 1_500, unitCostCents: 250_050, ownContributionCents: 0 })).toEqual({
      category: 'travel',
      description: 'Άλλο',
      ownContributionCents: 0,
    });
  });
});
