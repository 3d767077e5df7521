import { createSavedSearch, listNotifications, listSearchesToCheck, type Ctx } from '@cni/db';
import { createTempDb, type TempDb } from '@cni/db/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addCall, addUser } from './alerts-test-data.ts';
import { savedSearchAlertsJob } from './saved-search-alerts.ts';

const minutes = (n: number) => n * 60 * 1000;
const t0 = new Date('2026-11-26T10:00:00.000Z');
const at = (offsetMinutes: number) => new Date(t0.getTime() + minutes(offsetMinutes));

describe('saved search alerts job', () => {
  let handle: TempDb;
  let maria: Ctx;
  let editor: Ctx;
  const run = (now: Date, log: (message: string) => void = () => {}) => savedSearchAlertsJob.run({ db: handle.db, now: () => now, log });

  beforeEach(async () => {
    handle = await createTempDb();
    maria = await addUser(handle.db, 'maria@example.gr');
    editor = await addUser(handle.db, 'editor@example.gr', 'liaison');
  });
  afterEach(() => handle.destroy());

  it('notifies the owner of new calls that meet the search, once however often it runs', async () => {
    const search = await createSavedSearch({ ctx: maria, input: { name: 'AMIF', query: { programme: 'amif' }, notify: true }, now: t0 });
    const amif = await addCall(editor, at(5), { title: 'AMIF labour-market integration', programme: 'amif' });
    await addCall(editor, at(6), { title: 'ESF+ housing', programme: 'esf-plus' });

    await run(at(15));
    await run(at(30));

    const notifications = await listNotifications({ ctx: maria });
    expect(notifications).toEqual([
      {
        id: expect.any(String),
        kind: 'saved-search',
        title: 'New call for “AMIF”: AMIF labour-market integration',
        link: `/calls/${amif.id}`,
        createdAt: at(15).toISOString(),
        readAt: null,
      },
    ]);
    const [checked] = await listSearchesToCheck({ db: handle.db });
    expect(checked).toMatchObject({ id: search.id, checkedAt: at(30).toISOString() });
    expect(await listNotifications({ ctx: editor })).toEqual([]);
  });

  it('does not announce calls that were there before the search was saved', async () => {
    await addCall(editor, at(-1), { title: 'Older AMIF call', programme: 'amif' });
    await createSavedSearch({ ctx: maria, input: { name: 'AMIF', query: { programme: 'amif' }, notify: true }, now: t0 });
    await run(at(15));
    expect(await listNotifications({ ctx: maria })).toEqual([]);
  });

  it('still catches a call stamped before the last check but written after it', async () => {
    await createSavedSearch({ ctx: maria, input: { name: 'All', query: {}, notify: true }, now: t0 });
    await run(at(15));
    // Stamped "first seen" at 14 minutes, committed only after the check at 15 minutes.
    const late = await addCall(editor, at(14), { title: 'Late commit' });
    await run(at(30));
    expect((await listNotifications({ ctx: maria })).map((notification) => notification.link)).toEqual([`/calls/${late.id}`]);
  });

  it('leaves searches without notify alone and filters by words in Greek', async () => {
    await createSavedSearch({ ctx: maria, input: { name: 'Quiet', query: {}, notify: false }, now: t0 });
    await createSavedSearch({ ctx: maria, input: { name: 'Μετανάστες', query: { q: 'μεταναστών' }, notify: true }, now: t0 });
    const greek = await addCall(editor, at(5), { title: 'Στήριξη μεταναστών στην απασχόληση', language: 'el' });
    await addCall(editor, at(6), { title: 'Digital skills for SMEs', summary: 'Training for small businesses.' });
    await run(at(15));
    expect((await listNotifications({ ctx: maria })).map((notification) => notification.title)).toEqual([
      `New call for “Μετανάστες”: ${greek.title}`,
    ]);
  });
});
