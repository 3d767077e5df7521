import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sources } from '../schema/index.ts';
import { buildCallFields } from '../testing/factories.ts';
import { createTempDb, type TempDb } from '../testing/temp-db.ts';
import { getCall } from './get.ts';
import { applyIngestPlan, loadCallIndex, loadSourceLinks } from './ingest.ts';
import { listCalls } from './list.ts';

const now = new Date('2026-11-26T10:00:00Z');
const filters = { sort: 'deadline' as const, page: 1, pageSize: 20 };

describe('applyIngestPlan', () => {
  let handle: TempDb;
  let sourceId: string;
  beforeEach(async () => {
    handle = await createTempDb();
    sourceId = randomUUID();
    await handle.db.insert(sources).values({ id: sourceId, name: 'Feed', kind: 'rss', url: 'https://example.org/feed', options: {}, schedule: '0 * * * *', enabled: true });
  });
  afterEach(() => handle.destroy());

  it('creates calls with their source links, then records a revision when the deadline moves', async () => {
    const callId = randomUUID();
    const fields = buildCallFields();
    await applyIngestPlan({ db: handle.db, sourceId, now, plan: { creates: [{ callId, itemKey: 'guid-1', url: fields.url, contentHash: 'h1', fields }], links: [], updates: [] } });

    expect((await loadSourceLinks({ db: handle.db, sourceId })).get('guid-1')).toEqual({ itemKey: 'guid-1', callId, contentHash: 'h1' });
    expect(await loadCallIndex({ db: handle.db })).toEqual([{ id: callId, reference: fields.reference, url: fields.url, title: fields.title }]);

    const extended = { ...fields, deadline: '2027-03-15T16:00:00.000Z', summary: 'Reworded summary.' };
    const later = new Date('2026-12-01T09:00:00Z');
    const result = await applyIngestPlan({
      db: handle.db,
      sourceId,
      now: later,
      plan: { creates: [], links: [], updates: [{ callId, itemKey: 'guid-1', url: fields.url, contentHash: 'h2', fields: extended }] },
    });
    expect(result).toEqual({ created: 0, linked: 0, updated: 1 });
    const call = await getCall({ db: handle.db, id: callId, now: later });
    expect(call.deadline).toBe('2027-03-15T16:00:00.000Z');
    expect(call.summary).toBe('Reworded summary.');
    expect(call.revisions).toEqual([
      { at: later.toISOString(), changes: { deadline: { from: '2027-02-15T16:00:00.000Z', to: '2027-03-15T16:00:00.000Z' } } },
    ]);
    expect(call.sources).toMatchObject([{ sourceId, name: 'Feed', kind: 'rss', url: fields.url }]);
  });

  it('computes status from the dates at read time, with facets that ignore their own filter', async () => {
    const plan = {
      creates: [
        { deadline: '2026-10-01T10:00:00.000Z', key: 'closed' },
        { deadline: '2027-01-10T10:00:00.000Z', key: 'open' },
        { openingDate: '2027-01-01T00:00:00.000Z', deadline: '2027-03-01T10:00:00.000Z', key: 'forthcoming' },
        { withdrawn: true, key: 'withdrawn' },
      ].map(({ key, ...overrides }) => {
        const fields = buildCallFields({ title: `Call ${key}`, reference: key, url: `https://example.org/${key}`, openingDate: null, ...overrides });
        return { callId: randomUUID(), itemKey: key, url: fields.url, contentHash: key, fields };
      }),
      links: [],
      updates: [],
    };
    await applyIngestPlan({ db: handle.db, sourceId, now, plan });

    const all = await listCalls({ db: handle.db, filters, now });
    expect(Object.fromEntries(all.items.map((call) => [call.title, call.status]))).toEqual({
      'Call closed': 'closed',
      'Call open': 'open',
      'Call forthcoming': 'forthcoming',
      'Call withdrawn': 'withdrawn',
    });
    expect(all.items.map((call) => call.title).slice(0, 2)).toEqual(['Call open', 'Call forthcoming']);

    const open = await listCalls({ db: handle.db, filters: { ...filters, status: 'open' }, now });
    expect(open.items.map((call) => call.title)).toEqual(['Call open']);
    expect(open.facets.status).toEqual({ closed: 1, open: 1, forthcoming: 1, withdrawn: 1 });

    const afterDeadline = await listCalls({ db: handle.db, filters: { ...filters, status: 'open' }, now: new Date('2027-02-01T00:00:00Z') });
    expect(afterDeadline.items.map((call) => call.title)).toEqual(['Call forthcoming']);
  });
});
