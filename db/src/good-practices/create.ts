import { randomUUID } from 'node:crypto';
import type { Ctx } from '../access/actor.ts';
import { buildAuditEntry } from '../audit/audit-entry.ts';
import type { Database } from '../create-db.ts';
import { ForbiddenError } from '../errors.ts';
import { goodPractices } from '../schema/index.ts';
import { writeBatch } from '../write-batch.ts';
import { getGoodPractice } from './get.ts';
import { assertThemesExist, canEditGoodPractices, goodPracticeSearchTerms, resolveMunicipality, type GoodPracticeFields } from './practice-fields.ts';

/** The insert of a practice with its search terms, shared by the verb and the demo seed. */
export function buildGoodPracticeInsert(
  db: Database,
  { id, input, municipality, authorUserId }: { id: string; input: GoodPracticeFields; municipality: { id: string; name: string; nameEl: string }; authorUserId: string | null },
) {
  const { municipality: _slug, ...fields } = input;
  const now = new Date().toISOString();
  return db.insert(goodPractices).values({
    id,
    ...fields,
    themes: [...new Set(fields.themes)],
    municipalityId: municipality.id,
    searchTerms: goodPracticeSearchTerms(fields, municipality),
    authorUserId,
    createdAt: now,
    updatedAt: now,
  });
}

export async function createGoodPractice({ ctx, input }: { ctx: Ctx; input: GoodPracticeFields }) {
  if (!canEditGoodPractices(ctx.actor)) throw new ForbiddenError('Only the coordination team writes good practices.');
  const municipality = await resolveMunicipality(ctx.db, input.municipality);
  await assertThemesExist(ctx.db, input.themes);
  const id = randomUUID();
  await writeBatch(ctx.db, [
    buildGoodPracticeInsert(ctx.db, { id, input, municipality, authorUserId: ctx.actor.userId }),
    buildAuditEntry(ctx, {
      action: 'good_practice.create',
      entityType: 'good_practice',
      entityId: id,
      municipalityId: municipality.id,
      details: { title: input.title },
    }),
  ]);
  return getGoodPractice({ ctx, id });
}
