import { and, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../access/actor.ts';
import { buildAuditEntry } from '../audit/audit-entry.ts';
import { ForbiddenError } from '../errors.ts';
import { writeAtVersion } from '../proposals/versioned-write.ts';
import { goodPractices } from '../schema/index.ts';
import { getGoodPractice, requireGoodPracticeRow } from './get.ts';
import { assertThemesExist, canEditGoodPractices, goodPracticeSearchTerms, resolveMunicipality, type GoodPracticeFields } from './practice-fields.ts';

export type GoodPracticePatch = { version: number } & Partial<GoodPracticeFields>;

// Short fields go into the audit row with their old and new values; long texts and people's contact details
// only by name, so that the log does not keep a second copy of them.
const auditedInFull = new Set<keyof GoodPracticeFields>(['title', 'municipality', 'themes', 'programme']);

/** Changes a practice read at `version`; a stale version is refused with 409 and nothing is written. */
export async function updateGoodPractice({ ctx, id, patch }: { ctx: Ctx; id: string; patch: GoodPracticePatch }) {
  if (!canEditGoodPractices(ctx.actor)) throw new ForbiddenError('Only the coordination team changes good practices.');
  const { practice: before, municipality: beforeMunicipality } = await requireGoodPracticeRow(ctx.db, id);
  const { version, ...fields } = patch;
  const current: GoodPracticeFields = {
    title: before.title,
    municipality: beforeMunicipality.slug,
    summary: before.summary,
    body: before.body,
    themes: before.themes,
    programme: before.programme,
    contacts: before.contacts,
    links: before.links,
  };
  const next: GoodPracticeFields = { ...current };
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  const alsoChanged: string[] = [];
  for (const field of Object.keys(fields) as Array<keyof GoodPracticeFields>) {
    const to = field === 'themes' && fields.themes ? [...new Set(fields.themes)] : fields[field];
    if (to === undefined || JSON.stringify(to) === JSON.stringify(current[field])) continue;
    Object.assign(next, { [field]: to });
    if (auditedInFull.has(field)) changes[field] = { from: current[field], to };
    else alsoChanged.push(field);
  }
  if (Object.keys(changes).length === 0 && alsoChanged.length === 0 && version === before.version) return getGoodPractice({ ctx, id });

  const municipality = next.municipality === current.municipality ? beforeMunicipality : await resolveMunicipality(ctx.db, next.municipality);
  if (changes.themes) await assertThemesExist(ctx.db, next.themes);
  const { municipality: _slug, ...columns } = next;
  await writeAtVersion(
    ctx.db,
    ctx.db
      .update(goodPractices)
      .set({
        ...columns,
        municipalityId: municipality.id,
        searchTerms: goodPracticeSearchTerms(next, municipality),
        version: sql`${goodPractices.version} + 1`,
        updatedAt: new Date().toISOString(),
      })
      .where(and(eq(goodPractices.id, id), eq(goodPractices.version, version))),
    [
      buildAuditEntry(ctx, {
        action: 'good_practice.update',
        entityType: 'good_practice',
        entityId: id,
        municipalityId: municipality.id,
        details: { changes, alsoChanged },
      }),
    ],
    'good practice',
  );
  return getGoodPractice({ ctx, id });
}
