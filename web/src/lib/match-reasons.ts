import type { CountKey, MessageKey, MessageParams } from '../i18n/index.tsx';
import { localeOf, type Language } from '../i18n/language.ts';
import type { MatchReason } from './api-types.ts';
import { formatMoneyCents } from './format.ts';

/** Whether a reason speaks for the call, against it, or is only worth knowing. */
export type ReasonTone = 'for' | 'against' | 'neutral';

/** A reason as a message of the dictionary: a plain one (`key`) or one that depends on a count (`countKey`). */
export type ReasonMessage =
  | { tone: ReasonTone; key: MessageKey; params?: MessageParams }
  | { tone: ReasonTone; countKey: CountKey; count: number; params?: MessageParams };

export interface ReasonNames {
  language: Language;
  theme: (slug: string) => string;
  applicant: (kind: string) => string;
  programme: (slug: string) => string;
}

function listOf(items: string[], language: Language): string {
  return new Intl.ListFormat(localeOf[language], { style: 'long', type: 'conjunction' }).format(items);
}

function isWholeNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * Puts one reason of a match into words of the current language; null for a reason this version does not
 * know (a newer API), which is then shown with the API's own English sentence.
 */
export function describeReason(reason: MatchReason, names: ReasonNames): ReasonMessage | null {
  const money = (cents: number) => formatMoneyCents(cents, names.language, { isWholeEuros: true });
  switch (reason.kind) {
    case 'theme':
      return { tone: 'for', key: 'match.reason.theme', params: { theme: names.theme(reason.theme) } };
    case 'eligible':
      if (!Array.isArray(reason.applicants) || reason.applicants.length === 0) return null;
      return {
        tone: 'for',
        key: 'match.reason.eligible',
        params: { applicants: listOf(reason.applicants.map(names.applicant), names.language) },
      };
    case 'eligibility-unknown':
      return { tone: 'neutral', key: 'match.reason.eligibilityUnknown' };
    case 'ineligible':
      if (!Array.isArray(reason.applicants) || reason.applicants.length === 0) {
        return { tone: 'against', key: 'match.reason.ineligibleUnstated' };
      }
      return {
        tone: 'against',
        key: 'match.reason.ineligible',
        params: { applicants: listOf(reason.applicants.map(names.applicant), names.language) },
      };
    case 'deadline':
      if (!isWholeNumber(reason.days)) return null;
      if (reason.days <= 0) return { tone: 'for', key: 'match.reason.deadlineToday' };
      return { tone: 'for', countKey: 'match.reason.deadline', count: reason.days };
    case 'closed':
      return { tone: 'against', key: reason.withdrawn ? 'match.reason.withdrawn' : 'match.reason.closed' };
    case 'forthcoming':
      if (!isWholeNumber(reason.opensInDays)) return null;
      if (reason.opensInDays <= 0) return { tone: 'neutral', key: 'match.reason.opensToday' };
      return { tone: 'neutral', countKey: 'match.reason.forthcoming', count: reason.opensInDays };
    case 'budget': {
      // Up to so much per proposal (the maximum grant), or, when the call states none, its whole budget.
      const isPerProposal = isWholeNumber(reason.maxGrantCents);
      const amount = isPerProposal ? reason.maxGrantCents : reason.budgetCents;
      if (!isWholeNumber(amount) || !isWholeNumber(reason.estimateCents)) return null;
      const params = { amount: money(amount), estimate: money(reason.estimateCents) };
      if (isPerProposal) {
        return reason.covers
          ? { tone: 'for', key: 'match.reason.budgetCovers', params }
          : { tone: 'against', key: 'match.reason.budgetShort', params };
      }
      return reason.covers
        ? { tone: 'for', key: 'match.reason.totalBudgetCovers', params }
        : { tone: 'against', key: 'match.reason.totalBudgetShort', params };
    }
    case 'words':
      if (!Array.isArray(reason.words) || reason.words.length === 0) return null;
      return { tone: 'for', key: 'match.reason.words', params: { words: reason.words.join(', ') } };
    case 'programme':
      return { tone: 'for', key: 'match.reason.programme', params: { programme: names.programme(reason.programme) } };
    case 'feedback': {
      const isRelevant = reason.verdict === 'relevant';
      if (!isRelevant && reason.verdict !== 'not-relevant') return null;
      const tone = isRelevant ? 'for' : 'against';
      // Feedback on another call of the same programme or funder counts too, and says so.
      if (reason.via === 'programme') {
        return { tone, key: isRelevant ? 'match.reason.feedbackRelevantProgramme' : 'match.reason.feedbackNotRelevantProgramme' };
      }
      if (reason.via === 'funder') {
        return { tone, key: isRelevant ? 'match.reason.feedbackRelevantFunder' : 'match.reason.feedbackNotRelevantFunder' };
      }
      return { tone, key: isRelevant ? 'match.reason.feedbackRelevant' : 'match.reason.feedbackNotRelevant' };
    }
    default:
      return null;
  }
}

export type ShownReason = { tone: ReasonTone; message: ReasonMessage } | { tone: 'neutral'; text: string };

/**
 * The reasons of a match as they are shown: each detail in words of the current language, or, where
 * details are missing or unknown, the API's sentence at the same place.
 */
export function listReasons(
  match: { reasons?: string[] | undefined; details?: MatchReason[] | undefined },
  names: ReasonNames,
): ShownReason[] {
  const sentences = Array.isArray(match.reasons) ? match.reasons.filter((reason) => typeof reason === 'string') : [];
  const details = Array.isArray(match.details) ? match.details : [];
  if (details.length === 0) return sentences.map((text) => ({ tone: 'neutral', text }));
  return details.flatMap((detail, index): ShownReason[] => {
    const message = detail && typeof detail === 'object' ? describeReason(detail, names) : null;
    if (message) return [{ tone: message.tone, message }];
    const sentence = sentences[index];
    return sentence ? [{ tone: 'neutral', text: sentence }] : [];
  });
}

/** A score of 0..1 as a whole percentage for the bar and its label, never below 0 or above 100. */
export function scorePercent(score: number): number {
  if (!Number.isFinite(score)) return 0;
  return Math.round(Math.min(1, Math.max(0, score)) * 100);
}
