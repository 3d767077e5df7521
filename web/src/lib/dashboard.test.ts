import { describe, expect, it } from 'vitest';
import {
  countProposals,
  dashboardCsvHref,
  decidedProgrammes,
  fillQuarters,
  formatCompactEuros,
  formatQuarter,
  inProgressStatuses,
  sortByProposalCount,
} from './dashboard.ts';
import type { MunicipalityFigures, ProgrammeFigures, ProposalStatusCounts } from './dashboard-types.ts';

const none: ProposalStatusCounts = { idea: 0, drafting: 0, review: 0, submitted: 0, awarded: 0, rejected: 0, withdrawn: 0 };

function buildMunicipality(slug: string, nameEl: string, counts: Partial<ProposalStatusCounts>): MunicipalityFigures {
  return {
    municipality: { slug, name: slug, nameEl },
    proposalsByStatus: { ...none, ...counts },
    submitted: 0,
    awarded: 0,
    rejected: 0,
    successRate: null,
    requestedCents: 0,
    awardedCents: 0,
  };
}

function buildProgramme(programme: ProgrammeFigures['programme'], successRate: number | null): ProgrammeFigures {
  return { programme, submitted: 2, awarded: 1, rejected: 1, successRate, requestedCents: 0, awardedCents: 0 };
}

describe('countProposals', () => {
  it('adds every status, or only those asked for', () => {
    const counts = { ...none, idea: 2, drafting: 1, review: 1, awarded: 3 };
    expect(countProposals(counts)).toBe(7);
    expect(countProposals(counts, inProgressStatuses)).toBe(4);
  });
});

describe('sortByProposalCount', () => {
  it('puts the busiest municipality first and orders equals by their Greek name', () => {
    const rows = [
      buildMunicipality('larissa', 'Λάρισα', { idea: 1 }),
      buildMunicipality('athens', 'Αθήνα', { idea: 1 }),
      buildMunicipality('thessaloniki', 'Θεσσαλονίκη', { drafting: 2, awarded: 1 }),
    ];
    expect(sortByProposalCount(rows, 'el').map((row) => row.municipality.slug)).toEqual(['thessaloniki', 'athens', 'larissa']);
  });
});

describe('decidedProgrammes', () => {
  it('leaves out programmes with nothing decided and keeps the programme list’s order', () => {
    const rows = [buildProgramme('donor', 1), buildProgramme('amif', null), buildProgramme('esf-plus', 0.5)];
    expect(decidedProgrammes(rows).map((row) => row.programme)).toEqual(['esf-plus', 'donor']);
  });
});

describe('fillQuarters', () => {
  it('puts quarters in order and fills the quiet ones with zeros', () => {
    expect(
      fillQuarters([
        { period: '2026-Q1', requestedCents: 300, awardedCents: 0 },
        { period: '2025-Q3', requestedCents: 100, awardedCents: 50 },
      ]),
    ).toEqual([
      { period: '2025-Q3', requestedCents: 100, awardedCents: 50 },
      { period: '2025-Q4', requestedCents: 0, awardedCents: 0 },
      { period: '2026-Q1', requestedCents: 300, awardedCents: 0 },
    ]);
  });

  it('gives nothing for no money, and skips a period it cannot read', () => {
    expect(fillQuarters([])).toEqual([]);
    expect(fillQuarters([{ period: 'later', requestedCents: 1, awardedCents: 1 }])).toEqual([]);
  });
});

describe('formatQuarter', () => {
  it('names the quarter in Greek and in English', () => {
    expect(formatQuarter('2026-Q1', 'el')).toBe('Α΄ τρίμ. 2026');
    expect(formatQuarter('2025-Q4', 'en')).toBe('Q4 2025');
    expect(formatQuarter('2025', 'en')).toBe('2025');
  });
});

describe('formatCompactEuros', () => {
  it('writes millions the Greek way with a decimal comma', () => {
    expect(formatCompactEuros(1_250_000, 'el').replace(/\s/g, ' ')).toBe('1,3 εκ. €');
    // ICU writes "m" or "M" for millions in British English depending on its version.
    expect(formatCompactEuros(1_250_000, 'en')).toMatch(/^€1\.3[mM]$/);
  });
});

describe('dashboardCsvHref', () => {
  it('asks for one table of the scope shown', () => {
    expect(dashboardCsvHref('funds', 'athens')).toBe('/api/dashboard.csv?table=funds&municipality=athens');
    expect(dashboardCsvHref('pipeline', undefined)).toBe('/api/dashboard.csv?table=pipeline');
  });
});
