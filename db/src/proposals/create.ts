import { randomUUID } from 'node:crypto';
import type { Ctx } from '../access/actor.ts';
import { buildAuditEntry } from '../audit/audit-entry.ts';
import { ForbiddenError, ValidationError } from '../errors.ts';
import { proposalNeeds, proposalPartners, proposalSections, proposalStatusChanges, proposals } from '../schema/index.ts';
import { writeBatch } from '../write-batch.ts';
import { getProposal } from './get.ts';
import { assertNeedsBelongTo, requireCall, resolveMunicipalitySlugs } from './proposal-references.ts';
import { getProposalTemplate } from './templates.ts';

export interface NewProposal {
  title: string;
  callId: string | null;
  leadMunicipality: string;
  partnerMunicipalities: string[];
  template: string;
  needIds: string[];
}

/** Starts a proposal in `idea` with the template's sections; the creator owns it. */
export async function createProposal({ ctx, input }: { ctx: Ctx; input: NewProposal }) {
  const partnerSlugs = [...new Set(input.partnerMunicipalities)].filter((slug) => slug !== input.leadMunicipality);
  const ids = await resolveMunicipalitySlugs(ctx.db, [input.leadMunicipality, ...partnerSlugs]);
  const leadMunicipalityId = ids.get(input.leadMunicipality)!;
  const partnerIds = partnerSlugs.map((slug) => ids.get(slug)!);
  const { role, municipalityId } = ctx.actor;
  if (role === 'liaison') throw new ForbiddenError('Liaisons do not draft proposals.');
  if (role === 'officer' && municipalityId !== leadMunicipalityId) throw new ForbiddenError('Officers may only start proposals led by their own municipality.');
  const template = await getProposalTemplate({ db: ctx.db, key: input.template });
  if (!template) throw new ValidationError(`Unknown template: ${input.template}.`);
  const call = input.callId ? await requireCall(ctx.db, input.callId) : null;
  await assertNeedsBelongTo(ctx.db, input.needIds, [leadMunicipalityId, ...partnerIds]);

  const id = randomUUID();
  const now = new Date().toISOString();
  await writeBatch(ctx.db, [
    ctx.db.insert(proposals).values({
      id,
      title: input.title,
      callId: call?.id ?? null,
      leadMunicipalityId,
      ownerUserId: ctx.actor.userId,
      templateKey: template.key,
      status: 'idea',
      deadline: call?.deadline ?? null,
      createdAt: now,
      updatedAt: now,
    }),
    ...partnerIds.map((partnerId) => ctx.db.insert(proposalPartners).values({ proposalId: id, municipalityId: partnerId })),
    ...[...new Set(input.needIds)].map((needId) => ctx.db.insert(proposalNeeds).values({ proposalId: id, needId })),
    ...template.sections.map((section, position) =>
      // Greek is the working language of the network; the English title stays in the template for the interface.
      ctx.db.insert(proposalSections).values({ id: randomUUID(), proposalId: id, key: section.key, title: section.titleEl, position, updatedAt: now }),
    ),
    ctx.db.insert(proposalStatusChanges).values({ id: randomUUID(), proposalId: id, fromStatus: null, toStatus: 'idea', userId: ctx.actor.userId, at: now }),
    buildAuditEntry(ctx, {
      action: 'proposal.create',
      entityType: 'proposal',
      entityId: id,
      municipalityId: leadMunicipalityId,
      details: { title: input.title, template: template.key },
    }),
  ]);
  return getProposal({ ctx, id });
}
