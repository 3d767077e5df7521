import { CallPool, type PoolCall } from './call-pool.ts';
import type { CompiledNeed } from './need-profiles.ts';
import {
  budgetValue,
  commonTermLimit,
  eligibilityOf,
  feedbackOf,
  informativeLimit,
  programmeFitValue,
  rarityWeight,
  scoreFloor,
  scoreFromParts,
  timingOf,
  titleBoost,
  wordsValue,
  type NeedFeedback,
} from './score.ts';

/** How many calls each need keeps, besides the calls its officers gave feedback on. */
export const matchesPerNeed = 50;
/** The most a need's feedback on other calls can lift a call (programme and funder, 0.05 each). */
const largestFeedbackLift = 0.1;

export interface RankedCall {
  call: PoolCall;
  score: number;
}

/**
 * One recompute over a pool at one moment: what each call scores regardless of the need (tier, eligibility and
 * time left, programme fit per category), each theme's calls ordered by it, and scratch space per call.
 */
export interface RankRun {
  pool: CallPool;
  topTier: Uint8Array;
  /** 0.35 × eligibility + 0.35 × time left: the need-independent start of `practicalValue`, summed in its order. */
  base: Float64Array;
  programmeFit: Map<string, Float64Array>;
  themeMember: Map<string, Uint8Array>;
  themeOrder: Map<string, Int32Array>;
  stamp: number;
  candidateMark: Uint32Array;
  conceptMark: Uint32Array;
  conceptBest: Float64Array;
  conceptRarer: Uint32Array;
  touched: Int32Array;
  mass: Float64Array;
  informative: Uint8Array;
  candidates: Int32Array;
  /** Where each glossary concept (several forms, or a phrase) is found, computed once per run for all needs. */
  conceptHits: Map<string, ConceptHits>;
}

/** The calls holding a concept: slot, the concept's weight there, and whether a rarer form was found. */
interface ConceptHits {
  slots: Int32Array;
  values: Float64Array;
  informative: Uint8Array;
}

export function createRankRun(pool: CallPool, now: Date): RankRun {
  const size = pool.size;
  const topTier = new Uint8Array(size);
  const base = new Float64Array(size);
  for (let slot = 0; slot < size; slot++) {
    const call = pool.callAt(slot);
    if (!call) continue;
    const eligibility = eligibilityOf(call).value;
    const timing = timingOf(call, now.getTime());
    topTier[slot] = timing.open && eligibility > 0 ? 1 : 0;
    base[slot] = 0.35 * eligibility + 0.35 * timing.value;
  }
  return {
    pool,
    topTier,
    base,
    programmeFit: new Map(),
    themeMember: new Map(),
    themeOrder: new Map(),
    stamp: 0,
    candidateMark: new Uint32Array(size),
    conceptMark: new Uint32Array(size),
    conceptBest: new Float64Array(size),
    conceptRarer: new Uint32Array(size),
    touched: new Int32Array(size),
    mass: new Float64Array(size),
    informative: new Uint8Array(size),
    candidates: new Int32Array(size),
    conceptHits: new Map(),
  };
}

function programmeFits(run: RankRun, category: string): Float64Array {
  let fits = run.programmeFit.get(category);
  if (!fits) {
    fits = new Float64Array(run.pool.size);
    for (let slot = 0; slot < fits.length; slot++) {
      const call = run.pool.callAt(slot);
      if (call) fits[slot] = programmeFitValue(call, category);
    }
    run.programmeFit.set(category, fits);
  }
  return fits;
}

function themeMembers(run: RankRun, theme: string): Uint8Array {
  let members = run.themeMember.get(theme);
  if (!members) {
    members = new Uint8Array(run.pool.size);
    for (const slot of run.pool.callsOfTheme(theme)) members[slot] = 1;
    run.themeMember.set(theme, members);
  }
  return members;
}

/**
 * A theme's calls, best first by what their score can be with no shared word: tier, then eligibility, time
 * left and programme fit (the budget counted as covering).
 */
function themeOrder(run: RankRun, theme: string): Int32Array {
  let order = run.themeOrder.get(theme);
  if (!order) {
    const fits = programmeFits(run, theme);
    const key = new Float64Array(run.pool.size);
    const calls = run.pool.callsOfTheme(theme);
    for (const slot of calls) key[slot] = 2 * run.topTier[slot]! + run.base[slot]! + 0.15 * fits[slot]!;
    order = Int32Array.from(calls).sort((a, b) => key[b]! - key[a]! || a - b);
    run.themeOrder.set(theme, order);
  }
  return order;
}

function ranksBefore(a: RankedCall, b: RankedCall): boolean {
  return a.score > b.score || (a.score === b.score && a.call.id < b.call.id);
}

function offer(top: RankedCall[], entry: RankedCall): void {
  if (top.length === matchesPerNeed && !ranksBefore(entry, top[matchesPerNeed - 1]!)) return;
  let low = 0;
  let high = top.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (ranksBefore(entry, top[middle]!)) high = middle;
    else low = middle + 1;
  }
  top.splice(low, 0, entry);
  if (top.length > matchesPerNeed) top.pop();
}

/**
 * Where a concept is found: for each call holding one of its forms, the best form's weight as `sharedWords`
 * gives it (rarer forms weigh more, half as much again in the title), from the postings of each form's rarest
 * term, the other terms of a phrase checked in the call.
 */
function findConcept(run: RankRun, forms: ReadonlyArray<ReadonlyArray<number>>): ConceptHits {
  const { pool, conceptMark, conceptBest, conceptRarer, touched } = run;
  const callCount = pool.callCount;
  const informativeCount = informativeLimit(callCount);
  const commonCount = commonTermLimit(callCount);
  const stamp = ++run.stamp;
  let count = 0;
  for (const form of forms) {
    let rarestTerm = -1;
    let rarest = Infinity;
    for (const term of form) {
      const frequency = pool.documentFrequency(term);
      if (frequency < rarest) {
        rarest = frequency;
        rarestTerm = term;
      }
    }
    if (rarest === 0 || rarest > commonCount) continue;
    const weight = rarityWeight(rarest, callCount);
    const isInformative = rarest <= informativeCount;
    const postings = pool.callsWithTerm(rarestTerm);
    for (let at = 0; at < postings.length; at++) {
      const entry = postings[at]!;
      const slot = entry >> 1;
      let inTitle = (entry & 1) === 1;
      if (form.length > 1) {
        const call = pool.callAt(slot)!;
        let present = true;
        for (const term of form) {
          if (term === rarestTerm) continue;
          if (!CallPool.holds(call.terms, term)) {
            present = false;
            break;
          }
          if (inTitle && !CallPool.holds(call.titleTerms, term)) inTitle = false;
        }
        if (!present) continue;
      }
      const value = weight * (inTitle ? titleBoost : 1);
      if (conceptMark[slot] !== stamp) {
        conceptMark[slot] = stamp;
        conceptBest[slot] = value;
        touched[count++] = slot;
      } else if (value > conceptBest[slot]!) {
        conceptBest[slot] = value;
      }
      if (isInformative) conceptRarer[slot] = stamp;
    }
  }
  const slots = touched.slice(0, count);
  const values = new Float64Array(count);
  const informative = new Uint8Array(count);
  for (let at = 0; at < count; at++) {
    values[at] = conceptBest[slots[at]!]!;
    informative[at] = conceptRarer[slots[at]!] === stamp ? 1 : 0;
  }
  return { slots, values, informative };
}

/** A concept's hits; those of glossary concepts, shared by many needs, are kept for the run. */
function conceptHits(run: RankRun, forms: ReadonlyArray<ReadonlyArray<number>>): ConceptHits {
  if (forms.length === 1 && forms[0]!.length === 1) return findConcept(run, forms);
  const key = forms.map((form) => form.join(',')).join('|');
  let hits = run.conceptHits.get(key);
  if (!hits) run.conceptHits.set(key, (hits = findConcept(run, forms)));
  return hits;
}

/**
 * Adds up, for every call sharing a word with the need, the weight `sharedWords` gives it, concept by concept
 * in the need's order, so the sum is the very number `sharedWords` computes. Returns how many calls were
 * touched; `candidates` lists them.
 */
function accumulateWords(run: RankRun, need: CompiledNeed, candidateStamp: number): number {
  const { candidateMark, mass, informative, candidates } = run;
  let count = 0;
  for (const concept of need.concepts) {
    const hits = conceptHits(run, concept.forms);
    for (let at = 0; at < hits.slots.length; at++) {
      const slot = hits.slots[at]!;
      if (candidateMark[slot] !== candidateStamp) {
        candidateMark[slot] = candidateStamp;
        mass[slot] = 0;
        informative[slot] = 0;
        candidates[count++] = slot;
      }
      mass[slot] = mass[slot]! + hits.values[at]!;
      if (hits.informative[at] === 1) informative[slot] = 1;
    }
  }
  return count;
}

/**
 * The best calls for one need, best first: at most 50 with a score above the floor, plus every call its officers
 * gave feedback on. Exact, not approximate: every call sharing a word with the need is scored (cheaply, from
 * the postings and the per-call parts of the run), and the calls on the need's theme that share no word are
 * taken best first until none can enter the top 50.
 */
export function rankNeed(run: RankRun, need: CompiledNeed, feedback: NeedFeedback | undefined): RankedCall[] {
  const { pool, topTier, base, candidateMark, mass, informative, candidates } = run;
  const candidateStamp = ++run.stamp;
  const count = accumulateWords(run, need, candidateStamp);
  const fits = programmeFits(run, need.category);
  const onTheme = themeMembers(run, need.category);
  const scoreOf = (call: PoolCall, words: number, theme: boolean) => {
    const slot = call.index;
    const practical = base[slot]! + 0.15 * budgetValue(call, need.estimatedBudgetCents) + 0.15 * fits[slot]!;
    if (!feedback) return scoreFromParts(topTier[slot] === 1, theme, words, practical, 0, false);
    const { shift, sink } = feedbackOf(call, feedback);
    return scoreFromParts(topTier[slot] === 1, theme, words, practical, shift, sink);
  };

  const top: RankedCall[] = [];
  for (let at = 0; at < count; at++) {
    const slot = candidates[at]!;
    const call = pool.callAt(slot)!;
    const theme = onTheme[slot] === 1;
    if ((!theme && informative[slot] === 0) || feedback?.verdicts.has(call.id)) continue;
    const score = scoreOf(call, wordsValue(mass[slot]!), theme);
    if (score >= scoreFloor && (top.length < matchesPerNeed || score >= top[matchesPerNeed - 1]!.score)) offer(top, { call, score });
  }
  const lift = feedback ? largestFeedbackLift : 0;
  for (const slot of themeOrder(run, need.category)) {
    if (candidateMark[slot] === candidateStamp) continue;
    const call = pool.callAt(slot)!;
    if (feedback?.verdicts.has(call.id)) continue;
    if (top.length === matchesPerNeed) {
      const bound = scoreFromParts(topTier[slot] === 1, true, 0, base[slot]! + 0.15 + 0.15 * fits[slot]!, lift, false);
      if (bound < top[matchesPerNeed - 1]!.score) break;
    }
    const score = scoreOf(call, 0, true);
    if (score >= scoreFloor) offer(top, { call, score });
  }

  const withFeedback: RankedCall[] = [];
  for (const callId of feedback?.verdicts.keys() ?? []) {
    const call = pool.get(callId);
    if (!call) continue;
    const words = candidateMark[call.index] === candidateStamp ? wordsValue(mass[call.index]!) : 0;
    withFeedback.push({ call, score: scoreOf(call, words, onTheme[call.index] === 1) });
  }
  return [...top, ...withFeedback].sort((a, b) => (ranksBefore(a, b) ? -1 : ranksBefore(b, a) ? 1 : 0));
}

/** The score a call must reach to enter the need's top 50 after this ranking (the floor while fewer are kept). */
export function entryScore(ranked: readonly RankedCall[], feedback: NeedFeedback | undefined): number {
  const kept = ranked.filter((entry) => !feedback?.verdicts.has(entry.call.id));
  return kept.length >= matchesPerNeed ? kept[matchesPerNeed - 1]!.score : scoreFloor;
}
