import { formatAthensDateTime, proposalStatuses, type Dashboard, type MunicipalityRef } from '@cni/db';
import { formatEuros, type CsvCell } from './build-csv.ts';

export const dashboardTables = ['pipeline', 'programmes', 'municipalities', 'funds', 'deadlines', 'gaps'] as const;
export type DashboardTable = (typeof dashboardTables)[number];

interface Table {
  header: string[];
  rows: CsvCell[][];
}

const rate = (value: number | null): CsvCell => (value === null ? null : value.toFixed(4));
const municipalityCells = (municipality: MunicipalityRef | null): CsvCell[] =>
  municipality ? [municipality.slug, municipality.name, municipality.nameEl] : [null, null, null];
const municipalityHeader = ['municipality', 'name', 'name_el'];

/**
 * The dashboard's tables as spreadsheet rows: the same figures as the JSON, money in euros, success rates as
 * ratios, deadlines as Athens clock time. Headers are stable identifiers (snake_case), not translated labels.
 */
export function dashboardTable(dashboard: Dashboard, table: DashboardTable): Table {
  switch (table) {
    case 'pipeline':
      return { header: ['status', 'proposals'], rows: proposalStatuses.map((status) => [status, dashboard.proposalsByStatus[status]]) };
    case 'programmes':
      return {
        header: ['programme', 'submitted', 'awarded', 'rejected', 'success_rate', 'requested_eur', 'awarded_eur'],
        rows: dashboard.byProgramme.map((row) => [
          row.programme,
          row.submitted,
          row.awarded,
          row.rejected,
          rate(row.successRate),
          formatEuros(row.requestedCents),
          formatEuros(row.awardedCents),
        ]),
      };
    case 'municipalities':
      return {
        header: [...municipalityHeader, ...proposalStatuses.map((status) => `status_${status}`), 'submitted', 'success_rate', 'requested_eur', 'awarded_eur'],
        rows: dashboard.byMunicipality.map((row) => [
          ...municipalityCells(row.municipality),
          ...proposalStatuses.map((status) => row.proposalsByStatus[status]),
          row.submitted,
          rate(row.successRate),
          formatEuros(row.requestedCents),
          formatEuros(row.awardedCents),
        ]),
      };
    case 'funds':
      return {
        header: ['period', 'requested_eur', 'awarded_eur'],
        rows: dashboard.fundsOverTime.map((row) => [row.period, formatEuros(row.requestedCents), formatEuros(row.awardedCents)]),
      };
    case 'deadlines':
      return {
        header: ['deadline_athens', 'title', ...municipalityHeader, 'call_id', 'proposal_id'],
        rows: dashboard.upcomingDeadlines.map((row) => [
          formatAthensDateTime(row.deadline),
          row.title,
          ...municipalityCells(row.municipality),
          row.callId,
          row.proposalId,
        ]),
      };
    case 'gaps':
      return {
        header: ['need_id', 'title', 'category', ...municipalityHeader],
        rows: dashboard.gaps.map((row) => [row.needId, row.title, row.category, ...municipalityCells(row.municipality)]),
      };
  }
}
