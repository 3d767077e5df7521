import { callStatusAt } from '@cni/db';
import type { NormalisedCall, RawCall } from '../ingest/types.ts';
import { classifyEligibleApplicantsFromFolded } from './classify-eligible-applicants.ts';
import { classifyFunderFromFolded } from './classify-funder.ts';
import { classifyProgrammeFromFolded } from './classify-programme.ts';
import { classifyThemesFromFolded } from './classify-themes.ts';
import type { DateRole } from './calendar.ts';
import { detectLanguage } from './detect-language.ts';
import { htmlToText } from './html-to-text.ts';
import { extractDatesFromFolded } from './parse-dates.ts';
import { parseIsoish } from './parse-iso-date.ts';
import { extractBudget, extractBudgetFromFolded, parseMoneyToCents } from './parse-money.ts';
import { parseTextDate } from './parse-text-date.ts';
import { type FoldedText, foldForMatching } from './term-matcher.ts';

const summaryLength = 600;

/**
 * Turns what a connector found into a call ready to store: clean text, UTC dates, integer cents, programme,
 * funder, applicants, themes, language and status. Structured values from the source win over values read
 * from its text. Throws only when the item has no title, reference or URL to show it by.
 */
export function normaliseCall(raw: RawCall, now: Date): NormalisedCall {
  const title = readTitle(raw);
  const summaryText = raw.summary ? htmlToText(raw.summary) : '';
  const bodyText = readBody(raw, summaryText);
  const text = [title, summaryText, bodyText].filter(Boolean).join('\n\n');
  // Every classifier and extractor reads the same folded text, so it is folded once here.
  const folded = foldForMatching(text);
  const { openingDate, deadline } = readDates(raw, text, folded, now);
  const money = readMoney(raw, folded);
  const programme = classifyProgrammeFromFolded(folded, raw.programme);
  return {
    title,
    summary: summaryText || excerpt(bodyText, summaryLength),
    url: raw.url?.trim() || null,
    funder: classifyFunderFromFolded(folded, programme, raw.funder),
    programme,
    reference: raw.reference?.trim() || null,
    status: callStatusAt(
      { withdrawn: raw.withdrawn, statusHint: raw.statusHint, openingMs: openingDate ? Date.parse(openingDate) : null, deadlineMs: deadline ? Date.parse(deadline) : null },
      now.getTime(),
    ),
    openingDate,
    deadline,
    ...money,
    eligibleApplicants: classifyEligibleApplicantsFromFolded(folded, raw.eligibleApplicants),
    themes: classifyThemesFromFolded(folded),
    language: raw.language ?? detectLanguage(text),
  };
}

function readTitle(raw: RawCall): string {
  const title = htmlToText(raw.title).replace(/\s+/g, ' ');
  const fallback = title || raw.reference?.trim() || raw.url?.trim();
  if (!fallback) throw new Error(`call ${raw.key} has no title, reference or URL to show it by`);
  return fallback;
}

/**
 * The body's text, or nothing when the summary already holds it: feeds often send the same HTML as both, and
 * reading it twice would only double the work and the text's mentions.
 */
function readBody(raw: RawCall, summaryText: string): string {
  if (!raw.body || raw.body === raw.summary) return '';
  const bodyText = htmlToText(raw.body);
  return summaryText.includes(bodyText) ? '' : bodyText;
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
function readDates(raw: RawCall, text: string, folded: FoldedText, now: Date): { openingDate: string | null; deadline: string | null } {
  const zone = raw.dateZone;
  let openingDate = raw.openingDate ? readDate(raw.openingDate, zone, 'opening') : null;
  let deadlines = raw.deadlines.map((value) => readDate(value, zone, 'deadline')).filter((value) => value !== null);
  if (!openingDate || deadlines.length === 0) {
    // Without a date text the call's own folded text will do: a break before it changes nothing.
    const dateText = raw.dateText ? htmlToText(raw.dateText) : '';
    const fromText = extractDatesFromFolded(dateText ? foldForMatching(`${dateText}\n\n${text}`) : folded, zone);
    openingDate ??= fromText.opening;
    if (deadlines.length === 0) deadlines = fromText.deadlines;
  }
  const sorted = [...new Set(deadlines)].sort();
  const nowIso = now.toISOString();
  return { openingDate, deadline: sorted.find((deadline) => deadline > nowIso) ?? sorted.at(-1) ?? null };
}

function readDate(value: string, zone: string, role: DateRole): string | null {
  return parseIsoish(value, zone, role) ?? parseTextDate(value, zone, role);
}

/**
 * Structured cents win, then the source's budget text, then the call's text. An unlabelled amount counts as
 * the budget only in the budget text, whose whole point is the budget.
 */
function readMoney(raw: RawCall, folded: FoldedText): Pick<NormalisedCall, 'budgetCents' | 'maxGrantCents' | 'currency' | 'cofinancingRate'> {
  const budgetText = raw.budgetText ? htmlToText(raw.budgetText) : '';
  const fromBudgetText = extractBudget(budgetText);
  const fromText = extractBudgetFromFolded(folded);
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
