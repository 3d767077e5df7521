import { describe, expect, it } from 'vitest';
import type { RawCall } from '../ingest/types.ts';
import { createRawCall } from '../connectors/raw-call.ts';
import { normaliseCall } from './normalise-call.ts';

function buildRawCall(overrides: Partial<RawCall> = {}): RawCall {
  return createRawCall({ key: 'item-1', title: 'Call', dateZone: 'Europe/Athens', ...overrides });
}

const diavgeiaSubject =
  'Πρόσκληση υποβολής προτάσεων για τη «Λειτουργία Κέντρων Ένταξης Μεταναστών (ΚΕΜ)» στο πλαίσιο του Προγράμματος ' +
  '«Ανθρώπινο Δυναμικό και Κοινωνική Συνοχή» 2021-2027, συνολικού προϋπολογισμού 12.500.000,00 € – δυνητικοί δικαιούχοι: Δήμοι. ' +
  'Καταληκτική ημερομηνία υποβολής: 30 Απριλίου 2026, ώρα 15:00';

describe('normaliseCall', () => {
  it('reads a Diavgeia decision whose subject carries everything', () => {
    const call = normaliseCall(
      buildRawCall({
        key: '901ΓΩΛΚ-ΓΙΣ',
        reference: '901ΓΩΛΚ-ΓΙΣ',
        url: 'https://diavgeia.gov.gr/decision/view/901%CE%93%CE%A9%CE%9B%CE%9A-%CE%93%CE%99%CE%A3',
        title: diavgeiaSubject,
        language: 'el',
        dateText: diavgeiaSubject,
        budgetText: diavgeiaSubject,
      }),
      new Date('2026-04-01T09:00:00Z'),
    );
    expect(call).toMatchObject({
      title: diavgeiaSubject,
      reference: '901ΓΩΛΚ-ΓΙΣ',
      programme: 'esf-plus',
      funder: 'ΕΥΔ Προγράμματος «Ανθρώπινο Δυναμικό και Κοινωνική Συνοχή»',
      status: 'open',
      openingDate: null,
      // 15:00 in Athens on 30 April is UTC+3.
      deadline: '2026-04-30T12:00:00.000Z',
      budgetCents: 1_250_000_000,
      currency: 'EUR',
      eligibleApplicants: ['municipalities'],
      themes: ['municipal-services'],
      language: 'el',
    });
  });

  it('reads an EU portal topic: the next future cut-off is the deadline, structured cents win over the text', () => {
    const raw = buildRawCall({
      reference: 'AMIF-2025-TF2-AG-INTE-01-WOMEN',
      title: 'Integration of migrant women in the labour market',
      body: '<p>Union Actions under the Asylum, Migration and Integration Fund.</p><p>Budget: EUR 1,000,000. Maximum grant EUR 250,000. Co-financing rate of 90%.</p><p>Eligible applicants: public bodies and non-profit organisations.</p>',
      openingDate: '2025-10-01T00:00:00.000+0200',
      deadlines: ['2026-01-15T17:00:00.000+0100', '2026-09-16T17:00:00.000+0200'],
      dateZone: 'Europe/Brussels',
      budgetCents: 500_000_000,
      programme: 'amif',
      statusHint: 'forthcoming',
    });
    expect(normaliseCall(raw, new Date('2026-02-01T00:00:00Z'))).toMatchObject({
      programme: 'amif',
      funder: 'European Commission',
      status: 'open',
      openingDate: '2025-09-30T22:00:00.000Z',
      deadline: '2026-09-16T15:00:00.000Z',
      budgetCents: 500_000_000,
      maxGrantCents: 25_000_000,
      cofinancingRate: 0.9,
      eligibleApplicants: ['public-bodies', 'ngos'],
      themes: ['labour-market'],
      language: 'en',
    });
    expect(normaliseCall(raw, new Date('2026-10-01T00:00:00Z'))).toMatchObject({ status: 'closed', deadline: '2026-09-16T15:00:00.000Z' });
  });

  it('reads an espa.gr card: period and Greek-format budget from text, closed once past whatever the card says', () => {
    const call = normaliseCall(
      buildRawCall({
        title: 'Ενίσχυση της απασχόλησης ευάλωτων ομάδων',
        dateText: 'Περίοδος υποβολής: 05/03/2024 - 30/04/2024',
        budgetText: 'Προϋπολογισμός: 1.234.567,89 €',
        statusHint: 'open',
      }),
      new Date('2026-01-01T00:00:00Z'),
    );
    expect(call).toMatchObject({
      status: 'closed',
      openingDate: '2024-03-04T22:00:00.000Z',
      deadline: '2024-04-30T20:59:59.000Z',
      budgetCents: 123_456_789,
      themes: ['labour-market'],
    });
  });

  it('reads a date-only structured deadline as the end of that day in the source zone', () => {
    const call = normaliseCall(buildRawCall({ deadlines: ['2026-07-15'] }), new Date('2026-07-01T00:00:00Z'));
    expect(call.deadline).toBe('2026-07-15T20:59:59.000Z');
  });

  it('prefers structured dates to dates in the text', () => {
    const call = normaliseCall(
      buildRawCall({ deadlines: ['2026-06-30T15:00:00Z'], dateText: 'Καταληκτική ημερομηνία: 30/04/2026' }),
      new Date('2026-04-01T00:00:00Z'),
    );
    expect(call.deadline).toBe('2026-06-30T15:00:00.000Z');
  });

  it('cleans HTML and entities out of the title and makes a summary from the body, cut at a word', () => {
    const body = `<p>${'Κέντρα Ένταξης Μεταναστών '.repeat(40)}</p>`;
    const call = normaliseCall(
      buildRawCall({ title: '<h1>Call &amp; grants:\n  Κέντρα&nbsp;Ένταξης</h1>', body }),
      new Date('2026-01-01T00:00:00Z'),
    );
    expect(call.title).toBe('Call & grants: Κέντρα Ένταξης');
    // 23 repetitions fill 598 characters; the 24th would cross 600 and is cut before its first word.
    expect(call.summary).toBe(`${'Κέντρα Ένταξης Μεταναστών '.repeat(23).trimEnd()}…`);
  });

  it('keeps a given summary as text', () => {
    const call = normaliseCall(buildRawCall({ summary: '<p>Short &rsquo;summary&rsquo;</p>', body: '<p>Long body</p>' }), new Date());
    expect(call.summary).toBe('Short ’summary’');
  });

  it('falls back to the reference, then the URL, for an empty title', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    expect(normaliseCall(buildRawCall({ title: ' <b></b> ', reference: 'CERV-2026-EQUAL' }), now).title).toBe('CERV-2026-EQUAL');
    expect(normaliseCall(buildRawCall({ title: '', url: 'https://example.org/call/1' }), now).title).toBe('https://example.org/call/1');
  });

  it('refuses an item with nothing to show it by', () => {
    expect(() => normaliseCall(buildRawCall({ key: 'post-42', title: '  ' }), new Date())).toThrow(/post-42 has no title, reference or URL/);
  });

  it('marks a withdrawn call whatever its dates', () => {
    const call = normaliseCall(buildRawCall({ withdrawn: true, deadlines: ['2030-01-01'] }), new Date('2026-01-01T00:00:00Z'));
    expect(call.status).toBe('withdrawn');
  });

  it('detects the language when the source does not say, and keeps it when it does', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    expect(normaliseCall(buildRawCall({ title: 'Πρόσκληση για τους Δήμους' }), now).language).toBe('el');
    expect(normaliseCall(buildRawCall({ title: 'Call for municipalities' }), now).language).toBe('en');
    expect(normaliseCall(buildRawCall({ title: 'Πρόσκληση', language: 'en' }), now).language).toBe('en');
  });

  it('defaults the currency to EUR and upper-cases a given one', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    expect(normaliseCall(buildRawCall(), now)).toMatchObject({ currency: 'EUR', budgetCents: null, maxGrantCents: null, cofinancingRate: null });
    expect(normaliseCall(buildRawCall({ currency: 'usd', budgetCents: 100 }), now).currency).toBe('USD');
  });

  it('uses an unlabelled amount of the budget text as the budget', () => {
    const call = normaliseCall(buildRawCall({ budgetText: '€ 2.5 million' }), new Date('2026-01-01T00:00:00Z'));
    expect(call.budgetCents).toBe(250_000_000);
  });

  it('keeps the source statement of applicants and programme over the text', () => {
    const call = normaliseCall(
      buildRawCall({ title: 'ESF+ call for NGOs', programme: 'cerv', funder: 'DG JUST', eligibleApplicants: ['municipalities'] }),
      new Date('2026-01-01T00:00:00Z'),
    );
    expect(call).toMatchObject({ programme: 'cerv', funder: 'DG JUST', eligibleApplicants: ['municipalities'] });
  });
});
