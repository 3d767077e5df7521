import type { ProposalStatus } from '../schema/index.ts';
import type { ProposalAccess } from './proposal-access.ts';

const forwardMoves: Record<ProposalStatus, readonly ProposalStatus[]> = {
  idea: ['drafting'],
  drafting: ['review'],
  review: ['submitted', 'drafting'],
  submitted: ['awarded', 'rejected'],
  awarded: [],
  rejected: [],
  withdrawn: [],
};

/** idea → drafting → review → submitted → awarded | rejected, back from review to drafting, and withdrawn from anywhere. */
export function isAllowedStatusMove(from: ProposalStatus, to: ProposalStatus): boolean {
  if (to === 'withdrawn') return from !== 'withdrawn';
  return forwardMoves[from].includes(to);
}

/** Editors make every allowed move; reviewers (the coordination team) only those into or out of review. */
export function mayMakeStatusMove(access: ProposalAccess, from: ProposalStatus, to: ProposalStatus): boolean {
  if (!isAllowedStatusMove(from, to)) return false;
  if (access === 'edit') return true;
  return access === 'review' && (from === 'review' || to === 'review');
}
