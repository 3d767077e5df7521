import { describe, expect, it } from 'vitest';
import { callSearchTerms } from '../search/call-search-index.ts';
import { glossary } from '../search/glossary.data.ts';
import { eligibleApplicantKinds, programmes } from '../schema/index.ts';
import { CallPool } from './call-pool.ts';
import { analyseNeedConcepts } from './need-profile.ts';
import { compileConcepts, type CompiledNeed } from './need-profiles.ts';
import { createRankRun, matchesPerNeed, rankNeed } from './rank-need.ts';
import { scoreFloor, scorePair, type NeedFeedback } from './score.ts';

const now = new Date('2026-11-26T10:00:00.000Z');
const themes = ['municipal-services', 'institutional-reform', 'awareness-participation', 'networking', 'labour-market'];

function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/** Calls and needs written with glossary terms in both languages and a few hundred other words. */
function corpus(seed: number, callCount: number, needCount: number) {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const terms = glossary.flatMap((entry) => [...entry.el, ...entry.en]);
  const others = Array.from({ length: 300 }, (_, index) => `λέξη${index} word${index}`.split(' ')[index % 2]!);
  const text = (length: number) => Array.from({ length }, () => (next() < 0.5 ? pick(terms) : pick(others))).join(' ');
  const pool = new CallPool(Date.now());
  for (let index = 0; index < callCount; index++) {
    const deadline = now.getTime() + Math.floor((next() * 2 - 0.5) * 200) * 86_400_000;
    pool.upsert({
      id: `call-${String(index).padStart(4, '0')}`,
      programme: pick(programmes),
      funder: pick(['European Commission', 'EEA Grants', null]),
      withdrawn: next() < 0.02,
      statusHint: null,
      openingMs: next() < 0.2 ? now.getTime() + 5 * 86_400_000 : null,
      deadlineMs: next() < 0.1 ? null : deadline,
      budgetCents: next() < 0.3 ? null : Math.floor(next() * 1000) * 1_000_000,
      maxGrantCents: next() < 0.5 ? null : Math.floor(next() * 100) * 1_000_000,
      eligibleApplicants: next() < 0.3 ? [] : [pick(eligibleApplicantKinds), pick(eligibleApplicantKinds)],
      themes: next() < 0.2 ? [] : [pick(themes)],
      ...callSearchTerms({ title: text(6), summary: text(20), funder: null, reference: null }),
    });
  }
  const needs: CompiledNeed[] = Array.from({ length: needCount }, (_, index) => ({
    id: `need-${index}`,
    municipalityId: 'm',
    title: '',
    category: pick(themes),
    estimatedBudgetCents: next() < 0.3 ? null : Math.floor(next() * 100) * 1_000_000,
    concepts: compileConcepts(analyseNeedConcepts({ title: text(5), description: text(15), targetGroups: [pick(terms)] }), pool),
  }));
  return { pool, needs };
}

/** Every call scored one by one: what the ranking must equal. */
function bruteForce(pool: CallPool, need: CompiledNeed, feedback?: NeedFeedback) {
  const scored: Array<{ id: string; score: number; hasFeedback: boolean }> = [];
  for (let slot = 0; slot < pool.size; slot++) {
    const call = pool.callAt(slot);
    if (!call) continue;
    const result = pool.withTerms(call, (terms) => scorePair(need, call, terms, { now, rarity: pool, feedback }));
    const hasFeedback = feedback?.verdicts.has(call.id) ?? false;
    if (result && (result.score >= scoreFloor || hasFeedback)) scored.push({ id: call.id, score: result.score, hasFeedback });
  }
  const order = (a: { id: string; score: number }, b: { id: string; score: number }) => b.score - a.score || (a.id < b.id ? -1 : 1);
  const kept = scored.filter((entry) => !entry.hasFeedback).sort(order).slice(0, matchesPerNeed);
  return [...kept, ...scored.filter((entry) => entry.hasFeedback)].sort(order).map(({ id, score }) => ({ id, score }));
}

describe('rankNeed', () => {
  it('finds exactly the best 50 calls that scoring every call one by one finds', () => {
    const { pool, needs } = corpus(7, 1200, 25);
    const run = createRankRun(pool, now);
    for (const need of needs) {
      const ranked = rankNeed(run, need, undefined).map((entry) => ({ id: entry.call.id, score: entry.score }));
      expect(ranked).toEqual(bruteForce(pool, need));
    }
  });

  it('keeps the calls given feedback besides the best 50, and applies the feedback as scoring one call does', () => {
    const { pool, needs } = corpus(11, 600, 6);
    const run = createRankRun(pool, now);
    for (const need of needs) {
      const [first, second] = bruteForce(pool, need);
      const feedback: NeedFeedback = {
        verdicts: new Map([
          [first!.id, 'not-relevant'],
          [second!.id, 'relevant'],
          ['call-0001', 'relevant'],
        ]),
        programmes: new Map([[pool.get(first!.id)!.programme, -1]]),
        funders: new Map([['EEA Grants', 1]]),
      };
      const ranked = rankNeed(run, need, feedback).map((entry) => ({ id: entry.call.id, score: entry.score }));
      expect(ranked).toEqual(bruteForce(pool, need, feedback));
      expect(ranked.at(-1)).toEqual({ id: first!.id, score: 0 });
    }
  });
});
