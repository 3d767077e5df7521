import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { calls } from '../schema/index.ts';
import { buildCallFields } from '../testing/factories.ts';
import { insertTestCalls } from '../testing/insert-calls.ts';
import { createTempDb, type TempDb } from '../testing/temp-db.ts';
import { callStatusAt, statusAt, type StatusFacts } from './call-fields.ts';

const now = new Date('2026-04-15T10:00:00Z');
interface Case {
  withdrawn?: boolean;
  statusHint?: StatusFacts['statusHint'];
  openingDate?: string;
  deadline?: string;
}

const cases: Array<[string, Case, string]> = [
  ['withdrawn wins over open dates', { withdrawn: true, deadline: '2026-05-01T00:00:00.000Z' }, 'withdrawn'],
  ['a past deadline closes the call, whatever the source says', { deadline: '2026-04-15T09:59:59.000Z', statusHint: 'open' }, 'closed'],
  ['a deadline at this very instant has passed', { deadline: '2026-04-15T10:00:00.000Z' }, 'closed'],
  ['a future deadline with a past opening is open', { openingDate: '2026-03-01T00:00:00.000Z', deadline: '2026-05-01T00:00:00.000Z' }, 'open'],
  ['a future opening is forthcoming', { openingDate: '2026-04-20T00:00:00.000Z', deadline: '2026-05-01T00:00:00.000Z', statusHint: 'open' }, 'forthcoming'],
  ['a future deadline alone is open, over a lagging hint', { deadline: '2026-05-01T00:00:00.000Z', statusHint: 'forthcoming' }, 'open'],
  ['a future opening without deadline is forthcoming', { openingDate: '2026-04-20T00:00:00.000Z' }, 'forthcoming'],
  ['no dates: the source says', { statusHint: 'closed' }, 'closed'],
  ['a past opening without deadline: the source says', { openingDate: '2026-01-01T00:00:00.000Z', statusHint: 'closed' }, 'closed'],
  ['nothing known is open', {}, 'open'],
];

const facts = (input: Case): StatusFacts => ({
  withdrawn: input.withdrawn ?? false,
  statusHint: input.statusHint ?? null,
  openingMs: input.openingDate ? Date.parse(input.openingDate) : null,
  deadlineMs: input.deadline ? Date.parse(input.deadline) : null,
});

describe('the status rule', () => {
  it.each(cases)('%s', (_name, input, expected) => {
    expect(callStatusAt(facts(input), now.getTime())).toBe(expected);
  });

  describe('in SQL', () => {
    let handle: TempDb;
    beforeEach(async () => {
      handle = await createTempDb();
    });
    afterEach(() => handle.destroy());

    it('decides every case as the code does', async () => {
      const ids = await insertTestCalls(
        handle.db,
        cases.map(([, input]) =>
          buildCallFields({ withdrawn: input.withdrawn ?? false, statusHint: input.statusHint ?? null, openingDate: input.openingDate ?? null, deadline: input.deadline ?? null }),
        ),
      );
      for (const [index, id] of ids.entries()) {
        const [row] = await handle.db.select({ status: statusAt(now.toISOString()) }).from(calls).where(eq(calls.id, id));
        expect([cases[index]![0], row!.status]).toEqual([cases[index]![0], cases[index]![2]]);
      }
    });
  });
});
