import type { MessageKey } from '../i18n/el.ts';
import { localeOf, type Language } from '../i18n/language.ts';
import { parseEuroToCents } from './amount-input.ts';
import { needStatuses, type NeedPriority, type NeedStatus, type NewNeed } from './api-types.ts';
import { readText } from './forms.ts';

// The limits of the API's need schema (api/src/routes/needs/needs.schemas.ts), checked before sending.
export const needTitleMaxLength = 200;
export const needDescriptionMaxLength = 5000;
export const targetGroupMaxLength = 100;
export const targetGroupsMaxCount = 20;
/** Ten billion euro in cents, the API's ceiling. */
const maxBudgetCents = 1_000_000_000_000;

export const needFormFields = ['title', 'description', 'category', 'targetGroups', 'priority', 'budget', 'status'] as const;
export type NeedFormField = (typeof needFormFields)[number];
export type NeedFormErrors = Partial<Record<NeedFormField, MessageKey>>;

export type ReadNeedForm = { isValid: true; need: NewNeed } | { isValid: false; errors: NeedFormErrors };

/** Which form field shows the API's complaint about each property of the body. */
export const needFieldOfBodyProperty: Record<string, NeedFormField> = {
  title: 'title',
  description: 'description',
  category: 'category',
  targetGroups: 'targetGroups',
  priority: 'priority',
  estimatedBudgetCents: 'budget',
  status: 'status',
};

function isNeedStatus(value: string): value is NeedStatus {
  return (needStatuses as readonly string[]).includes(value);
}

function isPriority(value: number): value is NeedPriority {
  return value === 1 || value === 2 || value === 3;
}

/**
 * Adds what a person typed into the target-group box to the groups already chosen: a comma or a new line
 * separates groups, spaces are tidied, and a group already there (in any case) is not added twice.
 */
export function addTargetGroups(existing: readonly string[], typed: string): string[] {
  const groups = [...existing];
  const seen = new Set(existing.map((group) => group.toLocaleLowerCase('el')));
  for (const part of typed.split(/[,\n;]/)) {
    const group = part.replace(/\s+/g, ' ').trim();
    const key = group.toLocaleLowerCase('el');
    if (!group || seen.has(key)) continue;
    seen.add(key);
    groups.push(group);
  }
  return groups;
}

/** What is wrong with a list of target groups, or null when the API will take it. */
export function checkTargetGroups(groups: readonly string[]): MessageKey | null {
  if (groups.length > targetGroupsMaxCount) return 'needForm.error.tooManyGroups';
  if (groups.some((group) => group.length > targetGroupMaxLength)) return 'needForm.error.groupTooLong';
  return null;
}

/**
 * Reads the need form into the body of POST /api/municipalities/:slug/needs (or PATCH /api/needs/:id), or
 * says which fields are wrong. The target groups are the form's `targetGroups` values plus whatever is
 * still typed in the box (`targetGroupsDraft`); the budget is euro as a person types it, sent as cents.
 */
export function readNeedForm(form: FormData): ReadNeedForm {
  const errors: NeedFormErrors = {};

  const title = readText(form, 'title');
  if (!title) errors.title = 'needForm.error.required';
  else if (title.length > needTitleMaxLength) errors.title = 'needForm.error.titleTooLong';

  const description = readText(form, 'description');
  if (description.length > needDescriptionMaxLength) errors.description = 'needForm.error.descriptionTooLong';

  const category = readText(form, 'category');
  if (!category) errors.category = 'needForm.error.category';

  const chosen = form.getAll('targetGroups').map(String);
  const targetGroups = addTargetGroups(addTargetGroups([], chosen.join('\n')), readText(form, 'targetGroupsDraft'));
  const groupsError = checkTargetGroups(targetGroups);
  if (groupsError) errors.targetGroups = groupsError;

  const priority = Number(readText(form, 'priority'));
  if (!isPriority(priority)) errors.priority = 'needForm.error.priority';

  const budget = parseEuroToCents(readText(form, 'budget'));
  if (!budget.isValid) errors.budget = 'needForm.error.amount';
  else if (budget.cents !== null && budget.cents > maxBudgetCents) errors.budget = 'needForm.error.amountTooLarge';

  const status = readText(form, 'status') || 'identified';
  if (!isNeedStatus(status)) errors.status = 'needForm.error.status';

  if (Object.keys(errors).length > 0 || !budget.isValid || !isPriority(priority) || !isNeedStatus(status)) {
    return { isValid: false, errors };
  }
  return {
    isValid: true,
    need: { title, description, category, targetGroups, priority, estimatedBudgetCents: budget.cents, status },
  };
}

/**
 * Cents as a person would type the amount in the budget box, so that an edited need shows its budget in a
 * form `parseEuroToCents` reads back to the same cents: "420.000" / "420,000", "1.250,50" / "1,250.50".
 */
export function formatCentsForInput(cents: number | null, language: Language): string {
  if (cents === null) return '';
  const hasCents = cents % 100 !== 0;
  return new Intl.NumberFormat(localeOf[language], {
    useGrouping: true,
    minimumFractionDigits: hasCents ? 2 : 0,
    maximumFractionDigits: 2,
  }).format(cents / 100);
}
