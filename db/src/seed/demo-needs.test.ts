import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { needStatuses } from '../schema/index.ts';
import { createTempDb, type TempDb } from '../testing/temp-db.ts';
import { demoNeeds } from './demo-needs.data.ts';
import { cniMunicipalities } from './municipalities.data.ts';
import { seedDemoData, seedReferenceData } from './seed.ts';
import { cniThemes } from './themes.data.ts';

const greekScript = /\p{Script=Greek}/u;
const themeSlugs: string[] = cniThemes.map((theme) => theme.slug);

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.;!])\s+/u).filter((sentence) => sentence.trim() !== '');
}

describe('demo needs data', () => {
  it('gives every member municipality (each has a demo officer) three to six needs', () => {
    for (const municipality of cniMunicipalities) {
      const count = demoNeeds[municipality.slug].length;
      expect(count, municipality.slug).toBeGreaterThanOrEqual(3);
      expect(count, municipality.slug).toBeLessThanOrEqual(6);
    }
  });

  it('writes each need in Greek with a two- or three-sentence description', () => {
    for (const need of Object.values(demoNeeds).flat()) {
      expect(need.title, need.title).toMatch(greekScript);
      expect(sentencesOf(need.description).length, need.title).toBeGreaterThanOrEqual(2);
      expect(sentencesOf(need.description).length, need.title).toBeLessThanOrEqual(3);
      expect(need.targetGroups.length, need.title).toBeGreaterThan(0);
      for (const group of need.targetGroups) expect(group, need.title).toMatch(greekScript);
    }
  });

  it('keeps every field within what the needs registry accepts', () => {
    for (const need of Object.values(demoNeeds).flat()) {
      expect(themeSlugs, need.title).toContain(need.category);
      expect([1, 2, 3], need.title).toContain(need.priority);
      expect(needStatuses, need.title).toContain(need.status);
      if (need.estimatedBudgetCents !== null) {
        expect(Number.isSafeInteger(need.estimatedBudgetCents), need.title).toBe(true);
        expect(need.estimatedBudgetCents, need.title).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('draws on all five categories of the CNI needs assessment', () => {
    const used = new Set(Object.values(demoNeeds).flat().map((need) => need.category));
    expect([...used].sort()).toEqual([...themeSlugs].sort());
  });

  it('gives no municipality two needs with one title, since seeding matches needs by title', () => {
    for (const [slug, list] of Object.entries(demoNeeds)) {
      expect(new Set(list.map((need) => need.title)).size, slug).toBe(list.length);
    }
  });
});

describe('seeding the demo needs', () => {
  let handle: TempDb;
  beforeEach(async () => {
    handle = await createTempDb();
  });
  afterEach(() => handle.destroy());

  async function needCounts(): Promise<Record<string, number>> {
    const rows = await handle.client.execute(
      'SELECT m.slug AS slug, COUNT(n.id) AS needs FROM municipalities m LEFT JOIN needs n ON n.municipality_id = m.id GROUP BY m.slug',
    );
    return Object.fromEntries(rows.rows.map((row) => [String(row.slug), Number(row.needs)]));
  }

  it('stores each municipality’s demo needs once, however often it runs', async () => {
    await seedReferenceData(handle.db);
    await seedDemoData(handle.db);
    const expected = Object.fromEntries(cniMunicipalities.map((municipality) => [municipality.slug, demoNeeds[municipality.slug].length]));
    expect(await needCounts()).toEqual(expected);
    await seedDemoData(handle.db);
    expect(await needCounts()).toEqual(expected);
  });

  it('adds only the missing needs when some are already there', async () => {
    await seedReferenceData(handle.db);
    await seedDemoData(handle.db);
    const [first] = demoNeeds.tilos;
    await handle.client.execute({ sql: 'DELETE FROM needs WHERE title = ?', args: [first!.title] });
    await seedDemoData(handle.db);
    const rows = await handle.client.execute({ sql: 'SELECT COUNT(*) AS count FROM needs WHERE title = ?', args: [first!.title] });
    expect(Number(rows.rows[0]!.count)).toBe(1);
    expect((await needCounts()).tilos).toBe(demoNeeds.tilos.length);
  });
});
