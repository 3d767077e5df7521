import type { MessageKey } from '../i18n/el.ts';
import { isWebAddress, readText } from './forms.ts';
import { parseEuroToCents, parsePercentToRate } from './amount-input.ts';
import {
  eligibleApplicantKinds,
  programmes,
  type CallLanguage,
  type EligibleApplicantKind,
  type NewCall,
  type Programme,
} from './api-types.ts';
import { athensDateTimeToUtcIso } from './athens-time.ts';

/** The fields of the new-call form that can carry an error message, by their input's name. */
export const callFormFields = [
  'title',
  'summary',
  'url',
  'funder',
  'programme',
  'reference',
  'openingDate',
  'deadline',
  'budget',
  'maxGrant',
  'cofinancingRate',
  'eligibleApplicants',
  'themes',
  'language',
  'official',
] as const;
export type CallFormField = (typeof callFormFields)[number];

export type CallFormErrors = Partial<Record<CallFormField, MessageKey>>;

export type ReadCallForm = { isValid: true; call: NewCall } | { isValid: false; errors: CallFormErrors };

function optionalText(form: FormData, name: string): string | null {
  return readText(form, name) || null;
}

function isProgramme(value: string): value is Programme {
  return (programmes as readonly string[]).includes(value);
}

function isEligibleApplicant(value: string): value is EligibleApplicantKind {
  return (eligibleApplicantKinds as readonly string[]).includes(value);
}

/**
 * Reads the new-call form into the body of POST /api/calls, or says which fields are wrong. Dates and
 * times are Athens wall-clock time (sent as UTC); amounts are euro as a person types them (sent as cents).
 */
export function readCallForm(form: FormData): ReadCallForm {
  const errors: CallFormErrors = {};

  const title = readText(form, 'title');
  if (!title) errors.title = 'callForm.error.required';

  const url = optionalText(form, 'url');
  if (url && !isWebAddress(url)) errors.url = 'callForm.error.url';

  const programme = readText(form, 'programme');
  if (!isProgramme(programme)) errors.programme = 'callForm.error.programme';

  const openingDay = readText(form, 'openingDate');
  // A call opens at the start of its day in Greece.
  const openingDate = openingDay ? athensDateTimeToUtcIso(openingDay, '00:00') : null;
  if (openingDay && !openingDate) errors.openingDate = 'callForm.error.date';

  const deadlineDay = readText(form, 'deadlineDate');
  const deadlineTime = readText(form, 'deadlineTime');
  let deadline: string | null = null;
  if (deadlineDay) {
    if (!deadlineTime) errors.deadline = 'callForm.error.time';
    else {
      deadline = athensDateTimeToUtcIso(deadlineDay, deadlineTime);
      if (!deadline) errors.deadline = 'callForm.error.date';
    }
  }
  if (openingDate && deadline && deadline <= openingDate) errors.deadline = 'callForm.error.deadlineBeforeOpening';

  const budget = parseEuroToCents(readText(form, 'budget'));
  if (!budget.isValid) errors.budget = 'callForm.error.amount';
  const maxGrant = parseEuroToCents(readText(form, 'maxGrant'));
  if (!maxGrant.isValid) errors.maxGrant = 'callForm.error.amount';
  if (budget.isValid && maxGrant.isValid && budget.cents !== null && maxGrant.cents !== null && maxGrant.cents > budget.cents) {
    errors.maxGrant = 'callForm.error.maxGrantAboveBudget';
  }

  const rate = parsePercentToRate(readText(form, 'cofinancingRate'));
  if (!rate.isValid) errors.cofinancingRate = 'callForm.error.rate';

  const language: CallLanguage = readText(form, 'language') === 'en' ? 'en' : 'el';

  if (Object.keys(errors).length > 0 || !budget.isValid || !maxGrant.isValid || !rate.isValid || !isProgramme(programme)) {
    return { isValid: false, errors };
  }

  return {
    isValid: true,
    call: {
      title,
      summary: readText(form, 'summary'),
      url,
      funder: optionalText(form, 'funder'),
      programme,
      reference: optionalText(form, 'reference'),
      openingDate,
      deadline,
      budgetCents: budget.cents,
      currency: 'EUR',
      maxGrantCents: maxGrant.cents,
      cofinancingRate: rate.rate,
      eligibleApplicants: form.getAll('eligibleApplicants').map(String).filter(isEligibleApplicant),
      themes: form.getAll('themes').map(String).filter(Boolean),
      language,
      official: form.get('official') === 'on',
    },
  };
}

/** Which form field shows the API's complaint about each property of the body. */
export const callFieldOfBodyProperty: Record<string, CallFormField> = {
  title: 'title',
  summary: 'summary',
  url: 'url',
  funder: 'funder',
  programme: 'programme',
  reference: 'reference',
  openingDate: 'openingDate',
  deadline: 'deadline',
  budgetCents: 'budget',
  currency: 'budget',
  maxGrantCents: 'maxGrant',
  cofinancingRate: 'cofinancingRate',
  eligibleApplicants: 'eligibleApplicants',
  themes: 'themes',
  language: 'language',
  official: 'official',
};
