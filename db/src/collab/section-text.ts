import { and, eq } from 'drizzle-orm';
import type { Database } from '../create-db.ts';
import { proposalSections } from '../schema/index.ts';

/** The section of that proposal, or null: a section id under another proposal's URL is not found. */
export async function findProposalSection({ db, proposalId, sectionId }: { db: Database; proposalId: string; sectionId: string }) {
  const [row] = await db
    .select({ id: proposalSections.id, proposalId: proposalSections.proposalId, plainText: proposalSections.plainText })
    .from(proposalSections)
    .where(and(eq(proposalSections.id, sectionId), eq(proposalSections.proposalId, proposalId)))
    .limit(1);
  return row ?? null;
}

/** Keeps the text derived from the section's Yjs state, for search, export and GET of the section. */
export async function saveSectionPlainText({ db, sectionId, plainText }: { db: Database; sectionId: string; plainText: string }): Promise<void> {
  await db.update(proposalSections).set({ plainText, updatedAt: new Date().toISOString() }).where(eq(proposalSections.id, sectionId));
}
