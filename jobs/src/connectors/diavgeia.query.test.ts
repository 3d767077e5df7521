import { describe, expect, it } from 'vitest';
import { diavgeiaOptionsSchema } from './diavgeia.ts';
import { buildDiavgeiaQuery } from './diavgeia.query.ts';

describe('buildDiavgeiaQuery', () => {
  it('filters on the organisation, the subject words and a 180-day window ending today in Athens', () => {
    const options = diavgeiaOptionsSchema.parse({});
    // 23:30 UTC on 26 November is already 27 November in Athens.
    expect(buildDiavgeiaQuery(options, new Date('2026-11-26T23:30:00Z'))).toBe(
      'organizationUid:"100056663" AND subject:"πρόσκληση" AND issueDate:[DT(2026-06-01T00:00:00) TO DT(2026-11-27T23:59:59)]',
    );
  });

  it('ORs several organisations, ANDs several words and escapes quotes in them', () => {
    const options = diavgeiaOptionsSchema.parse({
      organizationUids: ['100056663', '100015981'],
      terms: ['πρόσκληση', 'ΤΑΜΕ "2021-2027"'],
      daysBack: 30,
    });
    expect(buildDiavgeiaQuery(options, new Date('2026-11-26T10:00:00Z'))).toBe(
      '(organizationUid:"100056663" OR organizationUid:"100015981") AND subject:"πρόσκληση" AND subject:"ΤΑΜΕ \\"2021-2027\\"" AND issueDate:[DT(2026-10-28T00:00:00) TO DT(2026-11-26T23:59:59)]',
    );
  });

  it('refuses a window longer than the 180 days Diavgeia silently cuts to', () => {
    expect(diavgeiaOptionsSchema.safeParse({ daysBack: 181 }).success).toBe(false);
    expect(diavgeiaOptionsSchema.safeParse({ organizationUids: [] }).success).toBe(false);
    expect(diavgeiaOptionsSchema.safeParse({ organizationUids: ['100056663 OR *'] }).success).toBe(false);
  });
});
