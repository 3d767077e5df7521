import { asc, eq } from 'drizzle-orm';
import type { Ctx } from '../access/actor.ts';
import { buildAuditEntry } from '../audit/audit-entry.ts';
import type { Database } from '../create-db.ts';
import { ForbiddenError, ValidationError } from '../errors.ts';
import { proposalTemplates, type TemplateSection } from '../schema/index.ts';
import { writeBatch } from '../write-batch.ts';

const templateColumns = {
  key: proposalTemplates.key,
  name: proposalTemplates.name,
  nameEl: proposalTemplates.nameEl,
  sections: proposalTemplates.sections,
  updatedAt: proposalTemplates.updatedAt,
};

export async function listProposalTemplates({ db }: { db: Database }) {
  return db.select(templateColumns).from(proposalTemplates).orderBy(asc(proposalTemplates.key));
}

export async function getProposalTemplate({ db, key }: { db: Database; key: string }) {
  const [template] = await db.select(templateColumns).from(proposalTemplates).where(eq(proposalTemplates.key, key)).limit(1);
  return template;
}

export interface ProposalTemplateFields {
  name: string;
  nameEl: string;
  sections: TemplateSection[];
}

/** Creates or replaces a template. Proposals already started keep their sections: a template only seeds new ones. */
export async function saveProposalTemplate({ ctx, key, input }: { ctx: Ctx; key: string; input: ProposalTemplateFields }) {
  if (ctx.actor.role !== 'coordinator' && ctx.actor.role !== 'admin') throw new ForbiddenError('Only the coordination team maintains templates.');
  const keys = input.sections.map((section) => section.key);
  if (new Set(keys).size !== keys.length) throw new ValidationError('Each section of a template needs its own key.');
  const now = new Date().toISOString();
  await writeBatch(ctx.db, [
    ctx.db
      .insert(proposalTemplates)
      .values({ key, ...input, updatedAt: now })
      .onConflictDoUpdate({ target: proposalTemplates.key, set: { ...input, updatedAt: now } }),
    buildAuditEntry(ctx, { action: 'proposal-template.save', entityType: 'proposal-template', entityId: key, details: { sections: keys } }),
  ]);
  return (await getProposalTemplate({ db: ctx.db, key }))!;
}
