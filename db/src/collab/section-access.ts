import type { Actor } from '../access/actor.ts';
import type { Database } from '../create-db.ts';
import { proposalAccess, type ProposalAccess } from '../proposals/proposal-access.ts';
import { findProposalSection } from './section-text.ts';

/**
 * What the actor may do with one section of a proposal, or null when they may not know it exists (another
 * municipality's draft, or a section id under the wrong proposal): the socket and the version routes ask this.
 */
export async function getSectionAccess({
  db,
  actor,
  proposalId,
  sectionId,
}: {
  db: Database;
  actor: Actor;
  proposalId: string;
  sectionId: string;
}): Promise<ProposalAccess | null> {
  const access = await proposalAccess({ db, actor, proposalId });
  if (!access) return null;
  return (await findProposalSection({ db, proposalId, sectionId })) ? access : null;
}
