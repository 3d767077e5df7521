// The shapes the API answers with, written by hand from the contract (/api/openapi.json is the
// authority). The web talks to the API over HTTP only, so nothing here imports another package.

/** ISO 8601 instant in UTC, e.g. "2026-03-31T21:30:00Z". */
export type IsoDateTime = string;

export const roles = ['officer', 'coordinator', 'liaison', 'admin'] as const;
export type Role = (typeof roles)[number];

export interface MunicipalityRef {
  id: string;
  slug: string;
  /** English name. */
  name: string;
  /** Greek name. */
  nameEl: string;
}

export interface Me {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** The officer's municipality; null for the network-wide roles. */
  municipality: MunicipalityRef | null;
  /** Secret address of the user's personal iCal feed. */
  calendarUrl: string;
}

export interface Municipality extends MunicipalityRef {
  region: string;
  regionEl?: string;
}

export interface MunicipalityDetail extends Municipality {
  needCount: number;
}

export const needStatuses = ['identified', 'in-progress', 'addressed', 'archived'] as const;
export type NeedStatus = (typeof needStatuses)[number];

/** 1 is the most urgent. */
export type NeedPriority = 1 | 2 | 3;

export interface Need {
  id: string;
  municipalityId: string;
  title: string;
  description: string;
  /** A theme slug. */
  category: string;
  targetGroups: string[];
  priority: NeedPriority;
  /** Integer euro cents. */
  estimatedBudgetCents: number | null;
  status: NeedStatus;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

export interface Theme {
  slug: string;
  name: string;
  nameEl: string;
  description: string;
  descriptionEl: string;
}

/** Every non-2xx answer of the API carries this envelope. */
export interface ApiErrorEnvelope {
  error: {
    code: string;
    message: string;
    requestId?: string;
    /** With 400 validation errors: each refused field. */
    issues?: { path: string | (string | number)[]; message: string }[];
  };
}

/** One thing the API's validation refused: where (`path`, e.g. ["budgetCents"]) and why. */
export interface ValidationIssue {
  path: string[];
  message: string;
}

// Calls and sources: the vocabularies match db/src/schema/call-vocabulary.ts (kept as copies: the web
// reaches the API over HTTP only). An unknown value from a newer API is shown as it is, never an error.

export const callStatuses = ['forthcoming', 'open', 'closed', 'withdrawn'] as const;
export type CallStatus = (typeof callStatuses)[number];

/** What the list can be filtered by; a withdrawn call is only ever seen, never searched for. */
export const callStatusFilters = ['forthcoming', 'open', 'closed'] as const;
export type CallStatusFilter = (typeof callStatusFilters)[number];

export const programmes = [
  'esf-plus',
  'amif',
  'cerv',
  'isf',
  'bmvi',
  'erasmus-plus',
  'horizon-europe',
  'eea-grants',
  'urban-initiative',
  'national',
  'donor',
  'other',
] as const;
export type Programme = (typeof programmes)[number];

export const eligibleApplicantKinds = [
  'municipalities',
  'regions',
  'public-bodies',
  'ngos',
  'international-organisations',
  'businesses',
  'universities',
  'individuals',
] as const;
export type EligibleApplicantKind = (typeof eligibleApplicantKinds)[number];

export const callSorts = ['relevance', 'deadline', 'newest'] as const;
export type CallSort = (typeof callSorts)[number];

export type CallLanguage = 'el' | 'en';

export interface Call {
  id: string;
  title: string;
  summary: string;
  url: string | null;
  funder: string | null;
  programme: Programme;
  /** The source's own identifier: the EU portal's topic id, the ΑΔΑ on Diavgeia, a call code. */
  reference: string | null;
  status: CallStatus;
  openingDate: IsoDateTime | null;
  deadline: IsoDateTime | null;
  /** Integer cents of `currency`. */
  budgetCents: number | null;
  currency: string;
  maxGrantCents: number | null;
  /** Share the funder pays, 0..1. */
  cofinancingRate: number | null;
  eligibleApplicants: EligibleApplicantKind[];
  /** Theme slugs (GET /api/themes). */
  themes: string[];
  language: CallLanguage;
  /** Announced by the ministry liaison or taken from the funder's own publication. */
  official: boolean;
  firstSeenAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

/** Number of calls per value of each facet, for the whole search (not just the page). */
export interface CallFacets {
  status?: Partial<Record<string, number>>;
  programme?: Partial<Record<string, number>>;
  theme?: Partial<Record<string, number>>;
  applicant?: Partial<Record<string, number>>;
}

/** A text with the parts that matched the search: [start, end) offsets into `text` (UTF-16, as JavaScript counts). */
export interface HighlightedText {
  text: string;
  highlights: [number, number][];
}

/** A call as the list answers it; `highlight` only when the search had words (`q`). */
export interface CallListItem extends Call {
  highlight?: {
    title: HighlightedText;
    /** A snippet of the summary around the matches. */
    summary: HighlightedText;
  };
}

export interface CallPage {
  items: CallListItem[];
  total: number;
  page: number;
  pageSize: number;
  facets?: CallFacets;
}

export interface CallSearch {
  q?: string;
  status?: CallStatusFilter;
  programme?: Programme;
  /** A theme slug. */
  theme?: string;
  applicant?: EligibleApplicantKind;
  sort?: CallSort;
  page?: number;
  pageSize?: number;
}

export interface CallRevision {
  at: IsoDateTime;
  /** Field name → its value before and after, e.g. { deadline: { from: "2026-04-30T…", to: "2026-05-30T…" } }. */
  changes: Record<string, { from: unknown; to: unknown }>;
}

export interface CallSourceLink {
  sourceId: string;
  name: string;
  kind: SourceKind;
  url: string | null;
  firstSeenAt: IsoDateTime;
  lastSeenAt: IsoDateTime;
}

export interface CallDetail extends Call {
  /** Newest first. */
  revisions: CallRevision[];
  sources: CallSourceLink[];
}

/** The body of POST /api/calls. */
export interface NewCall {
  title: string;
  summary: string;
  url: string | null;
  funder: string | null;
  programme: Programme;
  reference: string | null;
  openingDate: IsoDateTime | null;
  deadline: IsoDateTime | null;
  budgetCents: number | null;
  currency: 'EUR';
  maxGrantCents: number | null;
  cofinancingRate: number | null;
  eligibleApplicants: EligibleApplicantKind[];
  themes: string[];
  language: CallLanguage;
  official: boolean;
}

export const sourceKinds = ['ft-portal', 'diavgeia', 'wordpress', 'espa', 'rss', 'manual'] as const;
export type SourceKind = (typeof sourceKinds)[number];

export const runStatuses = ['running', 'ok', 'error', 'interrupted'] as const;
export type RunStatus = (typeof runStatuses)[number];

export interface SourceRun {
  id: string;
  sourceId: string;
  status: RunStatus;
  fetched: number;
  created: number;
  updated: number;
  unchanged: number;
  error: { code: string; message: string } | null;
  startedAt: IsoDateTime;
  finishedAt: IsoDateTime | null;
  durationMs: number | null;
}

export interface Source {
  id: string;
  name: string;
  kind: SourceKind;
  url: string;
  /** A cron expression in five fields, shown as written. */
  schedule: string;
  enabled: boolean;
  options: Record<string, unknown>;
  callCount: number;
  lastRun: SourceRun | null;
  lastSuccessAt: IsoDateTime | null;
  lastError: { code: string; message: string; at: IsoDateTime } | null;
}

/** The body of POST /api/sources. */
export interface NewSource {
  name: string;
  kind: SourceKind;
  url: string;
  schedule?: string;
  enabled?: boolean;
  options?: Record<string, unknown>;
}

/** The body of POST /api/municipalities/:slug/needs and of PATCH /api/needs/:id. */
export interface NewNeed {
  title: string;
  description: string;
  category: string;
  targetGroups: string[];
  priority: NeedPriority;
  estimatedBudgetCents: number | null;
  status: NeedStatus;
}

// Matching: why a call fits a need, as data the web puts into words in either language.

export const matchVerdicts = ['relevant', 'not-relevant'] as const;
export type MatchVerdict = (typeof matchVerdicts)[number];

export type MatchReason =
  | { kind: 'theme'; theme: string }
  | { kind: 'eligible'; applicants: string[] }
  | { kind: 'eligibility-unknown' }
  | { kind: 'ineligible'; applicants: string[] }
  | { kind: 'deadline'; days: number }
  | { kind: 'closed'; withdrawn?: boolean }
  | { kind: 'forthcoming'; opensInDays: number }
  /** `maxGrantCents`: per proposal; otherwise `budgetCents`, the call's whole budget. */
  | { kind: 'budget'; maxGrantCents?: number; budgetCents?: number; estimateCents: number; covers: boolean }
  | { kind: 'words'; words: string[] }
  | { kind: 'programme'; programme: string }
  /** `via`: the verdict was given on another call of the same programme or funder. */
  | { kind: 'feedback'; verdict: MatchVerdict; via?: 'programme' | 'funder' };

interface MatchExplanation {
  /** 0..1, higher fits better. */
  score: number;
  /** The same reasons as English sentences, for a reason this version cannot put into words. */
  reasons: string[];
  details?: MatchReason[];
  feedback: MatchVerdict | null;
}

/** One entry of GET /api/needs/:id/matches, best first. */
export interface NeedMatch extends MatchExplanation {
  call: Call;
}

/** One entry of GET /api/calls/:id/matches, best first. */
export interface CallMatch extends MatchExplanation {
  need: Need & { municipality: Pick<MunicipalityRef, 'slug' | 'name' | 'nameEl'> };
}

// Alerts: saved searches, tracked calls and notifications.

/** What a saved search remembers: the filters of the calls list. */
export interface SavedSearchQuery {
  q?: string;
  status?: CallStatusFilter;
  programme?: Programme;
  theme?: string;
  applicant?: EligibleApplicantKind;
  funder?: string;
  minBudget?: number;
  deadlineFrom?: string;
  deadlineTo?: string;
}

export interface SavedSearch {
  id: string;
  name: string;
  query: SavedSearchQuery;
  notify: boolean;
  createdAt: IsoDateTime;
}

export interface TrackedCall {
  callId: string;
  title: string;
  deadline: IsoDateTime | null;
  status: CallStatus;
}

export interface AppNotification {
  id: string;
  kind: string;
  title: string;
  /** A path inside the app, e.g. /calls/…, or null. */
  link: string | null;
  createdAt: IsoDateTime;
  readAt: IsoDateTime | null;
}
