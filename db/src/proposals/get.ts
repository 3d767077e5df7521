import { asc, eq, inArray } from 'drizzle-orm';
import type { Ctx } from '../access/actor.ts';
import type { Database } from '../create-db.ts';
import {
  calls,
  municipalities,
  proposalMilestones,
  proposalNeeds,
  proposalPartners,
  proposalSections,
  proposalStatusChanges,
  proposals,
  users,
} from '../schema/index.ts';
import { requireProposalAccess } from './proposal-access.ts';

export const municipalityColumns = { id: municipalities.id, slug: municipalities.slug, name: municipalities.name, nameEl: municipalities.nameEl };

async function loadMunicipalities(db: Database, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select(municipalityColumns).from(municipalities).where(inArray(municipalities.id, ids)).orderBy(asc(municipalities.name));
}

async function loadUserNames(db: Database, ids: Array<string | null>) {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  const rows = wanted.length === 0 ? [] : await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, wanted));
  return new Map(rows.map((row) => [row.id, row]));
}

/** The proposal with its call, municipalities, sections, milestones and status history, for someone who may read it. */
export async function getProposal({ ctx, id }: { ctx: Ctx; id: string }) {
  const access = await requireProposalAccess({ ctx, proposalId: id, needed: 'read' });
  const { db } = ctx;
  const [proposal] = await db.select().from(proposals).where(eq(proposals.id, id)).limit(1);
  if (!proposal) throw new Error(`proposal ${id} vanished after its access check`);
  const [call] = proposal.callId
    ? await db
        .select({ id: calls.id, title: calls.title, deadline: calls.deadline, maxGrantCents: calls.maxGrantCents })
        .from(calls)
        .where(eq(calls.id, proposal.callId))
    : [];
  const partnerIds = (await db.select().from(proposalPartners).where(eq(proposalPartners.proposalId, id))).map((row) => row.municipalityId);
  const [lead] = await loadMunicipalities(db, [proposal.leadMunicipalityId]);
  const needIds = (await db.select().from(proposalNeeds).where(eq(proposalNeeds.proposalId, id))).map((row) => row.needId).sort();
  const sections = await db
    .select({ id: proposalSections.id, key: proposalSections.key, title: proposalSections.title, position: proposalSections.position })
    .from(proposalSections)
    .where(eq(proposalSections.proposalId, id))
    .orderBy(asc(proposalSections.position));
  const milestones = await db
    .select({ id: proposalMilestones.id, title: proposalMilestones.title, dueAt: proposalMilestones.dueAt })
    .from(proposalMilestones)
    .where(eq(proposalMilestones.proposalId, id))
    .orderBy(asc(proposalMilestones.dueAt));
  const changes = await db
    .select()
    .from(proposalStatusChanges)
    .where(eq(proposalStatusChanges.proposalId, id))
    .orderBy(asc(proposalStatusChanges.at));
  const names = await loadUserNames(db, [proposal.ownerUserId, ...changes.map((change) => change.userId)]);

  return {
    id: proposal.id,
    title: proposal.title,
    callId: proposal.callId,
    call: call ?? null,
    leadMunicipality: lead!,
    partnerMunicipalities: await loadMunicipalities(db, partnerIds),
    owner: proposal.ownerUserId ? (names.get(proposal.ownerUserId) ?? null) : null,
    status: proposal.status,
    templateKey: proposal.templateKey,
    deadline: proposal.deadline,
    requestedCents: proposal.requestedCents,
    awardedCents: proposal.awardedCents,
    sharedAsExample: proposal.sharedAsExample,
    version: proposal.version,
    access,
    needIds,
    sections,
    milestones,
    statusHistory: changes.map((change) => ({
      from: change.fromStatus,
      to: change.toStatus,
      user: change.userId ? (names.get(change.userId) ?? null) : null,
      at: change.at,
    })),
    createdAt: proposal.createdAt,
    updatedAt: proposal.updatedAt,
  };
}

export type ProposalDetail = Awaited<ReturnType<typeof getProposal>>;
