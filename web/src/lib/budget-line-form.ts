import type { Language } from '../i18n/language.ts';
import { parseEuroToCents } from './amount-input.ts';
import { parseQuantityToMilli, quantityOfMilli } from './budget-input.ts';
import { readText } from './forms.ts';
import { formatCentsForInput } from './need-form.ts';
import { budgetCategories, type BudgetCategory, type BudgetLine, type NewBudgetLine } from './proposal-types.ts';

export const budgetLineFields = ['description', 'quantity', 'unitCost', 'funderShare', 'ownContribution'] as const;
export type BudgetLineField = (typeof budgetLineFields)[number];

export type ReadBudgetLine = { isValid: true; line: NewBudgetLine } | { isValid: false; invalid: BudgetLineField[] };

function isCategory(value: string): value is BudgetCategory {
  return (budgetCategories as readonly string[]).includes(value);
}

/** The budget line form (new or edited) → a line in cents and thousandths; a share left empty stays out. */
export function readBudgetLineForm(data: FormData): ReadBudgetLine {
  const category = readText(data, 'category');
  const description = readText(data, 'description');
  const quantity = parseQuantityToMilli(readText(data, 'quantity'));
  const unitCost = parseEuroToCents(readText(data, 'unitCost'));
  const funderShare = parseEuroToCents(readText(data, 'funderShare'));
  const ownContribution = parseEuroToCents(readText(data, 'ownContribution'));
  const invalid: BudgetLineField[] = [];
  if (!description) invalid.push('description');
  if (!quantity.isValid) invalid.push('quantity');
  if (!unitCost.isValid || unitCost.cents === null) invalid.push('unitCost');
  if (!funderShare.isValid) invalid.push('funderShare');
  if (!ownContribution.isValid) invalid.push('ownContribution');
  if (invalid.length > 0 || !quantity.isValid || !unitCost.isValid || !funderShare.isValid || !ownContribution.isValid) {
    return { isValid: false, invalid };
  }
  return {
    isValid: true,
    line: {
      category: isCategory(category) ? category : 'other-direct',
      description,
      quantityMilli: quantity.quantityMilli,
      unitCostCents: unitCost.cents ?? 0,
      // A share left empty is worked out by the API from the total and the other share.
      ...(funderShare.cents === null ? {} : { funderShareCents: funderShare.cents }),
      ...(ownContribution.cents === null ? {} : { ownContributionCents: ownContribution.cents }),
    },
  };
}

/** A line as the form's inputs show it, written so that `readBudgetLineForm` reads it back unchanged. */
export function budgetLineInputValues(line: BudgetLine, language: Language): Record<BudgetLineField, string> {
  const quantity = String(quantityOfMilli(line.quantityMilli));
  return {
    description: line.description,
    // Never grouped: the quantity reader takes one decimal separator and no thousands.
    quantity: language === 'el' ? quantity.replace('.', ',') : quantity,
    unitCost: formatCentsForInput(line.unitCostCents, language),
    funderShare: formatCentsForInput(line.funderShareCents, language),
    ownContribution: formatCentsForInput(line.ownContributionCents, language),
  };
}

/**
 * What an edit changed. Shares left as they were are not sent, so that when the quantity or the unit cost
 * changes the API keeps the own contribution and gives the rest to the funder, instead of keeping two
 * shares that no longer add up to the new total.
 */
export function changedBudgetLineFields(line: BudgetLine, edited: NewBudgetLine): Partial<NewBudgetLine> {
  const changes: Partial<NewBudgetLine> = {};
  for (const field of ['category', 'description', 'quantityMilli', 'unitCostCents', 'funderShareCents', 'ownContributionCents'] as const) {
    const value = edited[field];
    if (value !== undefined && value !== line[field]) Object.assign(changes, { [field]: value });
  }
  return changes;
}
