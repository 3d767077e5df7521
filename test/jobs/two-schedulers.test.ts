import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { sources } from '@cni/db';
import { createTempDb, type TempDb } from '@cni/db/testing';
import { startFixtureServer } from '@cni/jobs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../helpers/scheduler-process.ts', import.meta.url));
const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));

function runSchedulerProcess(databaseUrl: string, runMs: number): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(tsx, [script], { env: { ...process.env, DATABASE_URL: databaseUrl, RUN_MS: String(runMs) } });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('two product processes scheduling sources on one database file', () => {
  let handle: TempDb;
  let fixtures: { url: string; close(): Promise<void> };
  beforeEach(async () => {
    handle = await createTempDb();
    fixtures = await startFixtureServer();
  });
  afterEach(async () => {
    handle.destroy();
    await fixtures.close();
  });

  it('runs each due source exactly once per tick', async () => {
    const feeds = ['greek-donor-calls', 'international-donors'];
    for (const feed of feeds) {
      await handle.db.insert(sources).values({
        id: randomUUID(),
        name: feed,
        kind: 'rss',
        url: `${fixtures.url}/feeds/${feed}.xml`,
        options: {},
        // Every two seconds, so a tick cannot hide inside the next one.
        schedule: '*/2 * * * * *',
        enabled: true,
      });
    }
    const results = await Promise.all([runSchedulerProcess(handle.url, 9000), runSchedulerProcess(handle.url, 9000)]);
    for (const result of results) expect(result.code, result.stderr).toBe(0);

    const runs = (await handle.client.execute('SELECT source_id, started_at, status FROM source_runs ORDER BY started_at')).rows;
    const ticks = new Map<string, number>();
    for (const run of runs) {
      expect(run.status).toBe('ok');
      const tick = `${run.source_id}@${String(run.started_at).slice(0, 19)}`;
      ticks.set(tick, (ticks.get(tick) ?? 0) + 1);
    }
    expect([...ticks.values()].every((count) => count === 1)).toBe(true);
    // Both sources ran on several ticks (which process won each tick is up to the race).
    for (const feed of await handle.db.select({ id: sources.id }).from(sources)) {
      expect(runs.filter((run) => run.source_id === feed.id).length).toBeGreaterThanOrEqual(2);
    }
  }, 30_000);
});
