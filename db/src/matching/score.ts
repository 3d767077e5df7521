import type { CallStatus, EligibleApplicantKind, MatchVerdict, Programme } from '../schema/index.ts';
import { describeReasons, type MatchReason } from './match-reason.ts';
import { callStatusAt } from '../calls/call-fields.ts';

/**
 * How well one call fits one need: a score in 0..1 with its reasons. Pure: everything it weighs is passed in.
 *
 * The score has two tiers. A call a municipality may apply to (eligible or not stated) that is open or
 * forthcoming scores in [0.5, 1]; a closed or withdrawn call, or one whose applicants exclude municipalities,
 * scores in [0, 0.45]. So however well its words fit, such a call never ranks above an open eligible one.
 * Within a tier: relevance (theme, shared words) times practicality (eligibility, time left, budget,
 * programme), then the officers' feedback.
 */

/** A concept of the need: the words it was written with, and every stem sequence that says the same. */
export interface MatchConcept {
  /** The need's own words, lower-cased, shown in the reasons: "ένταξη", "αγορά εργασίας". */
  words: string;
  /** Term ids (see `CallPool`); a form of several ids is a phrase whose words must all be in the call. */
  forms: ReadonlyArray<ReadonlyArray<number>>;
}

export interface MatchNeedFacts {
  category: string;
  estimatedBudgetCents: number | null;
  concepts: readonly MatchConcept[];
}

export interface MatchCallFacts {
  id: string;
  programme: Programme;
  funder: string | null;
  withdrawn: boolean;
  statusHint: CallStatus | null;
  /** Epoch milliseconds; null when the source gives none. */
  openingMs: number | null;
  deadlineMs: number | null;
  budgetCents: number | null;
  maxGrantCents: number | null;
  eligibleApplicants: readonly EligibleApplicantKind[];
  themes: readonly string[];
}

/** Where a term stands in a call: 0 absent, 1 in its text, 2 in its title. */
export type TermPlace = 0 | 1 | 2;

export interface CallTerms {
  placeOf(termId: number): TermPlace;
}

/** How many calls hold each term: a word most calls use says little about fit. */
export interface TermRarity {
  callCount: number;
  documentFrequency(termId: number): number;
}

/** What the officers of one need said about calls, folded into the ranking of every call for that need. */
export interface NeedFeedback {
  verdicts: ReadonlyMap<string, MatchVerdict>;
  /** Per programme and funder: calls marked relevant minus calls marked not relevant. */
  programmes: ReadonlyMap<string, number>;
  funders: ReadonlyMap<string, number>;
}

export interface ScoreContext {
  now: Date;
  rarity: TermRarity;
  feedback?: NeedFeedback | undefined;
  themeNames?: ReadonlyMap<string, string>;
}

export interface ScoredMatch {
  score: number;
  details: MatchReason[];
}

const dayMs = 24 * 60 * 60 * 1000;
/** The lowest score of the upper tier: an open or forthcoming call the municipality may apply to. */
export const topTierFloor = 0.5;
const lowerTierCeiling = 0.45;
/** Pairs below this are not worth listing. */
export const scoreFloor = 0.05;
/** Shown to officers as "a new match" when it enters a need's top ten at or above this. */
export const notifyScore = 0.6;
const wordsSaturation = 1.2;
const relevantPairBoost = 0.25;
const similarCallShift = 0.05;

/**
 * The programmes meant for each kind of need. ESF+ and AMIF fund migrant integration in Greece; CERV funds
 * anti-racism and participation; the Urban Initiative and CERV town-twinning fund networks of cities.
 */
const fittingProgrammes: Record<string, readonly Programme[]> = {
  'labour-market': ['esf-plus', 'amif'],
  'municipal-services': ['amif', 'esf-plus'],
  'institutional-reform': ['amif', 'esf-plus', 'urban-initiative'],
  'awareness-participation': ['cerv', 'amif', 'erasmus-plus'],
  networking: ['cerv', 'urban-initiative', 'amif'],
};
const integrationProgrammes: readonly Programme[] = ['esf-plus', 'amif'];

/** Whether municipalities may apply: 1 named, 0.85 as public bodies, 0.5 not stated, 0 excluded. */
export function eligibilityOf(call: MatchCallFacts): { value: number; reason: MatchReason } {
  const applicants = call.eligibleApplicants;
  if (applicants.length === 0) return { value: 0.5, reason: { kind: 'eligibility-unknown' } };
  if (applicants.includes('municipalities')) return { value: 1, reason: { kind: 'eligible', applicants: ['municipalities'] } };
  // Greek municipalities are legal persons of public law: a call for public bodies is open to them.
  if (applicants.includes('public-bodies')) return { value: 0.85, reason: { kind: 'eligible', applicants: ['public-bodies'] } };
  return { value: 0, reason: { kind: 'ineligible', applicants: [...applicants] } };
}

/** Time left: enough weeks is best; a deadline next week is hard to make; closed is no use. */
export function timingOf(call: MatchCallFacts, nowMs: number): { value: number; open: boolean; reason: MatchReason | null } {
  const status = callStatusAt(call, nowMs);
  if (status === 'withdrawn') return { value: 0, open: false, reason: { kind: 'closed', withdrawn: true } };
  if (status === 'closed') return { value: 0, open: false, reason: { kind: 'closed' } };
  if (status === 'forthcoming') {
    const opensInDays = call.openingMs === null ? 0 : Math.max(0, Math.ceil((call.openingMs - nowMs) / dayMs));
    return { value: 0.8, open: true, reason: { kind: 'forthcoming', opensInDays } };
  }
  if (call.deadlineMs === null) return { value: 0.75, open: true, reason: null };
  const days = Math.max(0, Math.floor((call.deadlineMs - nowMs) / dayMs));
  return { value: days >= 21 ? 1 : days >= 7 ? 0.8 : 0.5, open: true, reason: { kind: 'deadline', days } };
}

/** The grant per project when known, else the call's total, against the need's estimate: 1 when it covers it. */
export function budgetValue(call: MatchCallFacts, estimateCents: number | null): number {
  const amount = call.maxGrantCents ?? call.budgetCents;
  if (amount === null || estimateCents === null || estimateCents === 0) return 0.5;
  return amount >= estimateCents ? 1 : 0.2 + 0.6 * (amount / estimateCents);
}

export function budgetOf(call: MatchCallFacts, estimateCents: number | null): { value: number; reason: MatchReason | null } {
  const value = budgetValue(call, estimateCents);
  const amount = call.maxGrantCents ?? call.budgetCents;
  if (amount === null || estimateCents === null || estimateCents === 0) return { value, reason: null };
  const covers = amount >= estimateCents;
  const reason: MatchReason =
    call.maxGrantCents !== null
      ? { kind: 'budget', maxGrantCents: amount, estimateCents, covers }
      : { kind: 'budget', budgetCents: amount, estimateCents, covers };
  return { value, reason };
}

export function programmeFitValue(call: MatchCallFacts, category: string): number {
  return (fittingProgrammes[category] ?? integrationProgrammes).includes(call.programme) ? 1 : 0.4;
}

export function programmeFitOf(call: MatchCallFacts, category: string): { value: number; reason: MatchReason | null } {
  const value = programmeFitValue(call, category);
  return { value, reason: value === 1 ? { kind: 'programme', programme: call.programme } : null };
}

/**
 * Feedback reaches beyond the pair it was given on: for the same need, each programme and funder the officers
 * marked relevant lifts that programme's or funder's other calls a little, and each marked not relevant lowers
 * them, by at most ±0.05 each. The pair itself: relevant lifts it by 0.25 within its tier, not relevant sinks it
 * to the bottom of the need's list (kept, so the officer sees the verdict stand).
 */
export function feedbackOf(call: MatchCallFacts, feedback: NeedFeedback | undefined): { shift: number; sink: boolean; reason: MatchReason | null } {
  if (!feedback) return { shift: 0, sink: false, reason: null };
  const verdict = feedback.verdicts.get(call.id);
  if (verdict === 'not-relevant') return { shift: 0, sink: true, reason: { kind: 'feedback', verdict } };
  if (verdict === 'relevant') return { shift: relevantPairBoost, sink: false, reason: { kind: 'feedback', verdict } };
  const clamp = (net: number) => Math.max(-1, Math.min(1, net));
  // "other" says nothing about a call's kind, so it carries no feedback across calls.
  const byProgramme = call.programme === 'other' ? 0 : clamp(feedback.programmes.get(call.programme) ?? 0) * similarCallShift;
  const byFunder = call.funder ? clamp(feedback.funders.get(call.funder) ?? 0) * similarCallShift : 0;
  const shift = byProgramme + byFunder;
  if (shift === 0) return { shift: 0, sink: false, reason: null };
  const via = byProgramme !== 0 ? 'programme' : 'funder';
  return { shift, sink: false, reason: { kind: 'feedback', verdict: shift > 0 ? 'relevant' : 'not-relevant', via } };
}

/**
 * Rarity of a term in 0..1: 1 for a term of one call, near 0 for a term of every call. In steps of 0.01, so
 * that a few more calls collected since yesterday leave most scores as they were (and the rows unwritten).
 */
export function rarityWeight(documentFrequency: number, callCount: number): number {
  const calls = Math.max(1, callCount);
  return Math.round((100 * Math.log(1 + calls / Math.max(1, documentFrequency))) / Math.log(1 + calls)) / 100;
}

/**
 * A term held by more calls than this is too common to propose a call by itself: it still adds to the score
 * of a pair, but a pair needs a theme or one rarer shared word to be a match.
 */
export function informativeLimit(callCount: number): number {
  return Math.max(25, Math.ceil(callCount * 0.05));
}

/**
 * A term held by more calls than this says nothing about fit ("call", "municipalities", the year) and counts
 * for nothing, like a stop word. Besides, looking up such a term would visit a tenth of all calls per need.
 */
export function commonTermLimit(callCount: number): number {
  return Math.max(200, Math.ceil(callCount * 0.1));
}

export const titleBoost = 1.5;

/** Turns the sum of the matched concepts' rarity into 0..1: two or three rare shared concepts are a strong fit. */
export function wordsValue(weight: number): number {
  return 1 - Math.exp(-weight / wordsSaturation);
}

export interface SharedWords {
  /** wordsValue of the matched concepts' weights. */
  value: number;
  /** Whether one of the matched forms is rare enough to make the pair a match by itself. */
  informative: boolean;
  /** The need's words of the matched concepts, rarest first. */
  words: string[];
}

/**
 * The need's concepts found in the call. A concept counts once, by its best form found: the rarer the form
 * (fewer calls hold all its words) the more, half as much again when all its words are in the title.
 * `withWords: false` skips collecting the words, for ranking many calls of which few are kept.
 */
export function sharedWords(need: MatchNeedFacts, terms: CallTerms, rarity: TermRarity, withWords = true): SharedWords {
  const informativeCount = informativeLimit(rarity.callCount);
  const commonCount = commonTermLimit(rarity.callCount);
  let total = 0;
  let informative = false;
  const matched: Array<{ words: string; weight: number }> = [];
  for (const concept of need.concepts) {
    let best = 0;
    for (const form of concept.forms) {
      let rarest = Infinity;
      let inTitle = true;
      let present = true;
      for (const termId of form) {
        const place = terms.placeOf(termId);
        if (place === 0) {
          present = false;
          break;
        }
        if (place !== 2) inTitle = false;
        rarest = Math.min(rarest, rarity.documentFrequency(termId));
      }
      if (!present || rarest > commonCount) continue;
      if (rarest <= informativeCount) informative = true;
      const weight = rarityWeight(rarest, rarity.callCount) * (inTitle ? titleBoost : 1);
      if (weight > best) best = weight;
    }
    if (best > 0) {
      total += best;
      if (withWords) matched.push({ words: concept.words, weight: best });
    }
  }
  matched.sort((a, b) => b.weight - a.weight);
  return { value: wordsValue(total), informative, words: matched.map((match) => match.words) };
}

export interface PairParts {
  topTier: boolean;
  theme: boolean;
  words: number;
  /** Eligibility, time left, budget and programme, weighted, in 0..1. */
  practical: number;
  feedbackShift: number;
  sink: boolean;
}

/** The score from its parts, positional so that ranking thousands of calls allocates nothing. */
export function scoreFromParts(topTier: boolean, theme: boolean, words: number, practical: number, feedbackShift: number, sink: boolean): number {
  if (sink) return 0;
  const relevance = 0.45 * (theme ? 1 : 0) + 0.55 * words;
  const raw = Math.max(0, Math.min(1, relevance * (0.6 + 0.4 * practical) + feedbackShift));
  const score = topTier ? topTierFloor + (1 - topTierFloor) * raw : lowerTierCeiling * raw;
  return Math.round(score * 10_000) / 10_000;
}

export function combineScore(parts: PairParts): number {
  return scoreFromParts(parts.topTier, parts.theme, parts.words, parts.practical, parts.feedbackShift, parts.sink);
}

export function practicalValue(eligibility: number, timing: number, budget: number, programme: number): number {
  return 0.35 * eligibility + 0.35 * timing + 0.15 * budget + 0.15 * programme;
}

/**
 * The score of a call for a need with its reasons, or null when the pair is no match at all: a call must share
 * the need's theme or one of its rarer words (or carry feedback on this need) to be listed.
 */
export function scorePair(need: MatchNeedFacts, call: MatchCallFacts, terms: CallTerms, context: ScoreContext): ScoredMatch | null {
  const nowMs = context.now.getTime();
  const theme = call.themes.includes(need.category);
  const words = sharedWords(need, terms, context.rarity);
  const feedback = feedbackOf(call, context.feedback);
  if (!theme && !words.informative && !context.feedback?.verdicts.has(call.id)) return null;

  const eligibility = eligibilityOf(call);
  const timing = timingOf(call, nowMs);
  const budget = budgetOf(call, need.estimatedBudgetCents);
  const programme = programmeFitOf(call, need.category);
  const score = combineScore({
    topTier: timing.open && eligibility.value > 0,
    theme,
    words: words.value,
    practical: practicalValue(eligibility.value, timing.value, budget.value, programme.value),
    feedbackShift: feedback.shift,
    sink: feedback.sink,
  });
  const details: MatchReason[] = [];
  if (theme) details.push({ kind: 'theme', theme: need.category });
  details.push(eligibility.reason);
  if (timing.reason) details.push(timing.reason);
  if (budget.reason) details.push(budget.reason);
  if (words.words.length > 0) details.push({ kind: 'words', words: words.words.slice(0, 5) });
  if (programme.reason) details.push(programme.reason);
  if (feedback.reason) details.push(feedback.reason);
  return { score, details };
}

/** `scorePair` with the English sentences of its reasons, as the API shows them. */
export function scoreMatch(need: MatchNeedFacts, call: MatchCallFacts, terms: CallTerms, context: ScoreContext) {
  const scored = scorePair(need, call, terms, context);
  return scored ? { ...scored, reasons: describeReasons(scored.details, context.themeNames) } : null;
}
