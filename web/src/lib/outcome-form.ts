import type { MessageKey } from '../i18n/el.ts';
import { localeOf, type Language } from '../i18n/language.ts';
import { parseEuroToCents } from './amount-input.ts';
import type { OutcomeChange } from './api-types.ts';
import { readText } from './forms.ts';
import type { ProposalStatus } from './proposal-types.ts';

/** Once a proposal has left the team's hands its outcome, and lessons about it, can be recorded. */
export const decidedStatuses: readonly ProposalStatus[] = ['submitted', 'awarded', 'rejected', 'withdrawn'];

export function isDecided(status: ProposalStatus): boolean {
  return decidedStatuses.includes(status);
}

/** The API's ceiling for the evaluation report (413 above it). */
export const maxOutcomeFileBytes = 5 * 1024 * 1024;
export const outcomeFeedbackMaxLength = 10_000;
/** Ten billion euro in cents, as for every amount the API takes. */
const maxAmountCents = 1_000_000_000_000;

export const outcomeFormFields = ['requested', 'awarded', 'score', 'maxScore', 'feedback'] as const;
export type OutcomeFormField = (typeof outcomeFormFields)[number];
export type OutcomeFormErrors = Partial<Record<OutcomeFormField, MessageKey>>;
export type ReadOutcomeForm = { isValid: true; outcome: OutcomeChange } | { isValid: false; errors: OutcomeFormErrors };

export const outcomeFieldOfBodyProperty: Record<string, OutcomeFormField> = {
  requestedCents: 'requested',
  awardedCents: 'awarded',
  evaluatorScore: 'score',
  evaluatorMaxScore: 'maxScore',
  feedback: 'feedback',
};

export type ParsedScore = { isValid: true; value: number | null } | { isValid: false };

/** An evaluator's points as typed: "72", "72,5" or "72.5"; empty → null. */
export function parseScore(input: string): ParsedScore {
  const text = input.replace(/\s/g, '');
  if (text === '') return { isValid: true, value: null };
  if (!/^\d{1,6}([.,]\d{1,2})?$/.test(text)) return { isValid: false };
  return { isValid: true, value: Number(text.replace(',', '.')) };
}

/** The outcome form → the body of PUT /api/proposals/:id/outcome (without the version), amounts in cents. */
export function readOutcomeForm(data: FormData): ReadOutcomeForm {
  const errors: OutcomeFormErrors = {};
  const amount = (name: 'requested' | 'awarded') => {
    const parsed = parseEuroToCents(readText(data, name));
    if (!parsed.isValid) {
      errors[name] = 'outcome.form.error.amount';
      return null;
    }
    if (parsed.cents !== null && parsed.cents > maxAmountCents) errors[name] = 'outcome.form.error.amountTooLarge';
    return parsed.cents;
  };
  const requestedCents = amount('requested');
  const awardedCents = amount('awarded');

  const score = parseScore(readText(data, 'score'));
  const maxScore = parseScore(readText(data, 'maxScore'));
  if (!score.isValid) errors.score = 'outcome.form.error.score';
  if (!maxScore.isValid) errors.maxScore = 'outcome.form.error.score';
  const evaluatorScore = score.isValid ? score.value : null;
  const evaluatorMaxScore = maxScore.isValid ? maxScore.value : null;
  // "72" means nothing without "out of 100".
  if (evaluatorScore !== null && evaluatorMaxScore === null && maxScore.isValid) errors.maxScore = 'outcome.form.error.maxScoreMissing';
  if (evaluatorMaxScore === 0) errors.maxScore = 'outcome.form.error.score';
  if (evaluatorScore !== null && evaluatorMaxScore !== null && evaluatorScore > evaluatorMaxScore) errors.score = 'outcome.form.error.scoreAboveMax';

  const feedback = readText(data, 'feedback');
  if (feedback.length > outcomeFeedbackMaxLength) errors.feedback = 'outcome.form.error.tooLong';

  if (Object.keys(errors).length > 0) return { isValid: false, errors };
  return { isValid: true, outcome: { requestedCents, awardedCents, evaluatorScore, evaluatorMaxScore, feedback } };
}

/** What is wrong with a chosen evaluation report before it is sent, or null; the API checks again (%PDF-, size). */
export function checkOutcomeFile(file: { name: string; size: number; type: string }): MessageKey | null {
  if (file.size === 0) return 'outcome.file.error.empty';
  if (file.size > maxOutcomeFileBytes) return 'outcome.file.error.tooLarge';
  const isPdf = file.type === 'application/pdf' || (file.type === '' && /\.pdf$/i.test(file.name));
  return isPdf ? null : 'outcome.file.error.notPdf';
}

/** A file's size as people read it: "820 byte" under a kilobyte, "245 kB", "1,2 MB" in Greek / "1.2 MB" in English. */
export function formatFileSize(bytes: number, language: Language): string {
  const [value, unit] = bytes < 1024 ? [bytes, 'byte'] : bytes < 1024 * 1024 ? [bytes / 1024, 'kilobyte'] : [bytes / (1024 * 1024), 'megabyte'];
  return new Intl.NumberFormat(localeOf[language], { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: unit === 'megabyte' ? 1 : 0 }).format(value);
}
