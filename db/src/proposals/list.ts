import { and, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Ctx } from '../access/actor.ts';
import { calls, municipalities, proposalPartners, proposals, type ProposalStatus } from '../schema/index.ts';
import { municipalityColumns } from './get.ts';
import { decideProposalAccess } from './proposal-access.ts';

export interface ProposalFilters {
  /** Proposals this municipality leads or partners in. */
  municipality?: string;
  status?: ProposalStatus;
}

/**
 * The proposals the actor may read, most recently changed first. Access is decided row by row with the same
 * function as a single read and the collaboration socket, so the list can never show what a read would hide.
 */
export async function listProposals({ ctx, filters }: { ctx: Ctx; filters: ProposalFilters }) {
  const { db } = ctx;
  const conditions: SQL[] = [];
  if (filters.status) conditions.push(eq(proposals.status, filters.status));
  const rows = await db
    .select({
      id: proposals.id,
      title: proposals.title,
      status: proposals.status,
      deadline: proposals.deadline,
      leadMunicipalityId: proposals.leadMunicipalityId,
      sharedAsExample: proposals.sharedAsExample,
      callId: proposals.callId,
      callTitle: calls.title,
      updatedAt: proposals.updatedAt,
      version: proposals.version,
    })
    .from(proposals)
    .leftJoin(calls, eq(calls.id, proposals.callId))
    .where(and(...conditions))
    .orderBy(desc(proposals.updatedAt));
  const ids = rows.map((row) => row.id);
  const partnerRows = ids.length === 0 ? [] : await db.select().from(proposalPartners).where(inArray(proposalPartners.proposalId, ids));
  const partnersOf = new Map<string, string[]>();
  for (const row of partnerRows) partnersOf.set(row.proposalId, [...(partnersOf.get(row.proposalId) ?? []), row.municipalityId]);
  const allMunicipalities = new Map((await db.select(municipalityColumns).from(municipalities)).map((row) => [row.id, row]));
  const filterMunicipalityId = filters.municipality ? [...allMunicipalities.values()].find((row) => row.slug === filters.municipality)?.id : undefined;
  if (filters.municipality && !filterMunicipalityId) return [];

  return rows
    .filter((row) => {
      const partnerMunicipalityIds = partnersOf.get(row.id) ?? [];
      if (filterMunicipalityId && row.leadMunicipalityId !== filterMunicipalityId && !partnerMunicipalityIds.includes(filterMunicipalityId)) return false;
      return decideProposalAccess(ctx.actor, { ...row, partnerMunicipalityIds }) !== null;
    })
    .map(({ leadMunicipalityId, sharedAsExample: _shared, ...row }) => ({
      ...row,
      leadMunicipality: allMunicipalities.get(leadMunicipalityId)!,
      partnerMunicipalities: (partnersOf.get(row.id) ?? []).map((id) => allMunicipalities.get(id)!),
    }));
}
