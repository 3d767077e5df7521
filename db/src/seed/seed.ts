import { randomUUID } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import type { Database } from '../create-db.ts';
import { municipalities, needs, proposalTemplates, sources, themes, users } from '../schema/index.ts';
import { seedDemoProposals } from '../proposals/demo-proposals.ts';
import { seedDemoHistory } from '../proposals/outcome-demo-history.ts';
import { seedDemoAnnouncements } from '../announcements/demo-announcements.ts';
import { seedDemoGoodPractices } from '../good-practices/demo-good-practices.ts';
import { defaultProposalTemplates } from '../proposals/templates.data.ts';
import { defaultSources } from './default-sources.data.ts';
import { buildUserInserts } from '../users/create.ts';
import { hashPassword } from '../users/password.ts';
import { writeBatch } from '../write-batch.ts';
import { demoNeeds } from './demo-needs.data.ts';
import { cniMunicipalities } from './municipalities.data.ts';
import { cniThemes } from './themes.data.ts';

export const demoPassword = 'demo-password';

/**
 * Municipalities, themes and, on a database without sources, the default source list: every installation
 * needs them, so this runs at every start and is idempotent. Sources an admin deleted are not brought back.
 */
export async function seedReferenceData(db: Database): Promise<void> {
  const [existing] = await db.select({ sources: count() }).from(sources);
  await writeBatch(db, [
    ...((existing?.sources ?? 0) === 0 ? [db.insert(sources).values(defaultSources.map((source) => ({ id: randomUUID(), ...source })))] : []),
    db
      .insert(municipalities)
      .values(cniMunicipalities.map((municipality) => ({ id: randomUUID(), ...municipality })))
      .onConflictDoNothing({ target: municipalities.slug }),
    db.insert(themes).values([...cniThemes]).onConflictDoNothing({ target: themes.slug }),
    // Templates the coordination team edited are kept as they are.
    db
      .insert(proposalTemplates)
      .values(defaultProposalTemplates.map((template) => ({ ...template, sections: [...template.sections] })))
      .onConflictDoNothing({ target: proposalTemplates.key }),
  ]);
}

export async function hasUsers(db: Database): Promise<boolean> {
  const [row] = await db.select({ users: count() }).from(users);
  return (row?.users ?? 0) > 0;
}

function demoAccounts(municipalityIds: Map<string, string>) {
  const networkWide = [
    { email: 'admin@demo.cni.gr', name: 'Διαχειριστής Συστήματος', role: 'admin' as const },
    { email: 'coordinator@demo.cni.gr', name: 'Ελένη Παπαδοπούλου', role: 'coordinator' as const },
    { email: 'liaison@demo.cni.gr', name: 'Νίκος Αντωνίου', role: 'liaison' as const },
  ].map((account) => ({ ...account, municipalityId: null }));
  const officers = cniMunicipalities.map((municipality) => ({
    email: `officer.${municipality.slug}@demo.cni.gr`,
    name: `Υπεύθυνος/η έργων, ${municipality.nameEl}`,
    role: 'officer' as const,
    municipalityId: municipalityIds.get(municipality.slug) ?? null,
  }));
  return [...networkWide, ...officers];
}

/**
 * Demo accounts and a few needs. Users are matched by e-mail and needs by title, so running it twice adds
 * nothing; start-up calls it only on a database without users.
 */
export async function seedDemoData(db: Database): Promise<void> {
  const rows = await db.select({ id: municipalities.id, slug: municipalities.slug }).from(municipalities);
  const municipalityIds = new Map(rows.map((row) => [row.slug, row.id]));
  // One hash for every demo account: they share a published password, and hashing 21 times would slow tests.
  const passwordHash = await hashPassword(demoPassword);
  const existing = new Set((await db.select({ email: users.email }).from(users)).map((row) => row.email));
  const statements = [];
  for (const account of demoAccounts(municipalityIds)) {
    if (existing.has(account.email)) continue;
    statements.push(...buildUserInserts(db, randomUUID(), { ...account, passwordHash }));
  }
  for (const [slug, list] of Object.entries(demoNeeds)) {
    const municipalityId = municipalityIds.get(slug);
    if (!municipalityId) continue;
    const titles = new Set(
      (await db.select({ title: needs.title }).from(needs).where(eq(needs.municipalityId, municipalityId))).map((row) => row.title),
    );
    for (const need of list) {
      if (!titles.has(need.title)) statements.push(db.insert(needs).values({ id: randomUUID(), municipalityId, ...need }));
    }
  }
  if (statements.length > 0) await writeBatch(db, statements);
  await seedDemoProposals(db);
  // Practices before the history: some demo lessons link a practice by its title.
  await seedDemoGoodPractices(db);
  await seedDemoHistory(db);
  await seedDemoAnnouncements(db);
}
