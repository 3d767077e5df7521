import { randomUUID } from 'node:crypto';
import { municipalities, proposalPartners, proposals, proposalStatusChanges, writeBatch, type Database, type ProposalStatus } from '@cni/db';

/** A proposal as it was lived: each status with the moment it was reached, oldest first. */
export interface ProposalStory {
  title: string;
  lead: string;
  partners?: string[];
  template?: 'esf-plus' | 'amif' | 'donor' | 'blank';
  callId?: string | null;
  history: Array<[status: ProposalStatus, at: string]>;
  requestedCents?: number | null;
  awardedCents?: number | null;
  deadline?: string | null;
}

/**
 * Writes proposals with a dated past straight into the database: the API stamps every status change with the
 * present, and figures per quarter and year need changes that happened long ago. Returns their ids in order.
 */
export async function insertProposalStories(db: Database, stories: readonly ProposalStory[]): Promise<string[]> {
  const idOf = new Map((await db.select({ id: municipalities.id, slug: municipalities.slug }).from(municipalities)).map((row) => [row.slug, row.id]));
  const ids: string[] = [];
  const statements = [];
  for (const story of stories) {
    const id = randomUUID();
    ids.push(id);
    const [first, last] = [story.history[0]!, story.history[story.history.length - 1]!];
    statements.push(
      db.insert(proposals).values({
        id,
        title: story.title,
        callId: story.callId ?? null,
        leadMunicipalityId: idOf.get(story.lead)!,
        templateKey: story.template ?? 'blank',
        status: last[0],
        deadline: story.deadline ?? null,
        requestedCents: story.requestedCents ?? null,
        awardedCents: story.awardedCents ?? null,
        createdAt: first[1],
        updatedAt: last[1],
      }),
      ...(story.partners ?? []).map((slug) => db.insert(proposalPartners).values({ proposalId: id, municipalityId: idOf.get(slug)! })),
      ...story.history.map(([toStatus, at], index) =>
        db.insert(proposalStatusChanges).values({ id: randomUUID(), proposalId: id, fromStatus: index === 0 ? null : story.history[index - 1]![0], toStatus, at }),
      ),
    );
  }
  await writeBatch(db, statements);
  return ids;
}
