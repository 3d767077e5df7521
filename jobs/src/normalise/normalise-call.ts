import type { NormalisedCall, RawCall } from '../ingest/types.ts';
import { computeStatus } from './call-status.ts';
import { classifyEligibleApplicants } from './classify-eligible-applicants.ts';
import { classifyFunder } from './classify-funder.ts';
import { classifyProgramme } from './classify-programme.ts';
import { classifyThemes } from './classify-themes.ts';
import type { DateRole } from './calendar.ts';
import { detectLanguage } from './detect-language.ts';
import { htmlToText } from './html-to-text.ts';
import { extractDates } from './parse-dates.ts';
import { parseIsoish } from './parse-iso-date.ts';
import { extractBudget, parseMoneyToCents } from './parse-money.ts';
import { parseTextDate } from './parse-text-date.ts';

const summaryLength = 600;

/**
 * Turns what a connector found into a call ready to store: clean text, UTC dates, integer cents, programme,
 * funder, applicants, themes, language and status. Structured values from the source win over values read
 * from its text. Throws only when the item has no title, reference or URL to show it by.
 */
export function normaliseCall(raw: RawCall, now: Date): NormalisedCall {
  const title = readTitle(raw);
  const summaryText = raw.summary ? htmlToText(raw.summary) : '';
  const bodyText = raw.body ? htmlToText(raw.body) : '';
  const text = [title, summaryText, bodyText].filter(Boolean).join('\n\n');
  const { openingDate, deadline } = readDates(raw, text, now);
  const money = readMoney(raw, text);
  const programme = classifyProgramme(text, raw.programme);
  return {
    title,
    summary: summaryText || excerpt(bodyText, summaryLength),
    url: raw.url?.trim() || null,
    funder: classifyFunder(text, programme, raw.funder),
    programme,
    reference: raw.reference?.trim() || null,
    status: computeStatus({ openingDate, deadline, withdrawn: raw.withdrawn, hint: raw.statusHint }, now),
    openingDate,
    deadline,
    ...money,
    eligibleApplicants: classifyEligibleApplicants(text, raw.eligibleApplicants),
    themes: classifyThemes(text),
    language: raw.language ?? detectLanguage(text),
  };
}

function readTitle(raw: RawCall): string {
  const title = htmlToText(raw.title).replace(/\s+/g, ' ');
  const fallback = title || raw.reference?.trim() || raw.url?.trim();
  if (!fallback) throw new Error(`call ${raw.key} has no title, reference or URL to show it by`);
  return fallback;
}

/** The start of the body, cut at a word boundary, for sources that give no summary. */
function excerpt(text: string, length: number): string {
  if (text.length <= length) return text;
  const head = text.slice(0, length + 1);
  const lastBreak = head.search(/\s\S*$/);
  return `${(lastBreak > 0 ? head.slice(0, lastBreak) : text.slice(0, length)).trimEnd()}…`;
}

/**
 * Structured dates win over dates read from the text, field by field. Of several deadlines (cut-offs of a
 * multi-stage call, or an extension) the next one to come is the deadline; when all have passed, the last.
 */
function readDates(raw: RawCall, text: string, now: Date): { openingDate: string | null; deadline: string | null } {
  const zone = raw.dateZone;
  const read = (value: string, role: DateRole) => parseIsoish(value, zone, role) ?? parseTextDate(value, zone, role);
  let openingDate = raw.openingDate ? read(raw.openingDate, 'opening') : null;
  let deadlines = raw.deadlines.map((value) => read(value, 'deadline')).filter((value) => value !== null);
  if (!openingDate || deadlines.length === 0) {
    const fromText = extractDates([raw.dateText ? htmlToText(raw.dateText) : '', text].join('\n\n'), zone);
    openingDate ??= fromText.opening;
    if (deadlines.length === 0) deadlines = fromText.deadlines;
  }
  const sorted = [...new Set(deadlines)].sort();
  const nowIso = now.toISOString();
  return { openingDate, deadline: sorted.find((deadline) => deadline > nowIso) ?? sorted.at(-1) ?? null };
}

/**
 * Structured cents win, then the source's budget text, then the call's text. An unlabelled amount counts as
 * the budget only in the budget text, whose whole point is the budget.
 */
function readMoney(raw: RawCall, text: string): Pick<NormalisedCall, 'budgetCents' | 'maxGrantCents' | 'currency' | 'cofinancingRate'> {
  const budgetText = raw.budgetText ? htmlToText(raw.budgetText) : '';
  const fromBudgetText = extractBudget(budgetText);
  const fromText = extractBudget(text);
  const isUnlabelled = fromBudgetText.budgetCents === null && fromBudgetText.maxGrantCents === null;
  const unlabelled = isUnlabelled && budgetText ? parseMoneyToCents(budgetText) : null;
  const textBudgetCents = fromBudgetText.budgetCents ?? unlabelled?.cents ?? fromText.budgetCents;
  const textCurrency = fromBudgetText.currency ?? unlabelled?.currency ?? fromText.currency;
  return {
    budgetCents: raw.budgetCents ?? textBudgetCents,
    maxGrantCents: raw.maxGrantCents ?? fromBudgetText.maxGrantCents ?? fromText.maxGrantCents,
    // Only a currency written beside an amount that was used says anything about the call's currency.
    currency: raw.currency?.trim().toUpperCase() || (raw.budgetCents === null ? textCurrency : null) || 'EUR',
    cofinancingRate: fromBudgetText.cofinancingRate ?? fromText.cofinancingRate,
  };
}
