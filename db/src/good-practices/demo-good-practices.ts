import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../create-db.ts';
import { goodPractices, municipalities, users } from '../schema/index.ts';
import { writeBatch } from '../write-batch.ts';
import { buildGoodPracticeInsert } from './create.ts';
import { demoGoodPractices } from './demo-good-practices.data.ts';

/** The demo's good practices, written up by the demo coordinator; matched by title so that seeding twice adds nothing. */
export async function seedDemoGoodPractices(db: Database): Promise<void> {
  const existing = new Set((await db.select({ title: goodPractices.title }).from(goodPractices)).map((row) => row.title));
  const wanted = demoGoodPractices.filter((practice) => !existing.has(practice.title));
  if (wanted.length === 0) return;
  const bySlug = new Map(
    (await db.select({ id: municipalities.id, slug: municipalities.slug, name: municipalities.name, nameEl: municipalities.nameEl }).from(municipalities)).map(
      (row) => [row.slug, row],
    ),
  );
  const [coordinator] = await db.select({ id: users.id }).from(users).where(eq(users.email, 'coordinator@demo.cni.gr')).limit(1);
  const statements = wanted.flatMap((input) => {
    const municipality = bySlug.get(input.municipality);
    return municipality ? [buildGoodPracticeInsert(db, { id: randomUUID(), input, municipality, authorUserId: coordinator?.id ?? null })] : [];
  });
  if (statements.length > 0) await writeBatch(db, statements);
}
