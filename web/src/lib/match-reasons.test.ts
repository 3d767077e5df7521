import { describe, expect, it } from 'vitest';
import type { MatchReason } from './api-types.ts';
import { describeReason, listReasons, scorePercent, type ReasonNames } from './match-reasons.ts';

const greek: ReasonNames = {
  language: 'el',
  theme: (slug) => (slug === 'labour-market' ? 'Εκπαίδευση και ένταξη στην αγορά εργασίας' : slug),
  applicant: (kind) => ({ municipalities: 'Δήμοι', ngos: 'ΜΚΟ' })[kind] ?? kind,
  programme: (slug) => (slug === 'amif' ? 'ΤΑΜΕ (AMIF)' : slug),
};

describe('describeReason', () => {
  it('names themes, applicants and programmes in the current language', () => {
    expect(describeReason({ kind: 'theme', theme: 'labour-market' }, greek)).toEqual({
      tone: 'for',
      key: 'match.reason.theme',
      params: { theme: 'Εκπαίδευση και ένταξη στην αγορά εργασίας' },
    });
    expect(describeReason({ kind: 'eligible', applicants: ['municipalities', 'ngos'] }, greek)).toEqual({
      tone: 'for',
      key: 'match.reason.eligible',
      params: { applicants: 'Δήμοι και ΜΚΟ' },
    });
    expect(describeReason({ kind: 'programme', programme: 'amif' }, greek)).toMatchObject({ params: { programme: 'ΤΑΜΕ (AMIF)' } });
  });

  it('speaks against closed, withdrawn and ineligible calls', () => {
    expect(describeReason({ kind: 'closed' }, greek)).toEqual({ tone: 'against', key: 'match.reason.closed' });
    expect(describeReason({ kind: 'closed', withdrawn: true }, greek)).toEqual({ tone: 'against', key: 'match.reason.withdrawn' });
    expect(describeReason({ kind: 'ineligible', applicants: ['ngos'] }, greek)).toMatchObject({
      tone: 'against',
      params: { applicants: 'ΜΚΟ' },
    });
  });

  it('counts days with plural forms, and says "today" for none', () => {
    expect(describeReason({ kind: 'deadline', days: 34 }, greek)).toEqual({ tone: 'for', countKey: 'match.reason.deadline', count: 34 });
    expect(describeReason({ kind: 'deadline', days: 0 }, greek)).toEqual({ tone: 'for', key: 'match.reason.deadlineToday' });
    expect(describeReason({ kind: 'forthcoming', opensInDays: 3 }, greek)).toMatchObject({ countKey: 'match.reason.forthcoming', count: 3 });
  });

  it('tells a grant per proposal from a whole budget, in euro of the language', () => {
    const perProposal = describeReason({ kind: 'budget', maxGrantCents: 50_000_000, estimateCents: 25_000_000, covers: true }, greek);
    expect(perProposal).toMatchObject({ tone: 'for', key: 'match.reason.budgetCovers' });
    expect(perProposal && 'params' in perProposal ? perProposal.params : null).toEqual({ amount: '500.000\u00a0€', estimate: '250.000\u00a0€' });
    expect(describeReason({ kind: 'budget', budgetCents: 10_000_000, estimateCents: 25_000_000, covers: false }, greek)).toMatchObject({
      tone: 'against',
      key: 'match.reason.totalBudgetShort',
    });
  });

  it('tells feedback on this call from feedback on another of the same programme', () => {
    expect(describeReason({ kind: 'feedback', verdict: 'not-relevant' }, greek)).toEqual({
      tone: 'against',
      key: 'match.reason.feedbackNotRelevant',
    });
    expect(describeReason({ kind: 'feedback', verdict: 'relevant', via: 'programme' }, greek)).toEqual({
      tone: 'for',
      key: 'match.reason.feedbackRelevantProgramme',
    });
  });

  it('gives up on what it does not know', () => {
    expect(describeReason({ kind: 'lottery' } as unknown as MatchReason, greek)).toBeNull();
    expect(describeReason({ kind: 'words', words: [] }, greek)).toBeNull();
    expect(describeReason({ kind: 'budget', estimateCents: 1, covers: true }, greek)).toBeNull();
  });
});

describe('listReasons', () => {
  it('falls back to the API’s sentence at the same place for an unknown detail', () => {
    const shown = listReasons(
      {
        details: [{ kind: 'theme', theme: 'labour-market' }, { kind: 'lottery' } as unknown as MatchReason],
        reasons: ['theme: education and labour-market integration', 'won the lottery'],
      },
      greek,
    );
    expect(shown).toHaveLength(2);
    expect(shown[0]).toMatchObject({ tone: 'for' });
    expect(shown[1]).toEqual({ tone: 'neutral', text: 'won the lottery' });
  });

  it('shows the sentences when there are no details', () => {
    expect(listReasons({ reasons: ['deadline in 34 days'] }, greek)).toEqual([{ tone: 'neutral', text: 'deadline in 34 days' }]);
    expect(listReasons({}, greek)).toEqual([]);
  });
});

describe('scorePercent', () => {
  it('is a whole percentage between 0 and 100', () => {
    expect(scorePercent(0.876)).toBe(88);
    expect(scorePercent(1.2)).toBe(100);
    expect(scorePercent(-1)).toBe(0);
    expect(scorePercent(Number.NaN)).toBe(0);
  });
});
