import { eq, inArray } from 'drizzle-orm';
import type { Database } from '../create-db.ts';
import { ValidationError } from '../errors.ts';
import { calls, municipalities, needs } from '../schema/index.ts';

/** Municipality ids for slugs named in a request body; an unknown slug is the caller's mistake (400). */
export async function resolveMunicipalitySlugs(db: Database, slugs: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(slugs)];
  if (unique.length === 0) return new Map();
  const rows = await db.select({ id: municipalities.id, slug: municipalities.slug }).from(municipalities).where(inArray(municipalities.slug, unique));
  const bySlug = new Map(rows.map((row) => [row.slug, row.id]));
  const unknown = unique.filter((slug) => !bySlug.has(slug));
  if (unknown.length > 0) throw new ValidationError(`Unknown municipality: ${unknown.join(', ')}.`);
  return bySlug;
}

export async function requireCall(db: Database, callId: string) {
  const [call] = await db.select({ id: calls.id, deadline: calls.deadline }).from(calls).where(eq(calls.id, callId)).limit(1);
  if (!call) throw new ValidationError(`Unknown call: ${callId}.`);
  return call;
}

/** A proposal links only needs of its own municipalities: another member's needs are not the caller's to cite. */
export async function assertNeedsBelongTo(db: Database, needIds: readonly string[], municipalityIds: readonly string[]): Promise<void> {
  const unique = [...new Set(needIds)];
  if (unique.length === 0) return;
  const rows = await db.select({ id: needs.id, municipalityId: needs.municipalityId }).from(needs).where(inArray(needs.id, unique));
  const allowed = new Set(rows.filter((row) => municipalityIds.includes(row.municipalityId)).map((row) => row.id));
  const refused = unique.filter((id) => !allowed.has(id));
  if (refused.length > 0) throw new ValidationError(`These needs are not needs of the proposal's municipalities: ${refused.join(', ')}.`);
}
