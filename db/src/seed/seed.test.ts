import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempDb, type TempDb } from '../testing/temp-db.ts';
import { verifyPassword } from '../users/password.ts';
import { findAccountByEmail } from '../users/find-account.ts';
import { demoPassword, seedDemoData, seedReferenceData } from './seed.ts';

async function snapshot(handle: TempDb) {
  const tables = ['municipalities', 'themes', 'users', 'memberships', 'needs'];
  const result: Record<string, unknown[]> = {};
  for (const table of tables) {
    result[table] = (await handle.client.execute(`SELECT * FROM ${table} ORDER BY 1`)).rows.map((row) => ({ ...row }));
  }
  return result;
}

describe('seed', () => {
  let handle: TempDb;
  beforeEach(async () => {
    handle = await createTempDb();
  });
  afterEach(() => handle.destroy());

  it('creates the 18 CNI municipalities with Greek and English names and five themes', async () => {
    await seedReferenceData(handle.db);
    const rows = (await handle.client.execute('SELECT slug, name, name_el, region FROM municipalities')).rows;
    expect(rows).toHaveLength(18);
    const athens = rows.find((row) => row.slug === 'athens');
    expect(athens?.name_el).toBe('Αθήνα');
    expect(athens?.region).toBe('Attica');
    const themes = (await handle.client.execute('SELECT slug FROM themes ORDER BY slug')).rows.map((row) => row.slug);
    expect(themes).toEqual(['awareness-participation', 'institutional-reform', 'labour-market', 'municipal-services', 'networking']);
  });

  it('is idempotent: seeding twice leaves exactly the same rows', async () => {
    await seedReferenceData(handle.db);
    await seedDemoData(handle.db);
    const first = await snapshot(handle);
    await seedReferenceData(handle.db);
    await seedDemoData(handle.db);
    expect(await snapshot(handle)).toEqual(first);
    expect(first.users).toHaveLength(21);
  });

  it('gives every demo account the published password and officers their municipality', async () => {
    await seedReferenceData(handle.db);
    await seedDemoData(handle.db);
    const officer = await findAccountByEmail({ db: handle.db, email: 'Officer.Piraeus@demo.cni.gr' });
    expect(officer?.role).toBe('officer');
    expect(officer?.municipalitySlug).toBe('piraeus');
    expect(await verifyPassword(demoPassword, officer!.passwordHash)).toBe(true);
    expect(await verifyPassword('wrong', officer!.passwordHash)).toBe(false);
    const liaison = await findAccountByEmail({ db: handle.db, email: 'liaison@demo.cni.gr' });
    expect(liaison?.role).toBe('liaison');
    expect(liaison?.municipalityId).toBeNull();
  });
});
