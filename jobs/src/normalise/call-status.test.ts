import { describe, expect, it } from 'vitest';
import { computeStatus, type StatusInput } from './call-status.ts';

const now = new Date('2026-04-15T10:00:00Z');
const input = (overrides: Partial<StatusInput>): StatusInput => ({ openingDate: null, deadline: null, withdrawn: false, hint: null, ...overrides });

describe('computeStatus', () => {
  it.each([
    ['withdrawn wins over open dates', { withdrawn: true, deadline: '2026-05-01T00:00:00Z' }, 'withdrawn'],
    ['a past deadline closes the call, whatever the source says', { deadline: '2026-04-15T09:59:59Z', hint: 'open' }, 'closed'],
    ['a deadline at this very instant has passed', { deadline: '2026-04-15T10:00:00.000Z' }, 'closed'],
    ['a future deadline with a past opening is open', { openingDate: '2026-03-01T00:00:00Z', deadline: '2026-05-01T00:00:00Z' }, 'open'],
    ['a future opening is forthcoming', { openingDate: '2026-04-20T00:00:00Z', deadline: '2026-05-01T00:00:00Z', hint: 'open' }, 'forthcoming'],
    ['a future deadline alone is open, over a lagging hint', { deadline: '2026-05-01T00:00:00Z', hint: 'forthcoming' }, 'open'],
    ['a future opening without deadline is forthcoming', { openingDate: '2026-04-20T00:00:00Z' }, 'forthcoming'],
    ['no dates: the source says', { hint: 'closed' }, 'closed'],
    ['a past opening without deadline: the source says', { openingDate: '2026-01-01T00:00:00Z', hint: 'closed' }, 'closed'],
    ['nothing known is open', {}, 'open'],
  ] as const)('%s', (_name, overrides, expected) => {
    expect(computeStatus(input(overrides), now)).toBe(expected);
  });
});
