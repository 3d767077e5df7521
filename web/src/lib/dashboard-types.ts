import type { IsoDateTime, PlaceRef, Programme } from './api-types.ts';
import type { ProposalStatus } from './proposal-types.ts';

// The shapes of /api/dashboard and /api/reports/annual as the contract gives them (issue 6 spec, helper D).
// A proposal counts for its lead municipality; "submitted" means submitted, awarded or rejected.

export type ProposalStatusCounts = Record<ProposalStatus, number>;

export interface ProgrammeFigures {
  programme: Programme;
  submitted: number;
  awarded: number;
  rejected: number;
  /** awarded / (awarded + rejected); null while nothing has been decided. */
  successRate: number | null;
  requestedCents: number;
  awardedCents: number;
}

export interface MunicipalityFigures {
  municipality: PlaceRef;
  proposalsByStatus: ProposalStatusCounts;
  submitted: number;
  awarded: number;
  rejected: number;
  successRate: number | null;
  requestedCents: number;
  awardedCents: number;
}

/** Sums of one quarter in Athens, e.g. "2026-Q1": requested when first submitted, awarded when awarded. */
export interface FundsPeriod {
  period: string;
  requestedCents: number;
  awardedCents: number;
}

export interface UpcomingDeadline {
  callId: string | null;
  proposalId: string | null;
  title: string;
  deadline: IsoDateTime;
  municipality: PlaceRef | null;
}

/** A need (identified or in progress) that no open or forthcoming call fits. */
export interface FundingGap {
  needId: string;
  title: string;
  /** A theme slug. */
  category: string;
  municipality: PlaceRef;
}

export interface Dashboard {
  /** null: the whole network. */
  municipality: PlaceRef | null;
  proposalsByStatus: ProposalStatusCounts;
  requestedCents: number;
  awardedCents: number;
  successRate: number | null;
  byProgramme: ProgrammeFigures[];
  byMunicipality: MunicipalityFigures[];
  fundsOverTime: FundsPeriod[];
  upcomingDeadlines: UpcomingDeadline[];
  needsWithoutOpenCall: string[];
  gaps: FundingGap[];
}

/** The tables GET /api/dashboard.csv can give, one per part of the page. */
export const dashboardCsvTables = ['pipeline', 'programmes', 'municipalities', 'funds', 'deadlines', 'gaps'] as const;
export type DashboardCsvTable = (typeof dashboardCsvTables)[number];

/** "CNI in numbers" for one calendar year in Athens. */
export interface AnnualReport {
  year: number;
  municipalities: number;
  needsIdentified: number;
  callsCollected: number;
  officialAnnouncements: number;
  proposalsStarted: number;
  proposalsSubmitted: number;
  proposalsAwarded: number;
  successRate: number | null;
  requestedCents: number;
  awardedCents: number;
  byProgramme: ProgrammeFigures[];
  goodPractices: number;
  /** Network and public lessons only. */
  lessonsShared: number;
  topThemes: { theme: string; needs: number }[];
}
