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
  };
}
