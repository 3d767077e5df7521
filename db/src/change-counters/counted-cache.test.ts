import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type DbHandle } from '../create-db.ts';
import { buildCallFields, createTempDb, insertTestCalls, type TempDb } from '../testing/index.ts';
import { CountedCache } from './counted-cache.ts';
import { readChangeCounters } from './read-change-counters.ts';

describe('CountedCache', () => {
  let database: TempDb;
  let other: DbHandle;
  let loads: number;
  let cache: CountedCache<string>;
  const load = (value: string, validUntilMs?: number) => async () => {
    loads += 1;
    return { value, ...(validUntilMs !== undefined ? { validUntilMs } : {}) };
  };
  beforeEach(async () => {
    database = await createTempDb();
    other = await createDb(database.url);
    loads = 0;
    cache = new CountedCache<string>({ counter: 'calls', maxEntries: 3 });
  });
  afterEach(() => {
    other.close();
    database.destroy();
  });

  it('loads once while nothing is written, and again after a write from another connection', async () => {
    expect(await cache.get(await readChangeCounters(database.db), 'page-1', load('first'))).toBe('first');
    expect(await cache.get(await readChangeCounters(database.db), 'page-1', load('second'))).toBe('first');
    expect(loads).toBe(1);

    await insertTestCalls(other.db, [buildCallFields()]);
    expect(await cache.get(await readChangeCounters(database.db), 'page-1', load('third'))).toBe('third');
    expect(loads).toBe(2);
  });

  it('loads again once an entry is past its own validity, written or not', async () => {
    await cache.get(await readChangeCounters(database.db), 'list', load('before the deadline', 1_000), 500);
    expect(await cache.get(await readChangeCounters(database.db), 'list', load('unused'), 999)).toBe('before the deadline');
    expect(await cache.get(await readChangeCounters(database.db), 'list', load('after the deadline'), 1_000)).toBe('after the deadline');
    expect(loads).toBe(2);
  });

  it('does not keep a value loaded while a write landed', async () => {
    const value = await cache.get(await readChangeCounters(database.db), 'page-1', async () => {
      loads += 1;
      await insertTestCalls(other.db, [buildCallFields()]);
      return { value: 'read before the write committed' };
    });
    expect(value).toBe('read before the write committed');
    expect(await cache.get(await readChangeCounters(database.db), 'page-1', load('fresh'))).toBe('fresh');
  });

  it('keeps nothing for an undefined load and drops the least recently used entry past maxEntries', async () => {
    expect(await cache.get(await readChangeCounters(database.db), 'unknown', async () => undefined)).toBeUndefined();
    expect(cache.size).toBe(0);
    for (const key of ['a', 'b', 'c']) await cache.get(await readChangeCounters(database.db), key, load(key));
    await cache.get(await readChangeCounters(database.db), 'a', load('unused'));
    await cache.get(await readChangeCounters(database.db), 'd', load('d'));
    expect(cache.size).toBe(3);
    const before = loads;
    expect(await cache.get(await readChangeCounters(database.db), 'a', load('a again'))).toBe('a');
    expect(await cache.get(await readChangeCounters(database.db), 'b', load('b again'))).toBe('b again');
    expect(loads).toBe(before + 1);
  });
});
