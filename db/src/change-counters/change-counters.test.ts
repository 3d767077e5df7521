import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type DbHandle } from '../create-db.ts';
import { seedDemoData, seedReferenceData } from '../index.ts';
import { buildCallFields, createTempDb, insertTestCalls, type TempDb } from '../testing/index.ts';
import type { ChangeCounterName } from '../schema/index.ts';
import { readChangeCounters } from './read-change-counters.ts';

describe('change counters', () => {
  let database: TempDb;
  let other: DbHandle;
  let callId: string;
  beforeEach(async () => {
    database = await createTempDb();
    await seedReferenceData(database.db);
    await seedDemoData(database.db);
    callId = (await insertTestCalls(database.db, [buildCallFields({ title: 'Στέγαση αιτούντων άσυλο' })]))[0]!;
    // Writes come from a second connection to the same file, as from the jobs process.
    other = await createDb(database.url);
  });
  afterEach(() => {
    other.close();
    database.destroy();
  });

  async function moves(name: ChangeCounterName, sql: string): Promise<boolean> {
    const before = (await readChangeCounters(database.db))[name];
    const result = await other.client.execute(sql);
    expect(result.rowsAffected, sql).toBeGreaterThan(0);
    return ((await readChangeCounters(database.db))[name]) > before;
  }

  it('moves `calls` on every write to calls, their search documents and their sources', async () => {
    const writes = [
      `UPDATE calls SET title = 'Στέγαση 2' WHERE id = '${callId}'`,
      `UPDATE call_search SET programme = 'amif' WHERE call_id = '${callId}'`,
      `UPDATE call_sources SET content_hash = 'changed' WHERE call_id = '${callId}'`,
      `INSERT INTO call_sources (source_id, item_key, call_id, url, content_hash, first_seen_at, last_changed_at)
         SELECT source_id, 'second-item', call_id, url, content_hash, first_seen_at, last_changed_at FROM call_sources WHERE call_id = '${callId}'`,
      `DELETE FROM call_sources WHERE item_key = 'second-item'`,
      `DELETE FROM call_search WHERE call_id = '${callId}'`,
    ];
    for (const write of writes) expect(await moves('calls', write), write).toBe(true);
    const [second] = await insertTestCalls(other.db, [buildCallFields({ title: 'Κοινωνική ένταξη' })]);
    expect(second).toBeDefined();
    expect(await moves('calls', `DELETE FROM calls WHERE id = '${second}'`)).toBe(true);
  });

  it('moves `accounts` when a session ends or an account, membership or municipality changes, not when a session is touched', async () => {
    const { rows } = await database.client.execute(`SELECT id FROM users WHERE email = 'officer.athens@demo.cni.gr'`);
    const userId = String(rows[0]![0]);
    await other.client.execute({
      sql: `INSERT INTO sessions (id, user_id, created_at, last_seen_at, expires_at) VALUES ('s1', ?, '2026-11-26T10:00:00.000Z', '2026-11-26T10:00:00.000Z', '2026-12-03T10:00:00.000Z')`,
      args: [userId],
    });
    expect(await moves('accounts', `UPDATE sessions SET last_seen_at = '2026-11-26T11:00:00.000Z' WHERE id = 's1'`)).toBe(false);
    expect(await moves('accounts', `DELETE FROM sessions WHERE id = 's1'`)).toBe(true);
    expect(await moves('accounts', `UPDATE users SET disabled_at = '2026-11-26T12:00:00.000Z' WHERE id = '${userId}'`)).toBe(true);
    expect(await moves('accounts', `UPDATE memberships SET role = 'coordinator', municipality_id = NULL WHERE user_id = '${userId}'`)).toBe(true);
    expect(await moves('accounts', `UPDATE municipalities SET name_el = 'Δήμος Αθηναίων' WHERE slug = 'athens'`)).toBe(true);
    expect(await moves('accounts', `DELETE FROM memberships WHERE user_id = '${userId}'`)).toBe(true);
    expect(await moves('accounts', `INSERT INTO memberships (user_id, role, created_at) VALUES ('${userId}', 'liaison', '2026-11-26T12:00:00.000Z')`)).toBe(true);
    expect(await moves('accounts', `DELETE FROM users WHERE id = '${userId}'`)).toBe(true);
    // Calls were not written: their caches stay.
    expect((await readChangeCounters(database.db)).calls).toBe((await readChangeCounters(other.db)).calls);
  });
});
