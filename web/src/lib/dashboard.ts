import type { Language } from '../i18n/language.ts';
import { localeOf } from '../i18n/language.ts';
import { programmes } from './api-types.ts';
import type { DashboardCsvTable, FundsPeriod, MunicipalityFigures, ProgrammeFigures, ProposalStatusCounts } from './dashboard-types.ts';
import { proposalStatuses, type ProposalStatus } from './proposal-types.ts';

/** Still being written: what the network has in its hands before the funder does. */
export const inProgressStatuses: readonly ProposalStatus[] = ['idea', 'drafting', 'review'];

/** Sent to the funder, whatever it has answered since: the contract's "submitted". */
export const submittedStatuses: readonly ProposalStatus[] = ['submitted', 'awarded', 'rejected'];

export function countProposals(counts: ProposalStatusCounts, statuses: readonly ProposalStatus[] = proposalStatuses): number {
  return statuses.reduce((sum, status) => sum + (counts[status] ?? 0), 0);
}

/** Municipalities with the most proposals first; alphabetical (in the language shown) among equals. */
export function sortByProposalCount(rows: MunicipalityFigures[], language: Language): MunicipalityFigures[] {
  const nameOf = (row: MunicipalityFigures) => (language === 'el' ? row.municipality.nameEl : row.municipality.name);
  return [...rows].sort(
    (a, b) =>
      countProposals(b.proposalsByStatus) - countProposals(a.proposalsByStatus) ||
      nameOf(a).localeCompare(nameOf(b), localeOf[language]),
  );
}

/**
 * The programmes the success rate can be told for (something was decided), in the order of the programme
 * list; a programme with nothing decided would show as a misleading 0 %.
 */
export function decidedProgrammes(rows: ProgrammeFigures[]): (ProgrammeFigures & { successRate: number })[] {
  const order = (programme: string) => {
    const index = (programmes as readonly string[]).indexOf(programme);
    return index === -1 ? programmes.length : index;
  };
  return rows
    .filter((row): row is ProgrammeFigures & { successRate: number } => row.successRate !== null)
    .sort((a, b) => order(a.programme) - order(b.programme));
}

const quarterPattern = /^(\d{4})-Q([1-4])$/;

function quarterIndex(period: string): number | null {
  const match = quarterPattern.exec(period);
  return match ? Number(match[1]) * 4 + Number(match[2]) - 1 : null;
}

function quarterOf(index: number): string {
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/**
 * The quarters from the first to the last with money, each once and in order; a quarter with nothing
 * submitted or awarded is there with zeros, so that the line does not jump over it as if time stood still.
 */
export function fillQuarters(points: FundsPeriod[]): FundsPeriod[] {
  const byIndex = new Map<number, FundsPeriod>();
  for (const point of points) {
    const index = quarterIndex(point.period);
    if (index === null) continue;
    const known = byIndex.get(index);
    byIndex.set(index, {
      period: point.period,
      requestedCents: (known?.requestedCents ?? 0) + point.requestedCents,
      awardedCents: (known?.awardedCents ?? 0) + point.awardedCents,
    });
  }
  if (byIndex.size === 0) return [];
  const indexes = [...byIndex.keys()];
  const filled: FundsPeriod[] = [];
  for (let index = Math.min(...indexes); index <= Math.max(...indexes); index += 1) {
    filled.push(byIndex.get(index) ?? { period: quarterOf(index), requestedCents: 0, awardedCents: 0 });
  }
  return filled;
}

const quarterNamesEl = ['Α΄', 'Β΄', 'Γ΄', 'Δ΄'];

/** "2026-Q1" → "Α΄ τρίμ. 2026" / "Q1 2026"; anything else is shown as it came. */
export function formatQuarter(period: string, language: Language): string {
  const match = quarterPattern.exec(period);
  if (!match) return period;
  const quarter = Number(match[2]);
  return language === 'el' ? `${quarterNamesEl[quarter - 1]} τρίμ. ${match[1]}` : `Q${quarter} ${match[1]}`;
}

const compactFormatters = new Map<Language, Intl.NumberFormat>();

/** Euro amounts on an axis: "1,2 εκ. €" / "€1.2M", short enough for a tick under a phone's width. */
export function formatCompactEuros(euros: number, language: Language): string {
  let formatter = compactFormatters.get(language);
  if (!formatter) {
    formatter = new Intl.NumberFormat(localeOf[language], {
      style: 'currency',
      currency: 'EUR',
      notation: 'compact',
      maximumFractionDigits: 1,
    });
    compactFormatters.set(language, formatter);
  }
  return formatter.format(euros);
}

/** The CSV of one table of the dashboard, for the scope shown (none: the whole network). */
export function dashboardCsvHref(table: DashboardCsvTable, municipality: string | undefined): string {
  const search = new URLSearchParams({ table });
  if (municipality) search.set('municipality', municipality);
  return `/api/dashboard.csv?${search}`;
}
