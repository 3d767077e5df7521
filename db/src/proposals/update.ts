import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../access/actor.ts';
import { buildAuditEntry } from '../audit/audit-entry.ts';
import { ForbiddenError, ValidationError } from '../errors.ts';
import { proposalNeeds, proposalPartners, proposalStatusChanges, proposals, type ProposalStatus } from '../schema/index.ts';
import { getProposal, type ProposalDetail } from './get.ts';
import { assertNeedsBelongTo, requireCall, resolveMunicipalitySlugs } from './proposal-references.ts';
import { isAllowedStatusMove, mayMakeStatusMove } from './status-workflow.ts';
import { writeAtVersion } from './versioned-write.ts';

export interface ProposalPatch {
  version: number;
  title?: string;
  status?: ProposalStatus;
  callId?: string | null;
  partnerMunicipalities?: string[];
  needIds?: string[];
  deadline?: string | null;
  requestedCents?: number | null;
  awardedCents?: number | null;
  sharedAsExample?: boolean;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}

/** Changes a proposal read at `version`; a stale version is refused with 409 and nothing is written. */
export async function updateProposal({ ctx, id, patch }: { ctx: Ctx; id: string; patch: ProposalPatch }): Promise<ProposalDetail> {
  const before = await getProposal({ ctx, id });
  const { version, status, ...fields } = patch;
  const isStatusOnly = Object.values(fields).every((value) => value === undefined);
  if (before.access === 'read' || (before.access === 'review' && !isStatusOnly)) {
    throw new ForbiddenError('You may read this proposal but not change it.');
  }
  const statusChanged = status !== undefined && status !== before.status;
  if (statusChanged && !isAllowedStatusMove(before.status, status)) {
    throw new ValidationError(`A proposal does not move from ${before.status} to ${status}.`);
  }
  if (statusChanged && !mayMakeStatusMove(before.access, before.status, status)) {
    throw new ForbiddenError('Reviewers move a proposal only into or out of review.');
  }

  const set: Partial<typeof proposals.$inferInsert> = {};
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  const statements = [];
  const now = new Date().toISOString();
  for (const field of ['title', 'deadline', 'requestedCents', 'awardedCents', 'sharedAsExample'] as const) {
    const to = fields[field];
    if (to !== undefined && to !== before[field]) {
      Object.assign(set, { [field]: to });
      changes[field] = { from: before[field], to };
    }
  }
  if (fields.callId !== undefined && fields.callId !== before.callId) {
    const call = fields.callId === null ? null : await requireCall(ctx.db, fields.callId);
    set.callId = call?.id ?? null;
    // The call's deadline is the one that counts; an explicit deadline in the same patch wins.
    if (call?.deadline && fields.deadline === undefined) set.deadline = call.deadline;
    changes.callId = { from: before.callId, to: set.callId };
  }
  let municipalityIds = [before.leadMunicipality.id, ...before.partnerMunicipalities.map((partner) => partner.id)];
  if (fields.partnerMunicipalities !== undefined) {
    const slugs = [...new Set(fields.partnerMunicipalities)].filter((slug) => slug !== before.leadMunicipality.slug);
    const ids = await resolveMunicipalitySlugs(ctx.db, slugs);
    const partnerIds = slugs.map((slug) => ids.get(slug)!);
    if (!sameSet(partnerIds, before.partnerMunicipalities.map((partner) => partner.id))) {
      statements.push(ctx.db.delete(proposalPartners).where(eq(proposalPartners.proposalId, id)));
      statements.push(...partnerIds.map((municipalityId) => ctx.db.insert(proposalPartners).values({ proposalId: id, municipalityId })));
      changes.partnerMunicipalities = { from: before.partnerMunicipalities.map((partner) => partner.slug), to: slugs };
    }
    municipalityIds = [before.leadMunicipality.id, ...partnerIds];
  }
  if (fields.needIds !== undefined && !sameSet([...new Set(fields.needIds)], before.needIds)) {
    const needIds = [...new Set(fields.needIds)];
    await assertNeedsBelongTo(ctx.db, needIds, municipalityIds);
    statements.push(ctx.db.delete(proposalNeeds).where(eq(proposalNeeds.proposalId, id)));
    statements.push(...needIds.map((needId) => ctx.db.insert(proposalNeeds).values({ proposalId: id, needId })));
    changes.needIds = { from: before.needIds, to: needIds };
  }
  if (statusChanged) {
    set.status = status;
    changes.status = { from: before.status, to: status };
    statements.push(ctx.db.insert(proposalStatusChanges).values({ id: randomUUID(), proposalId: id, fromStatus: before.status, toStatus: status, userId: ctx.actor.userId, at: now }));
  }
  if (Object.keys(changes).length === 0 && version === before.version) return before;

  statements.push(
    buildAuditEntry(ctx, { action: 'proposal.update', entityType: 'proposal', entityId: id, municipalityId: before.leadMunicipality.id, details: { changes } }),
  );
  await writeAtVersion(
    ctx.db,
    ctx.db
      .update(proposals)
      .set({ ...set, version: sql`${proposals.version} + 1`, updatedAt: now })
      .where(and(eq(proposals.id, id), eq(proposals.version, version))),
    statements,
    'proposal',
  );
  return getProposal({ ctx, id });
}
