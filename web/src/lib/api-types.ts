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

// Announcements of the ministry liaison (issue 6): an official call, sent to some municipalities or all.

export interface Announcement {
  id: string;
  message: string;
  createdAt: IsoDateTime;
  author: { name: string } | null;
  call: Pick<Call, 'id' | 'title' | 'programme' | 'funder' | 'deadline' | 'status' | 'budgetCents'>;
  /** Empty: every municipality of the network. */
  targetMunicipalities: PlaceRef[];
  openedByMe: boolean;
}

/** The body of POST /api/announcements: the call is the body of POST /api/calls, always official. */
export interface NewAnnouncement {
  message: string;
  /** Municipality slugs; empty for all. */
  targetMunicipalities: string[];
  call: Omit<NewCall, 'official'>;
}

/** Which targeted municipalities opened an announcement, when, by whom, and the proposals they started for its call. */
export interface AnnouncementReach {
  announcementId: string;
  municipalities: {
    municipality: PlaceRef;
    openedAt: IsoDateTime | null;
    openedBy: { name: string }[];
    proposals: { id: string; title: string; status: string }[];
  }[];
}

// Lessons, good practices and outcomes (CONTRACT.md, "Lessons, good practices, announcements, dashboard").

export const lessonPhases = ['preparation', 'eligibility', 'budget', 'partnership', 'submission', 'implementation'] as const;
export type LessonPhase = (typeof lessonPhases)[number];

/** Who reads a lesson: its municipality (and the coordination team), every member of the network, or anyone. */
export const sharingLevels = ['municipality', 'network', 'public'] as const;
export type SharingLevel = (typeof sharingLevels)[number];

export type PlaceRef = Pick<MunicipalityRef, 'slug' | 'name' | 'nameEl'>;

export interface Lesson {
  id: string;
  proposalId: string | null;
  proposalTitle: string | null;
  /** Whose experience it is; null for a lesson the coordination team wrote for the whole network. */
  municipality: PlaceRef | null;
  author: { name: string } | null;
  title: string;
  whatHappened: string;
  nextTime: string;
  programme: Programme;
  funder: string | null;
  themes: string[];
  phase: LessonPhase;
  sharing: SharingLevel;
  goodPractice: { id: string; title: string } | null;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
  version: number;
  canEdit: boolean;
}

/** A lesson as the search answers it: the words found, marked in the title and the two texts. */
export interface LessonListItem extends Lesson {
  highlights?: { title: HighlightedText; whatHappened: HighlightedText; nextTime: HighlightedText };
}

export interface LessonPage {
  items: LessonListItem[];
  total: number;
}

/** Why a lesson was offered (db/src/lessons/rank-lessons.ts), as data the page puts into words. */
export type LessonReason =
  | { kind: 'programme'; programme: Programme }
  | { kind: 'funder' }
  /** A theme slug. */
  | { kind: 'theme'; theme: string }
  | { kind: 'words'; words: string[] };

/** A lesson offered for a call or a proposal: how close it is (0..1) and why, best first. */
export interface RelatedLesson extends Lesson {
  relevance: number;
  details: LessonReason[];
  /** The same reasons as English sentences. */
  reasons: string[];
}

/** The body of POST /api/lessons (and, with `version`, of PATCH /api/lessons/:id). */
export interface NewLesson {
  proposalId: string | null;
  title: string;
  whatHappened: string;
  nextTime: string;
  programme: Programme;
  funder: string | null;
  themes: string[];
  phase: LessonPhase;
  sharing: SharingLevel;
  goodPracticeId: string | null;
}

export interface PracticeContact {
  name: string;
  role: string;
  email: string;
  phone: string;
}

export interface PracticeLink {
  label: string;
  url: string;
}

export interface GoodPracticeSummary {
  id: string;
  title: string;
  municipality: PlaceRef;
  summary: string;
  themes: string[];
  programme: Programme | null;
  updatedAt: IsoDateTime;
  highlights?: { title: HighlightedText; summary: HighlightedText };
}

export interface GoodPracticePage {
  items: GoodPracticeSummary[];
  total: number;
}

export interface GoodPractice extends GoodPracticeSummary {
  /** Markdown as written. */
  body: string;
  /** The body rendered by the API and sanitised there (no script, no event attributes, http/https/mailto links only). */
  bodyHtml: string;
  contacts: PracticeContact[];
  links: PracticeLink[];
  /** The lessons that point to this practice and that the caller may read. */
  lessons: { id: string; title: string }[];
  version: number;
  canEdit: boolean;
  createdAt: IsoDateTime;
}

/** The body of POST /api/good-practices (and, with `version`, of PATCH). */
export interface NewGoodPractice {
  title: string;
  /** A municipality slug. */
  municipality: string;
  summary: string;
  body: string;
  themes: string[];
  programme: Programme | null;
  contacts: PracticeContact[];
  links: PracticeLink[];
}

/** What came of a submitted proposal; `version` 0 until something has been recorded. */
export interface Outcome {
  proposalId: string;
  status: string;
  requestedCents: number | null;
  awardedCents: number | null;
  evaluatorScore: number | null;
  evaluatorMaxScore: number | null;
  feedback: string;
  attachment: { name: string; bytes: number } | null;
  version: number;
  updatedAt: IsoDateTime | null;
}

export type OutcomeChange = Pick<Outcome, 'requestedCents' | 'awardedCents' | 'evaluatorScore' | 'evaluatorMaxScore' | 'feedback'>;

/** GET /api/admin/users: one account as the administrators see it. */
export interface AdminUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  /** Municipality slug; officers only. */
  municipality: string | null;
  lastLoginAt: string | null;
  disabled: boolean;
}

export interface UserPatch {
  role?: Role;
  municipality?: string | null;
  disabled?: boolean;
}

export type InvitationStatus = 'pending' | 'expired' | 'used' | 'revoked';

/** GET /api/admin/invitations: an invitation and what became of it. */
export interface InvitationRow {
  id: string;
  email: string;
  role: Role;
  municipality: string | null;
  status: InvitationStatus;
  invitedBy: string | null;
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
  revokedAt: string | null;
}

export interface NewInvitation {
  email: string;
  role: Role;
  municipality: string | null;
}

/** POST /api/admin/invitations: the one-time link, shown only in this answer. */
export interface CreatedInvitation {
  id: string;
  url: string;
  expiresAt: string;
}

/** GET /api/invitations/:token: what the link offers its recipient. */
export interface InvitationOffer {
  email: string;
  role: Role;
  municipality: { slug: string; name: string; nameEl: string } | null;
  expiresAt: string;
}

export interface AuditEntry {
  id: number;
  at: string;
  actorUserId: string | null;
  actorEmail: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  municipalityId: string | null;
  details: Record<string, unknown> | null;
  ipAddress: string | null;
  requestId: string | null;
}

/** GET /api/admin/audit: newest first; `nextBefore` fetches the older page. */
export interface AuditPage {
  entries: AuditEntry[];
  nextBefore: number | null;
}
