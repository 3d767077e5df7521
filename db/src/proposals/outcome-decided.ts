import { ConflictError } from '../errors.ts';
import type { ProposalStatus } from '../schema/index.ts';

/** Statuses of a proposal that has left the team's hands: what came of it, and what was learnt, can be written. */
export const decidedStatuses: readonly ProposalStatus[] = ['submitted', 'awarded', 'rejected', 'withdrawn'];

export function isDecided(status: ProposalStatus): boolean {
  return decidedStatuses.includes(status);
}

/** A 409 with its own code, so that the web app can say "first submit or withdraw the proposal". */
export class ProposalNotDecidedError extends ConflictError {
  override readonly code = 'proposal_not_decided';

  constructor() {
    super('The proposal is still being prepared: outcomes and lessons are recorded once it is submitted or withdrawn.');
  }
}

export function assertProposalDecided(status: ProposalStatus): void {
  if (!isDecided(status)) throw new ProposalNotDecidedError();
}
