import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Ctx } from '../../access/actor.ts';
import { ConflictError, NotFoundError } from '../../errors.ts';
import { createTempDb, type TempDb } from '../../testing/temp-db.ts';
import { createUser } from '../../users/create.ts';
import { createSavedSearch } from './create.ts';
import { deleteSavedSearch } from './delete.ts';
import { listSavedSearches } from './list.ts';
import { maxSavedSearchesPerUser } from './saved-search-columns.ts';
import { toCallFilters } from './saved-search-query.ts';

const now = new Date('2026-11-26T10:00:00.000Z');

describe('saved searches', () => {
  let handle: TempDb;
  let maria: Ctx;
  let nikos: Ctx;
  const userCtx = async (email: string): Promise<Ctx> => {
    const userId = await createUser({ db: handle.db, actor: null }, { email, name: email, passwordHash: 'x', role: 'coordinator', municipalityId: null });
    return { db: handle.db, actor: { userId, email, role: 'coordinator', municipalityId: null } };
  };

  beforeEach(async () => {
    handle = await createTempDb();
    maria = await userCtx('maria@example.gr');
    nikos = await userCtx('nikos@example.gr');
  });
  afterEach(() => handle.destroy());

  it('keeps at most 50 searches per user even when requests race, while others may still save', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: maxSavedSearchesPerUser + 5 }, (_, index) =>
        createSavedSearch({ ctx: maria, input: { name: `Search ${index}`, query: {}, notify: true }, now }),
      ),
    );
    const refused = results.filter((result) => result.status === 'rejected');
    expect(refused).toHaveLength(5);
    for (const result of refused) expect(result.reason).toBeInstanceOf(ConflictError);
    expect(await listSavedSearches({ ctx: maria })).toHaveLength(maxSavedSearchesPerUser);
    await expect(createSavedSearch({ ctx: nikos, input: { name: 'Mine', query: {}, notify: true }, now })).resolves.toMatchObject({ name: 'Mine' });
  });

  it('lets only the owner see and delete a search', async () => {
    const search = await createSavedSearch({ ctx: maria, input: { name: 'AMIF', query: { programme: 'amif', minBudget: 100 }, notify: false }, now });
    expect(search).toEqual({ id: search.id, name: 'AMIF', query: { programme: 'amif', minBudget: 100 }, notify: false, createdAt: now.toISOString() });
    expect(await listSavedSearches({ ctx: nikos })).toEqual([]);
    await expect(deleteSavedSearch({ ctx: nikos, id: search.id })).rejects.toBeInstanceOf(NotFoundError);
    await deleteSavedSearch({ ctx: maria, id: search.id });
    expect(await listSavedSearches({ ctx: maria })).toEqual([]);
  });
});

describe('toCallFilters', () => {
  it('maps a stored query to call filters and drops what it does not know', () => {
    expect(toCallFilters({ q: 'πρόσφυγες', programme: 'amif', minBudget: 500, status: 'lost', sort: 'newest', applicant: 'municipalities' })).toEqual({
      q: 'πρόσφυγες',
      programme: 'amif',
      minBudgetCents: 500,
      applicant: 'municipalities',
    });
  });
});
