import type { ProposalListItem, ProposalStatus } from './proposal-types.ts';

/** The board's columns, left to right, the way a proposal travels; the three endings share the last one. */
export const boardColumns = ['idea', 'drafting', 'review', 'submitted', 'decided'] as const;
export type BoardColumn = (typeof boardColumns)[number];

/** The column of a status: awarded, rejected and withdrawn are all "decided". */
export function columnOfStatus(status: ProposalStatus): BoardColumn {
  return status === 'awarded' || status === 'rejected' || status === 'withdrawn' ? 'decided' : status;
}

/** The proposals of each column, soonest deadline first (none at the end), then the most recently changed. */
export function groupByColumn(proposals: readonly ProposalListItem[]): Record<BoardColumn, ProposalListItem[]> {
  const columns = Object.fromEntries(boardColumns.map((column) => [column, [] as ProposalListItem[]])) as Record<
    BoardColumn,
    ProposalListItem[]
  >;
  for (const proposal of sortByDeadline(proposals)) columns[columnOfStatus(proposal.status)].push(proposal);
  return columns;
}

/** The list view's order: the nearest deadline first; without a deadline after all, newest change first. */
export function sortByDeadline(proposals: readonly ProposalListItem[]): ProposalListItem[] {
  return [...proposals].sort((a, b) => {
    if (a.deadline && b.deadline) return a.deadline.localeCompare(b.deadline) || b.updatedAt.localeCompare(a.updatedAt);
    if (a.deadline) return -1;
    if (b.deadline) return 1;
    return b.updatedAt.localeCompare(a.updatedAt);
  });
}

/**
 * The statuses a proposal may move to from `status`, as the API allows them: one step forward, review back
 * to drafting, a decision after submission, and withdrawal from anywhere but an ending.
 */
export function allowedStatusMoves(status: ProposalStatus): ProposalStatus[] {
  const forward: Record<ProposalStatus, ProposalStatus[]> = {
    idea: ['drafting'],
    drafting: ['review'],
    review: ['submitted', 'drafting'],
    submitted: ['awarded', 'rejected'],
    awarded: [],
    rejected: [],
    withdrawn: [],
  };
  return status === 'withdrawn' ? [] : [...forward[status], 'withdrawn'];
}
