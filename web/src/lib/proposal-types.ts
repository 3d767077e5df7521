import type { IsoDateTime, MunicipalityRef } from './api-types.ts';

// The shapes of /api/proposals as the contract gives them (see CONTRACT.md, section "Proposals").

export const proposalStatuses = ['idea', 'drafting', 'review', 'submitted', 'awarded', 'rejected', 'withdrawn'] as const;
export type ProposalStatus = (typeof proposalStatuses)[number];

export const proposalTemplates = ['esf-plus', 'amif', 'donor', 'blank'] as const;
export type ProposalTemplate = (typeof proposalTemplates)[number];

/** What the caller may do: edit (lead and partner officers, admins), review (coordinators), read. */
export type ProposalAccess = 'edit' | 'review' | 'read';

export interface PersonRef {
  id: string;
  name: string;
}

export interface ProposalListItem {
  id: string;
  title: string;
  status: ProposalStatus;
  deadline: IsoDateTime | null;
  leadMunicipality: MunicipalityRef;
  partnerMunicipalities: MunicipalityRef[];
  callId: string | null;
  callTitle: string | null;
  updatedAt: IsoDateTime;
  version: number;
}

export interface ProposalSection {
  id: string;
  key: string;
  title: string;
  position: number;
}

export interface Proposal {
  id: string;
  title: string;
  callId: string | null;
  call: { id: string; title: string; deadline: IsoDateTime | null; maxGrantCents: number | null } | null;
  leadMunicipality: MunicipalityRef;
  partnerMunicipalities: MunicipalityRef[];
  owner: PersonRef | null;
  status: ProposalStatus;
  templateKey: string;
  deadline: IsoDateTime | null;
  requestedCents: number | null;
  awardedCents: number | null;
  sharedAsExample: boolean;
  version: number;
  access: ProposalAccess;
  needIds: string[];
  sections: ProposalSection[];
  milestones: { id: string; title: string; dueAt: IsoDateTime }[];
  statusHistory: { from: ProposalStatus | null; to: ProposalStatus; user: PersonRef | null; at: IsoDateTime }[];
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

export interface NewProposal {
  title: string;
  callId: string | null;
  leadMunicipality: string;
  partnerMunicipalities: string[];
  template: ProposalTemplate;
  needIds: string[];
}

export interface ProposalPerson extends PersonRef {
  email: string;
  municipality: Omit<MunicipalityRef, 'id'> | null;
}

export interface ProposalTask {
  id: string;
  title: string;
  assigneeUserId: string | null;
  assignee: PersonRef | null;
  dueAt: IsoDateTime | null;
  done: boolean;
  version: number;
}

export const budgetCategories = ['staff', 'travel', 'equipment', 'subcontracting', 'services', 'other-direct', 'indirect'] as const;
export type BudgetCategory = (typeof budgetCategories)[number];

export interface BudgetLine {
  id: string;
  category: BudgetCategory;
  description: string;
  /** Thousandths of a unit: 1500 is one and a half. */
  quantityMilli: number;
  unitCostCents: number;
  totalCents: number;
  funderShareCents: number;
  ownContributionCents: number;
  version: number;
}

export interface Budget {
  lines: BudgetLine[];
  totals: { totalCents: number; funderCents: number; ownCents: number; cofinancingRate: number | null };
  maxGrantCents: number | null;
  warnings: { code: 'above-max-grant' | 'shares-do-not-add-up'; message: string }[];
}

export interface ProposalCommentReply {
  id: string;
  sectionId: string | null;
  body: string;
  author: PersonRef | null;
  createdAt: IsoDateTime;
}

/** A thread: its first comment, whether it is resolved, and the replies in order. */
export interface ProposalComment extends ProposalCommentReply {
  resolvedAt: IsoDateTime | null;
  resolvedBy: PersonRef | null;
  replies: ProposalCommentReply[];
}

/** A new budget line; a share left out is the line's total minus the other. */
export type NewBudgetLine = Pick<BudgetLine, 'category' | 'description' | 'quantityMilli' | 'unitCostCents'> &
  Partial<Pick<BudgetLine, 'funderShareCents' | 'ownContributionCents'>>;

export interface SectionVersion {
  id: string;
  name: string | null;
  kind: 'named' | 'automatic';
  createdAt: IsoDateTime;
  createdBy: PersonRef | null;
}

export interface DiffPart {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}
