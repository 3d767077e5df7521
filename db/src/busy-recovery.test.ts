import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type DbHandle } from './create-db.ts';
import { createTempDb, type TempDb } from './testing/index.ts';

type Transaction = Awaited<ReturnType<DbHandle['client']['transaction']>>;

describe('recovering from SQLITE_BUSY', () => {
  let database: TempDb;
  let waiting: DbHandle;
  let holding: DbHandle;
  let lock: Transaction | undefined;
  beforeEach(async () => {
    database = await createTempDb();
    waiting = await createDb(database.url, undefined, { busyTimeoutMs: 50 });
    holding = await createDb(database.url);
    lock = await holding.client.transaction('write');
    await lock.execute(`INSERT INTO change_counters (name, value) VALUES ('held', 1)`);
  });
  afterEach(async () => {
    if (lock && !lock.closed) await lock.rollback();
    waiting.close();
    holding.close();
    database.destroy();
  });

  const write = (name: string) => `INSERT INTO change_counters (name, value) VALUES ('${name}', 1)`;
  const release = async () => {
    await lock!.rollback();
    lock = undefined;
  };

  for (const [how, attempt] of [
    ['a batch', (db: DbHandle) => db.client.batch([write('refused')], 'write')],
    ['a single statement', (db: DbHandle) => db.client.execute(write('refused'))],
    ['a transaction', (db: DbHandle) => db.client.transaction('write')],
  ] as const) {
    it(`commits again, and leaves the lock free, after ${how} met the lock`, async () => {
      await expect(attempt(waiting)).rejects.toMatchObject({ code: expect.stringMatching(/^SQLITE_BUSY/) });
      await release();
      // Without the recovery the next commit on that connection fails with "SQL statements in progress"
      // and keeps the write lock.
      await waiting.client.batch([write('batch')], 'write');
      const transaction = await waiting.client.transaction('write');
      await transaction.execute(write('transaction'));
      await transaction.commit();
      await holding.client.execute(write('other process'));
      const { rows } = await holding.client.execute(`SELECT name FROM change_counters WHERE value = 1 ORDER BY name`);
      expect(rows.map((row) => row.name)).toEqual(['batch', 'other process', 'transaction']);
    });
  }

  it('waits for a transaction still open on this client before reopening its connections', async () => {
    const reading = await waiting.client.transaction('read');
    await reading.execute('SELECT count(*) FROM change_counters');
    await expect(waiting.client.execute(write('refused'))).rejects.toMatchObject({ code: expect.stringMatching(/^SQLITE_BUSY/) });
    const { rows } = await reading.execute(`SELECT count(*) AS n FROM change_counters`);
    expect(Number(rows[0]!.n)).toBe(2);
    await reading.commit();
    await release();
    await waiting.client.batch([write('after')], 'write');
    expect((await holding.client.execute(`SELECT count(*) AS n FROM change_counters WHERE name = 'after'`)).rows[0]!.n).toBe(1);
  });
});
