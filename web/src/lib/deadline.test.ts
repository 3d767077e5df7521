import { describe, expect, it } from 'vitest';
import { describeDeadline } from './deadline.ts';

describe('describeDeadline', () => {
  const now = new Date('2026-04-26T07:00:00Z'); // 10:00 in Athens

  it('counts the calendar days left in Athens', () => {
    expect(describeDeadline('2026-05-30T12:00:00Z', now)).toEqual({ kind: 'days', days: 34 });
    expect(describeDeadline('2026-04-27T05:00:00Z', now)).toEqual({ kind: 'days', days: 1 });
  });

  it('says "today" for a deadline later the same Athens day', () => {
    expect(describeDeadline('2026-04-26T20:59:00Z', now)).toEqual({ kind: 'today' });
  });

  it('says "closed" once the moment has passed', () => {
    expect(describeDeadline('2026-04-26T06:59:59Z', now)).toEqual({ kind: 'closed' });
    expect(describeDeadline(now, now)).toEqual({ kind: 'closed' });
  });

  it('answers null for a value that is not a date', () => {
    expect(describeDeadline('tomorrow', now)).toBeNull();
  });
});
