import { describe, expect, it } from 'vitest';
import { createRawCall } from '../connectors/raw-call.ts';
import { planIngest } from './ingest-plan.ts';
import type { RawCall } from './types.ts';

const now = new Date('2026-11-26T10:00:00Z');

function rawCall(overrides: Partial<RawCall> = {}): RawCall {
  return createRawCall({
    key: 'item-1',
    url: 'https://donor.example.org/calls/1',
    title: 'Ένταξη προσφύγων στην αγορά εργασίας: πρόσκληση προς δήμους',
    summary: '<p>Καταληκτική ημερομηνία υποβολής: 15/03/2027, ώρα 15:00. Προϋπολογισμός: 1.250.000 €.</p>',
    dateZone: 'Europe/Athens',
    ...overrides,
  });
}

describe('planIngest', () => {
  it('creates a new call with normalised fields (Athens time to UTC, Greek amounts to cents)', () => {
    const { plan } = planIngest({ items: [rawCall()], links: new Map(), calls: [], defaults: { programme: 'donor' }, now });
    expect(plan.creates).toHaveLength(1);
    expect(plan.creates[0]!.fields).toMatchObject({ deadline: '2027-03-15T13:00:00.000Z', budgetCents: 125_000_000, programme: 'donor', language: 'el' });
  });

  it('skips an item whose content has not changed, and updates one whose content has', () => {
    const first = planIngest({ items: [rawCall()], links: new Map(), calls: [], defaults: {}, now }).plan.creates[0]!;
    const links = new Map([[first.itemKey, { callId: first.callId, contentHash: first.contentHash }]]);
    const again = planIngest({ items: [rawCall()], links, calls: [], defaults: {}, now });
    expect(again).toMatchObject({ unchanged: 1, plan: { creates: [], links: [], updates: [] } });

    const extended = planIngest({ items: [rawCall({ summary: '<p>Καταληκτική ημερομηνία υποβολής: 30/04/2027.</p>' })], links, calls: [], defaults: {}, now });
    expect(extended.plan.updates).toHaveLength(1);
    expect(extended.plan.updates[0]).toMatchObject({ callId: first.callId, fields: { deadline: '2027-04-30T20:59:59.000Z' } });
  });

  it('links the same call found in another source by reference, URL or a title that differs only in accents and case', () => {
    const known = [{ id: 'known', reference: 'AMIF-2026-TF2-AG-INTE-01', url: 'https://ec.europa.eu/topic/1?utm_source=x', title: 'Ένταξη Προσφύγων στην Αγορά Εργασίας: πρόσκληση προς Δήμους' }];
    const byReference = rawCall({ key: 'a', reference: 'amif-2026-tf2-ag-inte-01', url: null, title: 'Something else entirely' });
    const byUrl = rawCall({ key: 'b', url: 'https://EC.europa.eu/topic/1', title: 'Another title' });
    const byTitle = rawCall({ key: 'c', url: 'https://elsewhere.example.org/x', title: 'ΕΝΤΑΞΗ ΠΡΟΣΦΥΓΩΝ ΣΤΗΝ ΑΓΟΡΑ ΕΡΓΑΣΙΑΣ: ΠΡΟΣΚΛΗΣΗ ΠΡΟΣ ΔΗΜΟΥΣ' });
    const unrelated = rawCall({ key: 'd', url: 'https://elsewhere.example.org/y', title: 'Αθλητικές δράσεις κατά του ρατσισμού' });
    const { plan } = planIngest({ items: [byReference, byUrl, byTitle, unrelated], links: new Map(), calls: known, defaults: {}, now });
    expect(plan.links.map((item) => [item.itemKey, item.callId])).toEqual([
      ['a', 'known'],
      ['b', 'known'],
      ['c', 'known'],
    ]);
    expect(plan.creates.map((item) => item.itemKey)).toEqual(['d']);
  });

  it('keeps one item per key and one call per reference within a run', () => {
    const items = [rawCall({ key: 'x', reference: 'ΑΔΑ-1' }), rawCall({ key: 'x', reference: 'ΑΔΑ-1' }), rawCall({ key: 'y', reference: 'ΑΔΑ-1', url: null })];
    const { plan } = planIngest({ items, links: new Map(), calls: [], defaults: {}, now });
    expect(plan.creates).toHaveLength(1);
    expect(plan.links.map((item) => item.callId)).toEqual([plan.creates[0]!.callId]);
  });

  it('reports an item it cannot normalise instead of failing the run', () => {
    const result = planIngest({ items: [rawCall({ key: 'empty', title: '', url: null, reference: null })], links: new Map(), calls: [], defaults: {}, now });
    expect(result.skipped).toEqual([{ key: 'empty', reason: expect.stringContaining('no title') }]);
  });
});
