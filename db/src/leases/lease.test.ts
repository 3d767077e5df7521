import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempDb, type TempDb } from '../testing/temp-db.ts';
import { processHolder } from './lease-holder.ts';
import { acquireLease, findLease, releaseDeadLeases, releaseLease } from './lease.ts';

describe('leases', () => {
  let handle: TempDb;
  beforeEach(async () => {
    handle = await createTempDb();
  });
  afterEach(() => handle.destroy());

  const at = (iso: string) => new Date(iso);

  it('gives a lease to one holder at a time until it expires or is released', async () => {
    const db = handle.db;
    expect(await acquireLease({ db, name: 'source:1', holder: 'a', ttlMs: 60_000, now: at('2026-11-26T10:00:00Z') })).toBe(true);
    expect(await acquireLease({ db, name: 'source:1', holder: 'b', ttlMs: 60_000, now: at('2026-11-26T10:00:30Z') })).toBe(false);
    expect(await acquireLease({ db, name: 'source:1', holder: 'a', ttlMs: 60_000, now: at('2026-11-26T10:00:30Z') })).toBe(true);
    expect(await acquireLease({ db, name: 'source:1', holder: 'b', ttlMs: 60_000, now: at('2026-11-26T10:01:31Z') })).toBe(true);
    expect((await findLease({ db, name: 'source:1' }))?.holder).toBe('b');
    await releaseLease({ db, name: 'source:1', holder: 'a' });
    expect((await findLease({ db, name: 'source:1' }))?.holder).toBe('b');
    await releaseLease({ db, name: 'source:1', holder: 'b' });
    expect(await acquireLease({ db, name: 'source:1', holder: 'c', ttlMs: 60_000, now: at('2026-11-26T10:01:32Z') })).toBe(true);
  });

  it('frees the leases of a process of this host that died, and only those', async () => {
    const db = handle.db;
    // A process that has exited: its pid no longer names a process (pids are not reused this fast).
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    const now = at('2026-11-26T10:00:00Z');
    const holders = { crashed: `${hostname()}:${dead}`, alive: processHolder(), elsewhere: `another-host:${dead}`, demo: 'demo-seed:1' };
    for (const [name, holder] of Object.entries(holders)) {
      expect(await acquireLease({ db, name, holder, ttlMs: 15 * 60_000, now })).toBe(true);
    }
    expect(await releaseDeadLeases({ db, now })).toBe(1);
    expect(await findLease({ db, name: 'crashed' })).toBeUndefined();
    for (const name of ['alive', 'elsewhere', 'demo']) expect((await findLease({ db, name }))?.holder).toBe(holders[name as keyof typeof holders]);
    expect(await acquireLease({ db, name: 'crashed', holder: processHolder(), ttlMs: 60_000, now })).toBe(true);
  });

  it('lets exactly one of many simultaneous contenders win', async () => {
    const now = at('2026-11-26T10:00:00Z');
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, index) => acquireLease({ db: handle.db, name: 'source:race', holder: `p${index}`, ttlMs: 60_000, now })),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
  });
});
