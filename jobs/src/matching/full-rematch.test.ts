import { acquireLease, applyIngestPlan, findLease, needs, seedReferenceData, sources } from '@cni/db';
import { buildCallFields, createTempDb, type TempDb } from '@cni/db/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fullRematchJob } from './full-rematch.ts';

const now = new Date('2026-11-26T10:00:00.000Z');

describe('fullRematchJob', () => {
  let handle: TempDb;
  beforeEach(async () => {
    handle = await createTempDb();
    const db = handle.db;
    await seedReferenceData(db);
    const [source] = await db.select({ id: sources.id }).from(sources).limit(1);
    const fields = buildCallFields({ openingDate: '2026-11-01T00:00:00.000Z', deadline: '2027-01-10T00:00:00.000Z' });
    await applyIngestPlan({
      db,
      sourceId: source!.id,
      plan: { creates: [{ callId: 'call-1', itemKey: 'call-1', url: null, contentHash: 'h', fields }], links: [], updates: [] },
      now,
    });
    const [municipality] = await db.$client.execute(`SELECT id FROM municipalities WHERE slug = 'athens'`).then((result) => result.rows);
    await db.insert(needs).values({
      id: 'need-1',
      municipalityId: String(municipality!.id),
      title: 'Ένταξη προσφύγων στην αγορά εργασίας',
      description: '',
      category: 'labour-market',
      targetGroups: [],
      priority: 1,
      estimatedBudgetCents: null,
      status: 'identified',
    });
  });
  afterEach(() => handle.destroy());

  it('recomputes every need’s matches, says what it did, and lets the lease go', async () => {
    const messages: string[] = [];
    await fullRematchJob.run({ db: handle.db, now: () => now, log: (message) => messages.push(message) });
    const rows = await handle.client.execute('SELECT need_id, call_id FROM matches');
    expect(rows.rows.map((row) => [row.need_id, row.call_id])).toEqual([['need-1', 'call-1']]);
    expect(messages).toEqual([expect.stringMatching(/^matches: 1 for 1 needs from 1 calls in \d+ ms, 0 new$/)]);
    expect(await findLease({ db: handle.db, name: 'matching:full' })).toBeUndefined();
  });

  it('leaves the recompute to the process that holds the lease', async () => {
    await acquireLease({ db: handle.db, name: 'matching:full', holder: 'other-process', ttlMs: 60_000, now });
    await fullRematchJob.run({ db: handle.db, now: () => now, log: () => {} });
    expect((await handle.client.execute('SELECT count(*) AS n FROM matches')).rows[0]!.n).toBe(0);
  });

  it('is scheduled nightly, at 03:30 Athens time', () => {
    expect(fullRematchJob.schedule).toBe('30 3 * * *');
  });
});
