import { count } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { goodPractices } from '../schema/index.ts';
import { seedDemoData, seedReferenceData } from '../seed/seed.ts';
import { createTempDb, type TempDb } from '../testing/temp-db.ts';
import { demoGoodPractices } from './demo-good-practices.data.ts';
import { seedDemoGoodPractices } from './demo-good-practices.ts';

describe('seedDemoGoodPractices', () => {
  let handle: TempDb;
  beforeEach(async () => {
    handle = await createTempDb();
    await seedReferenceData(handle.db);
    await seedDemoData(handle.db);
  });
  afterEach(() => handle.destroy());

  it('writes every demo practice once, in a known municipality, even when run again', async () => {
    await seedDemoGoodPractices(handle.db);
    const [row] = await handle.db.select({ n: count() }).from(goodPractices);
    expect(row!.n).toBe(demoGoodPractices.length);
    const themes = new Set((await handle.client.execute('SELECT slug FROM themes')).rows.map((theme) => theme.slug));
    for (const practice of demoGoodPractices) {
      expect(practice.themes.every((theme) => themes.has(theme))).toBe(true);
      expect(practice.contacts.every((contact) => contact.email === '' || contact.email.endsWith('@example.gr'))).toBe(true);
      expect(practice.links.every((link) => link.url.startsWith('https://www.example.gr/'))).toBe(true);
    }
  });
});
