import { describe, expect, it } from 'vitest';
import { describeRevision } from './describe-revision.ts';

describe('describeRevision', () => {
  it('says "Deadline extended" only when the deadline moved later', () => {
    const later = { deadline: { from: '2027-02-15T16:00:00.000Z', to: '2027-03-15T16:00:00.000Z' } };
    const earlier = { deadline: { from: '2027-03-15T16:00:00.000Z', to: '2027-02-15T16:00:00.000Z' } };
    expect(describeRevision(later, 'AMIF 2027')).toBe('Deadline extended: AMIF 2027');
    expect(describeRevision(earlier, 'AMIF 2027')).toBe('Call changed: AMIF 2027');
    expect(describeRevision({ deadline: { from: null, to: '2027-02-15T16:00:00.000Z' } }, 'AMIF 2027')).toBe('Call changed: AMIF 2027');
    expect(describeRevision({ budgetCents: { from: 1, to: 2 } }, 'AMIF 2027')).toBe('Call changed: AMIF 2027');
  });

  it('puts a withdrawal first, whatever else changed with it', () => {
    expect(describeRevision({ withdrawn: { from: false, to: true }, deadline: { from: '2027-01-01T00:00:00Z', to: '2027-02-01T00:00:00Z' } }, 'X')).toBe(
      'Call withdrawn: X',
    );
  });
});
