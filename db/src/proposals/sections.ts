import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import type { Ctx } from '../access/actor.ts';
import { buildAuditEntry } from '../audit/audit-entry.ts';
import { NotFoundError } from '../errors.ts';
import { proposalSections, proposals } from '../schema/index.ts';
import { writeBatch } from '../write-batch.ts';
import { requireProposalAccess } from './proposal-access.ts';

const sectionColumns = { id: proposalSections.id, key: proposalSections.key, title: proposalSections.title, position: proposalSections.position };

async function listSectionRows(ctx: Ctx, proposalId: string) {
  return ctx.db.select(sectionColumns).from(proposalSections).where(eq(proposalSections.proposalId, proposalId)).orderBy(asc(proposalSections.position));
}

/** A section with its plain text (derived from the collaborative document, never edited here). */
export async function getProposalSection({ ctx, proposalId, sectionId }: { ctx: Ctx; proposalId: string; sectionId: string }) {
  await requireProposalAccess({ ctx, proposalId, needed: 'read' });
  const [section] = await ctx.db
    .select({ id: proposalSections.id, key: proposalSections.key, title: proposalSections.title, text: proposalSections.plainText })
    .from(proposalSections)
    .where(and(eq(proposalSections.id, sectionId), eq(proposalSections.proposalId, proposalId)))
    .limit(1);
  if (!section) throw new NotFoundError('Section not found.');
  return section;
}

/** A section beyond the template's, added at the end. */
export async function addProposalSection({ ctx, proposalId, title }: { ctx: Ctx; proposalId: string; title: string }) {
  await requireProposalAccess({ ctx, proposalId, needed: 'edit' });
  const existing = await listSectionRows(ctx, proposalId);
  const id = randomUUID();
  const key = `extra-${id.slice(0, 8)}`;
  const position = existing.reduce((max, section) => Math.max(max, section.position + 1), 0);
  const now = new Date().toISOString();
  await writeBatch(ctx.db, [
    ctx.db.insert(proposalSections).values({ id, proposalId, key, title, position, updatedAt: now }),
    ctx.db.update(proposals).set({ updatedAt: now }).where(eq(proposals.id, proposalId)),
    buildAuditEntry(ctx, { action: 'proposal.section.add', entityType: 'proposal', entityId: proposalId, details: { sectionId: id, title } }),
  ]);
  return { id, key, title, position };
}

/** Renames a section and/or moves it to `position` (0-based); the others close ranks around it. */
export async function updateProposalSection({
  ctx,
  proposalId,
  sectionId,
  patch,
}: {
  ctx: Ctx;
  proposalId: string;
  sectionId: string;
  patch: { title?: string; position?: number };
}) {
  await requireProposalAccess({ ctx, proposalId, needed: 'edit' });
  const sections = await listSectionRows(ctx, proposalId);
  const section = sections.find((candidate) => candidate.id === sectionId);
  if (!section) throw new NotFoundError('Section not found.');
  const ordered = sections.filter((candidate) => candidate.id !== sectionId);
  const target = Math.min(Math.max(patch.position ?? sections.indexOf(section), 0), ordered.length);
  ordered.splice(target, 0, section);
  const now = new Date().toISOString();
  await writeBatch(ctx.db, [
    ...ordered.map((candidate, position) =>
      ctx.db
        .update(proposalSections)
        .set({ position, ...(candidate.id === sectionId && patch.title !== undefined ? { title: patch.title, updatedAt: now } : {}) })
        .where(eq(proposalSections.id, candidate.id)),
    ),
    ctx.db.update(proposals).set({ updatedAt: now }).where(eq(proposals.id, proposalId)),
    buildAuditEntry(ctx, { action: 'proposal.section.update', entityType: 'proposal', entityId: proposalId, details: { sectionId, ...patch } }),
  ]);
  return { ...section, title: patch.title ?? section.title, position: target };
}
