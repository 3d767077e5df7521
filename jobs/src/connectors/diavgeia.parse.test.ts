import { describe, expect, it } from 'vitest';
import { assertFilterApplied, parseDecisionsPage, toRawCall } from './diavgeia.parse.ts';
import { readFixture } from './test-support.ts';

const origin = 'diavgeia test';
const query = 'organizationUid:"100056663" AND subject:"πρόσκληση"';

async function fixturePage() {
  return parseDecisionsPage(await readFixture('diavgeia/decisions.json'), origin);
}

describe('parseDecisionsPage and toRawCall', () => {
  it('turns a decision into a call keyed by its ΑΔΑ, with the subject as the text holding dates and amounts', async () => {
    const { decisions } = await fixturePage();
    const call = toRawCall(decisions.find((decision) => decision.ada === 'Ψ4Κ246ΜΤΛ6-ΡΞΘ')!);
    expect(call).toMatchObject({
      key: 'Ψ4Κ246ΜΤΛ6-ΡΞΘ',
      reference: 'Ψ4Κ246ΜΤΛ6-ΡΞΘ',
      url: 'https://diavgeia.gov.gr/decision/view/%CE%A84%CE%9A246%CE%9C%CE%A4%CE%9B6-%CE%A1%CE%9E%CE%98',
      language: 'el',
      dateZone: 'Europe/Athens',
      // publishTimestamp is epoch milliseconds: 11:42 in Athens.
      publishedAt: '2026-11-10T09:42:00.000Z',
      withdrawn: false,
    });
    expect(call.title).toContain('Κέντρα Ένταξης Μεταναστών');
    expect(call.dateText).toBe(call.title);
    expect(call.budgetText).toContain('12.500.000,00 €');
  });

  it('marks a revoked decision as withdrawn', async () => {
    const { decisions } = await fixturePage();
    expect(toRawCall(decisions.find((decision) => decision.status === 'REVOKED')!)).toMatchObject({ key: 'ΩΖΛΗ46ΜΤΛ6-Δ0Ε', withdrawn: true });
  });

  it('refuses an answer of the wrong shape or one that is not JSON', () => {
    expect(() => parseDecisionsPage(JSON.stringify({ decisions: [] }), origin)).toThrow(expect.objectContaining({ code: 'invalid_document' }));
    expect(() =>
      parseDecisionsPage(JSON.stringify({ info: { query, total: 1 }, decisions: [{ ada: 'Α', subject: 'Σ', status: 'PUBLISHED', organizationId: 7 }] }), origin),
    ).toThrow(/decisions\.0\.organizationId/);
    expect(() => parseDecisionsPage('<html><body>Η υπηρεσία δεν είναι διαθέσιμη</body></html>', origin)).toThrow(
      expect.objectContaining({ code: 'unexpected_content' }),
    );
  });
});

describe('assertFilterApplied', () => {
  const decision = { ada: 'Α-1', subject: 'Πρόσκληση', organizationId: '100056663', status: 'PUBLISHED' };

  it('accepts an answer that echoes the query, spacing aside, with only the requested organisations', () => {
    expect(() => assertFilterApplied({ info: { query: ` ${query.replace(' AND ', '  AND ')}`, total: 1 }, decisions: [decision] }, query, ['100056663'], origin)).not.toThrow();
  });

  it('detects a filter Diavgeia ignored: another query echoed', () => {
    expect(() => assertFilterApplied({ info: { query: '', total: 8_000_000 }, decisions: [decision] }, query, ['100056663'], origin)).toThrow(
      expect.objectContaining({ code: 'filter_not_applied' }),
    );
  });

  it('detects a filter Diavgeia ignored: decisions of an organisation not asked for', () => {
    const foreign = { ...decision, ada: 'Β-2', organizationId: '100015981' };
    expect(() => assertFilterApplied({ info: { query, total: 2 }, decisions: [decision, foreign] }, query, ['100056663'], origin)).toThrow(
      /Β-2 belongs to organisation 100015981/,
    );
  });
});
