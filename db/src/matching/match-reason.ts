import type { EligibleApplicantKind, MatchVerdict, Programme } from '../schema/index.ts';

/**
 * Why a call fits a need, as data: the web app words it in Greek or English, and `describeReason` gives the
 * English sentence the API sends beside it. Stored in `matches.reasons`.
 */
export type MatchReason =
  | { kind: 'theme'; theme: string }
  | { kind: 'eligible'; applicants: EligibleApplicantKind[] }
  | { kind: 'eligibility-unknown' }
  | { kind: 'ineligible'; applicants: EligibleApplicantKind[] }
  | { kind: 'deadline'; days: number }
  | { kind: 'closed'; withdrawn?: boolean }
  | { kind: 'forthcoming'; opensInDays: number }
  | { kind: 'budget'; maxGrantCents?: number; budgetCents?: number; estimateCents: number; covers: boolean }
  | { kind: 'words'; words: string[] }
  | { kind: 'programme'; programme: Programme }
  // `via`: the verdict was given on another call of the same programme or funder, not on this one.
  | { kind: 'feedback'; verdict: MatchVerdict; via?: 'programme' | 'funder' };

export const programmeLabels: Record<Programme, string> = {
  'esf-plus': 'ESF+',
  amif: 'AMIF',
  cerv: 'CERV',
  isf: 'ISF',
  bmvi: 'BMVI',
  'erasmus-plus': 'Erasmus+',
  'horizon-europe': 'Horizon Europe',
  'eea-grants': 'EEA Grants',
  'urban-initiative': 'European Urban Initiative',
  national: 'national programme',
  donor: 'donor programme',
  other: 'other programme',
};

/** Euro cents as people say them in a sentence: 500k €, 1.2M €, 750 €. */
export function formatEuros(cents: number): string {
  const euros = cents / 100;
  if (euros >= 1_000_000) return `${Number((euros / 1_000_000).toFixed(1))}M €`;
  if (euros >= 1_000) return `${Number((euros / 1_000).toFixed(euros >= 100_000 ? 0 : 1))}k €`;
  return `${Math.round(euros)} €`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

const applicantLabel = (kind: EligibleApplicantKind) => kind.replace(/-/g, ' ');

/** The English sentence of a reason; `themeNames` turns theme slugs into their names. */
export function describeReason(reason: MatchReason, themeNames?: ReadonlyMap<string, string>): string {
  switch (reason.kind) {
    case 'theme':
      return `theme: ${(themeNames?.get(reason.theme) ?? reason.theme).toLocaleLowerCase('en')}`;
    case 'eligible':
      return `eligible: ${reason.applicants.map(applicantLabel).join(', ')}`;
    case 'eligibility-unknown':
      return 'eligible applicants not stated';
    case 'ineligible':
      return `applicants: ${reason.applicants.map(applicantLabel).join(', ')} (not municipalities)`;
    case 'deadline':
      return reason.days <= 0 ? 'deadline today' : `deadline in ${plural(reason.days, 'day')}`;
    case 'closed':
      return reason.withdrawn ? 'withdrawn' : 'closed';
    case 'forthcoming':
      return reason.opensInDays <= 0 ? 'opens today' : `opens in ${plural(reason.opensInDays, 'day')}`;
    case 'budget': {
      const amount = reason.maxGrantCents !== undefined ? `budget up to ${formatEuros(reason.maxGrantCents)}` : `total budget ${formatEuros(reason.budgetCents ?? 0)}`;
      return reason.covers ? `${amount} covers the estimate` : `${amount} is below the estimate of ${formatEuros(reason.estimateCents)}`;
    }
    case 'words':
      return `words: ${reason.words.join(', ')}`;
    case 'programme':
      return `programme: ${programmeLabels[reason.programme]}`;
    case 'feedback': {
      const verdict = reason.verdict === 'relevant' ? 'relevant' : 'not relevant';
      return reason.via ? `a call of the same ${reason.via} was marked ${verdict}` : `marked ${verdict}`;
    }
  }
}

export function describeReasons(reasons: readonly MatchReason[], themeNames?: ReadonlyMap<string, string>): string[] {
  return reasons.map((reason) => describeReason(reason, themeNames));
}
