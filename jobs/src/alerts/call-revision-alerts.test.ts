import { listNotifications, trackCall, updateCall, type Ctx } from '@cni/db';
import { createTempDb, type TempDb } from '@cni/db/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addCall, addUser } from './alerts-test-data.ts';
import { callRevisionAlertsJob } from './call-revision-alerts.ts';

const day = 24 * 60 * 60 * 1000;
const t0 = new Date('2026-11-26T10:00:00.000Z');
const at = (offsetMs: number) => new Date(t0.getTime() + offsetMs);

describe('call revision alerts job', () => {
  let handle: TempDb;
  let maria: Ctx;
  let nikos: Ctx;
  let editor: Ctx;
  const run = (now: Date) => callRevisionAlertsJob.run({ db: handle.db, now: () => now, log: () => {} });

  beforeEach(async () => {
    handle = await createTempDb();
    maria = await addUser(handle.db, 'maria@example.gr');
    nikos = await addUser(handle.db, 'nikos@example.gr');
    editor = await addUser(handle.db, 'editor@example.gr', 'liaison');
  });
  afterEach(() => handle.destroy());

  it('tells each follower that the deadline was extended, once however often it runs', async () => {
    const call = await addCall(editor, t0, { title: 'AMIF 2027', deadline: '2027-02-15T16:00:00.000Z' });
    await trackCall({ ctx: maria, callId: call.id, now: at(1000) });
    await updateCall({ ctx: editor, id: call.id, patch: { deadline: '2027-03-15T16:00:00.000Z' }, now: at(60_000) });

    await run(at(600_000));
    await run(at(1_200_000));

    expect(await listNotifications({ ctx: maria })).toEqual([
      {
        id: expect.any(String),
        kind: 'call-revised',
        title: 'Deadline extended: AMIF 2027',
        link: `/calls/${call.id}`,
        createdAt: at(600_000).toISOString(),
        readAt: null,
      },
    ]);
    expect(await listNotifications({ ctx: nikos })).toEqual([]);
  });

  it('says "Call changed" for other changes, and skips revisions from before the user followed the call', async () => {
    const call = await addCall(editor, t0, { title: 'ESF+ housing' });
    await updateCall({ ctx: editor, id: call.id, patch: { budgetCents: 1_000 }, now: at(1000) });
    await trackCall({ ctx: maria, callId: call.id, now: at(2000) });
    await updateCall({ ctx: editor, id: call.id, patch: { budgetCents: 2_000 }, now: at(3000) });
    await run(at(600_000));
    expect((await listNotifications({ ctx: maria })).map((notification) => notification.title)).toEqual(['Call changed: ESF+ housing']);
  });

  it('looks back two days, not further', async () => {
    const call = await addCall(editor, t0, { title: 'Old news' });
    await trackCall({ ctx: maria, callId: call.id, now: at(1000) });
    await updateCall({ ctx: editor, id: call.id, patch: { budgetCents: 5 }, now: at(2000) });
    await run(at(3 * day));
    expect(await listNotifications({ ctx: maria })).toEqual([]);
  });
});
