import { query, type RoutePreloadFunc } from '@solidjs/router';
import { api } from '../../lib/api.ts';
import { athensYear, readReportYear } from '../../lib/annual-report.ts';
import type { AnnualReport } from '../../lib/dashboard-types.ts';
import { getThemes } from '../municipalities/municipality.data.ts';

export { getThemes };

/** "CNI in numbers" for one year in Athens; any member may read it. */
export const getAnnualReport = query(
  (year: number) => api.get<AnnualReport>(`/api/reports/annual?${new URLSearchParams({ year: String(year) })}`),
  'annual-report',
);

export const preloadReport: RoutePreloadFunc = ({ location }) => {
  void getAnnualReport(readReportYear(new URLSearchParams(location.search).get('year') ?? undefined, athensYear(new Date())));
  void getThemes();
};
