import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCallFields, createTempDb, insertTestCalls, type TempDb } from '../testing/index.ts';
import { nextCallStatusChange } from './next-status-change.ts';

describe('nextCallStatusChange', () => {
  let database: TempDb;
  beforeEach(async () => {
    database = await createTempDb();
  });
  afterEach(() => database.destroy());

  const now = new Date('2026-11-26T12:00:00.000Z');

  it('is the nearest opening date or deadline still ahead', async () => {
    await insertTestCalls(database.db, [
      buildCallFields({ openingDate: '2026-10-01T00:00:00.000Z', deadline: '2026-11-26T12:00:00.000Z' }),
      buildCallFields({ openingDate: '2026-12-15T08:00:00.000Z', deadline: '2027-02-01T10:00:00.000Z' }),
      buildCallFields({ openingDate: null, deadline: '2026-12-10T15:00:00.000Z' }),
    ]);
    expect(await nextCallStatusChange({ db: database.db, now })).toEqual(new Date('2026-12-10T15:00:00.000Z'));
    expect(await nextCallStatusChange({ db: database.db, now: new Date('2026-12-10T15:00:00.000Z') })).toEqual(new Date('2026-12-15T08:00:00.000Z'));
  });

  it('is null when every date has passed or there are none', async () => {
    expect(await nextCallStatusChange({ db: database.db, now })).toBeNull();
    await insertTestCalls(database.db, [buildCallFields({ openingDate: null, deadline: null }), buildCallFields({ openingDate: null, deadline: '2026-01-01T00:00:00.000Z' })]);
    expect(await nextCallStatusChange({ db: database.db, now })).toBeNull();
  });
});
