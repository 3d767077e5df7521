import { describe, expect, it } from 'vitest';
import { callSearchTerms } from '../search/call-search-index.ts';
import { buildCallFields } from '../testing/factories.ts';
import type { CallFields } from '../calls/call-fields.ts';
import { CallPool, type PoolCall } from './call-pool.ts';
import { analyseNeedConcepts, type NeedText } from './need-profile.ts';
import { compileConcepts } from './need-profiles.ts';
import { scoreMatch, type MatchNeedFacts, type NeedFeedback } from './score.ts';

const now = new Date('2026-11-26T10:00:00.000Z');
const inDays = (days: number) => new Date(now.getTime() + days * 86_400_000).toISOString();

/** A pool of calls as the matcher holds them, from call fields as stored. */
function poolOf(calls: Array<Partial<CallFields> & { id: string }>) {
  const pool = new CallPool(Date.now());
  const byId = new Map<string, PoolCall>();
  for (const { id, ...overrides } of calls) {
    const fields = buildCallFields(overrides);
    const terms = callSearchTerms(fields);
    const call = pool.upsert({
      id,
      programme: fields.programme,
      funder: fields.funder,
      withdrawn: fields.withdrawn,
      statusHint: fields.statusHint,
      openingMs: fields.openingDate ? Date.parse(fields.openingDate) : null,
      deadlineMs: fields.deadline ? Date.parse(fields.deadline) : null,
      budgetCents: fields.budgetCents,
      maxGrantCents: fields.maxGrantCents,
      eligibleApplicants: fields.eligibleApplicants,
      themes: fields.themes,
      titleTerms: terms.titleTerms,
      bodyTerms: terms.bodyTerms,
    });
    byId.set(id, call);
  }
  return { pool, call: (id: string) => byId.get(id)! };
}

function needOf(pool: CallPool, text: Partial<NeedText> & { category: string; estimatedBudgetCents?: number | null }): MatchNeedFacts {
  const concepts = analyseNeedConcepts({ title: text.title ?? '', description: text.description ?? '', targetGroups: text.targetGroups ?? [] });
  return { category: text.category, estimatedBudgetCents: text.estimatedBudgetCents ?? null, concepts: compileConcepts(concepts, pool) };
}

function score(pool: CallPool, need: MatchNeedFacts, call: PoolCall, feedback?: NeedFeedback) {
  return pool.withTerms(call, (terms) => scoreMatch(need, call, terms, { now, rarity: pool, feedback }));
}

const labourNeed = {
  title: 'Ένταξη προσφύγων στην αγορά εργασίας',
  description: 'Συμβουλευτική απασχόλησης και κατάρτιση για πρόσφυγες.',
  category: 'labour-market',
  estimatedBudgetCents: 40_000_000,
};

const openEligible = {
  title: 'Labour market integration of refugees',
  summary: 'Municipalities connect refugees with local employers.',
  themes: ['labour-market'],
  eligibleApplicants: ['municipalities' as const],
  openingDate: inDays(-10),
  deadline: inDays(34),
  maxGrantCents: 50_000_000,
  programme: 'esf-plus' as const,
};

const filler = Array.from({ length: 30 }, (_, index) => ({
  id: `filler-${index}`,
  title: `Energy renovation of public buildings ${index}`,
  summary: 'Solar panels and insulation for schools.',
  themes: ['networking'],
  programme: 'national' as const,
}));

describe('scoreMatch', () => {
  it('ranks an eligible open call on the need’s theme above a closed one and an ineligible one with the same words', () => {
    const { pool, call } = poolOf([
      { id: 'open', ...openEligible },
      { id: 'closed', ...openEligible, deadline: inDays(-3) },
      { id: 'ngos-only', ...openEligible, eligibleApplicants: ['ngos'] },
      ...filler,
    ]);
    const need = needOf(pool, labourNeed);
    const open = score(pool, need, call('open'))!;
    const closed = score(pool, need, call('closed'))!;
    const ineligible = score(pool, need, call('ngos-only'))!;
    expect(open.score).toBeGreaterThanOrEqual(0.5);
    expect(closed.score).toBeLessThanOrEqual(0.45);
    expect(ineligible.score).toBeLessThanOrEqual(0.45);
    expect(closed.reasons).toContain('closed');
    expect(ineligible.reasons).toContain('applicants: ngos (not municipalities)');
    expect(ineligible.details).toContainEqual({ kind: 'ineligible', applicants: ['ngos'] });
  });

  it('keeps a closed call with every word of the need below an open eligible call that shares only the theme', () => {
    const { pool, call } = poolOf([
      { id: 'closed-perfect', ...openEligible, deadline: inDays(-1) },
      { id: 'theme-only', title: 'Στήριξη δήμων', summary: 'Γενική χρηματοδότηση.', themes: ['labour-market'], programme: 'national' },
      ...filler,
    ]);
    const need = needOf(pool, labourNeed);
    expect(score(pool, need, call('theme-only'))!.score).toBeGreaterThan(score(pool, need, call('closed-perfect'))!.score);
  });

  it('finds an English call for a Greek need through the glossary and says why in English', () => {
    const { pool, call } = poolOf([{ id: 'english', ...openEligible, themes: [] }, ...filler]);
    const need = needOf(pool, { title: 'Ένταξη προσφύγων στην αγορά εργασίας', category: 'municipal-services', estimatedBudgetCents: 40_000_000 });
    const match = score(pool, need, call('english'))!;
    expect(match).not.toBeNull();
    const words = match.details.find((reason) => reason.kind === 'words');
    expect(words).toBeDefined();
    expect(new Set(words && 'words' in words ? words.words : [])).toEqual(new Set(['αγορά εργασίας', 'ένταξη', 'προσφύγων']));
    expect(match.reasons).toEqual([
      'eligible: municipalities',
      'deadline in 34 days',
      'budget up to 500k € covers the estimate',
      expect.stringMatching(/^words: /),
      'programme: ESF+',
    ]);
  });

  it('explains theme, eligibility, time left, budget and programme', () => {
    const { pool, call } = poolOf([{ id: 'open', ...openEligible }, ...filler]);
    const match = score(pool, needOf(pool, labourNeed), call('open'))!;
    expect(match.details.slice(0, 4)).toEqual([
      { kind: 'theme', theme: 'labour-market' },
      { kind: 'eligible', applicants: ['municipalities'] },
      { kind: 'deadline', days: 34 },
      { kind: 'budget', maxGrantCents: 50_000_000, estimateCents: 40_000_000, covers: true },
    ]);
    expect(match.reasons[0]).toBe('theme: labour-market');
  });

  it('is no match when the call shares neither the theme nor a rarer word', () => {
    const { pool, call } = poolOf([{ id: 'unrelated', title: 'Solar panels on schools', summary: 'Energy.', themes: ['networking'] }, ...filler]);
    expect(score(pool, needOf(pool, labourNeed), call('unrelated'))).toBeNull();
  });

  it('treats unstated applicants as possible and public bodies as including municipalities', () => {
    const { pool, call } = poolOf([
      { id: 'unknown', ...openEligible, eligibleApplicants: [] },
      { id: 'public', ...openEligible, eligibleApplicants: ['public-bodies'] },
      ...filler,
    ]);
    const need = needOf(pool, labourNeed);
    const unknown = score(pool, need, call('unknown'))!;
    const publicBodies = score(pool, need, call('public'))!;
    expect(unknown.score).toBeGreaterThanOrEqual(0.5);
    expect(unknown.reasons).toContain('eligible applicants not stated');
    expect(publicBodies.score).toBeGreaterThanOrEqual(0.5);
    expect(publicBodies.reasons).toContain('eligible: public bodies');
  });

  it('sinks a call marked not relevant, lifts one marked relevant, and moves calls of the same programme', () => {
    const { pool, call } = poolOf([
      { id: 'a', ...openEligible, programme: 'amif', funder: 'European Commission' },
      { id: 'b', ...openEligible, programme: 'amif', funder: 'Fondation X', title: 'Refugees in work' },
      { id: 'c', ...openEligible, programme: 'cerv', funder: 'Fondation Y', title: 'Refugees in work' },
      ...filler,
    ]);
    const need = needOf(pool, labourNeed);
    const none: NeedFeedback = { verdicts: new Map(), programmes: new Map(), funders: new Map() };
    const rejectedA: NeedFeedback = { verdicts: new Map([['a', 'not-relevant']]), programmes: new Map([['amif', -1]]), funders: new Map([['European Commission', -1]]) };
    const likedA: NeedFeedback = { verdicts: new Map([['a', 'relevant']]), programmes: new Map([['amif', 1]]), funders: new Map([['European Commission', 1]]) };

    const sunk = score(pool, need, call('a'), rejectedA)!;
    expect(sunk.score).toBe(0);
    expect(sunk.details.at(-1)).toEqual({ kind: 'feedback', verdict: 'not-relevant' });
    expect(sunk.reasons.at(-1)).toBe('marked not relevant');

    expect(score(pool, need, call('a'), likedA)!.score).toBeGreaterThan(score(pool, need, call('a'), none)!.score);
    expect(score(pool, need, call('a'), likedA)!.score).toBeLessThanOrEqual(1);

    const sameProgramme = score(pool, need, call('b'), rejectedA)!;
    expect(sameProgramme.score).toBeLessThan(score(pool, need, call('b'), none)!.score);
    expect(sameProgramme.details.at(-1)).toEqual({ kind: 'feedback', verdict: 'not-relevant', via: 'programme' });
    expect(score(pool, need, call('b'), likedA)!.score).toBeGreaterThan(score(pool, need, call('b'), none)!.score);
    expect(score(pool, need, call('c'), rejectedA)!.score).toBe(score(pool, need, call('c'), none)!.score);
  });

  it('says how long until a forthcoming call opens and prefers weeks left over days', () => {
    const { pool, call } = poolOf([
      { id: 'soon', ...openEligible, deadline: inDays(3) },
      { id: 'weeks', ...openEligible, deadline: inDays(40) },
      { id: 'forthcoming', ...openEligible, openingDate: inDays(12), deadline: inDays(80) },
      ...filler,
    ]);
    const need = needOf(pool, labourNeed);
    expect(score(pool, need, call('weeks'))!.score).toBeGreaterThan(score(pool, need, call('soon'))!.score);
    expect(score(pool, need, call('forthcoming'))!.reasons).toContain('opens in 12 days');
    expect(score(pool, need, call('soon'))!.reasons).toContain('deadline in 3 days');
  });
});
