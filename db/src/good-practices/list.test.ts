import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../access/actor.ts';
import { users } from '../schema/index.ts';
import { seedDemoData, seedReferenceData } from '../seed/seed.ts';
import { createTempDb, type TempDb } from '../testing/temp-db.ts';
import { createGoodPractice } from './create.ts';
import { listGoodPractices } from './list.ts';
import { updateGoodPractice } from './update.ts';

describe('listGoodPractices', () => {
  let handle: TempDb;
  let coordinator: Actor;
  beforeEach(async () => {
    handle = await createTempDb();
    await seedReferenceData(handle.db);
    await seedDemoData(handle.db);
    const [user] = await handle.db.select({ id: users.id }).from(users).where(eq(users.email, 'coordinator@demo.cni.gr'));
    coordinator = { userId: user!.id, email: 'coordinator@demo.cni.gr', role: 'coordinator', municipalityId: null };
  });
  afterEach(() => handle.destroy());

  const titles = async (q: string) => (await listGoodPractices({ db: handle.db, filters: { q } })).items.map((item) => item.title);

  it('lists the demo practices by Greek alphabetical title without text', async () => {
    const { items, total } = await listGoodPractices({ db: handle.db, filters: {} });
    expect(total).toBe(items.length);
    expect(total).toBeGreaterThanOrEqual(8);
    const sorted = [...items.map((item) => item.title)].sort((a, b) => a.localeCompare(b, 'el'));
    expect(items.map((item) => item.title)).toEqual(sorted);
    expect(items[0]).not.toHaveProperty('highlights');
  });

  it('finds the same practice whatever the accents, case and inflection', async () => {
    const larissa = 'Μαθήματα ελληνικών για μητέρες με φύλαξη παιδιών';
    for (const q of ['μητέρες', 'ΜΗΤΕΡΩΝ', 'μητερα', 'Μητέρα', 'Λάρισα', 'ΛΑΡΙΣΑΣ']) expect(await titles(q)).toContain(larissa);
    expect(await titles('μητέρες ποδήλατο')).toEqual([]);
  });

  it('does not find a practice by the address its body links to', async () => {
    expect(await titles('mathimata')).toEqual([]);
    expect(await titles('example')).toEqual([]);
  });

  it('indexes a practice under its municipality’s names and re-indexes it when its body changes', async () => {
    const created = await createGoodPractice({
      ctx: { db: handle.db, actor: coordinator },
      input: { title: 'Κοινωνικό φροντιστήριο', municipality: 'trikala', summary: 'Μαθήματα για μαθητές.', body: 'Με εθελοντές καθηγητές.', themes: [], programme: null, contacts: [], links: [] },
    });
    expect(await titles('εθελοντών')).toContain('Κοινωνικό φροντιστήριο');
    // Its text never names the city: the municipality's names in both languages are indexed with it.
    for (const q of ['Τρικάλων', 'trikala']) expect(await titles(q)).toContain('Κοινωνικό φροντιστήριο');
    await updateGoodPractice({ ctx: { db: handle.db, actor: coordinator }, id: created.id, patch: { version: created.version, body: 'Με φοιτητές του πανεπιστημίου.' } });
    expect(await titles('εθελοντών')).not.toContain('Κοινωνικό φροντιστήριο');
    expect(await titles('φοιτητών')).toContain('Κοινωνικό φροντιστήριο');
  });

  it('filters by theme, programme and municipality and highlights the matching words', async () => {
    const byTheme = await listGoodPractices({ db: handle.db, filters: { theme: 'institutional-reform' } });
    expect(byTheme.items.length).toBeGreaterThan(0);
    expect(byTheme.items.every((item) => item.themes.includes('institutional-reform'))).toBe(true);
    const byProgramme = await listGoodPractices({ db: handle.db, filters: { programme: 'amif', municipality: 'piraeus' } });
    expect(byProgramme.items.map((item) => item.municipality.slug)).toEqual(['piraeus']);
    const searched = await listGoodPractices({ db: handle.db, filters: { q: 'μεσολαβητές', municipality: 'ioannina' } });
    expect(searched.items).toHaveLength(1);
    const { title } = searched.items[0]!.highlights!;
    expect(title.highlights.map(([start, end]) => title.text.slice(start, end))).toEqual(['μεσολαβητές']);
  });

  it('treats quotes and FTS operators in the text as plain characters, never as query syntax', async () => {
    for (const q of ['"', 'NEAR(', '-', 'a:b', 'ΚΕΜ" OR "']) await expect(listGoodPractices({ db: handle.db, filters: { q } })).resolves.toHaveProperty('total');
    expect(await titles('"μητέρες*')).toContain('Μαθήματα ελληνικών για μητέρες με φύλαξη παιδιών');
  });
});
