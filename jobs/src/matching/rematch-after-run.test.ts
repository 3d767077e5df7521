import { randomUUID } from 'node:crypto';
import { sources } from '@cni/db';
import { createTempDb, type TempDb } from '@cni/db/testing';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFixtureServer } from '../demo/fixture-server.ts';
import { createFetchDocument } from '../fetch/fetch-document.ts';
import { connectors } from '../ingest/connector-registry.ts';
import { runSource } from '../ingest/run-source.ts';

describe('a source run and matching', () => {
  let fixtures: { url: string; close(): Promise<void> };
  let handle: TempDb;
  beforeAll(async () => {
    fixtures = await startFixtureServer();
  });
  afterAll(() => fixtures.close());
  beforeEach(async () => {
    handle = await createTempDb();
  });
  afterEach(() => handle.destroy());

  it('tells the ids of the calls a run created, and of none when a second run changes nothing', async () => {
    const id = randomUUID();
    const url = `${fixtures.url}/feeds/greek-donor-calls.xml`;
    await handle.db.insert(sources).values({ id, name: 'feed', kind: 'rss', url, options: {}, schedule: '0 * * * *', enabled: true });
    const told: string[][] = [];
    const deps = {
      db: handle.db,
      fetchDocument: createFetchDocument({ allowlist: ['127.0.0.1'], timeoutMs: 5_000 }),
      connectors,
      now: () => new Date('2026-11-26T10:00:00Z'),
      holder: 'test',
      callsChanged: (ids: string[]) => told.push(ids),
    };
    const first = await runSource(deps, id);
    const stored = await handle.client.execute('SELECT id FROM calls ORDER BY id');
    expect(first.outcome === 'ran' && first.run.created).toBe(stored.rows.length);
    expect(told).toHaveLength(1);
    expect([...told[0]!].sort()).toEqual(stored.rows.map((row) => String(row.id)));

    await runSource(deps, id);
    expect(told).toHaveLength(1);
  });
});
