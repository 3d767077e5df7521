import { describe, expect, it } from 'vitest';
import { SourceError } from '../ingest/source-error.ts';
import { parseSearchPage } from './ft-portal.parse.ts';
import { readFixture } from './test-support.ts';

const origin = 'ft-portal test';

async function page(number: number) {
  return parseSearchPage(await readFixture(`ft-portal/search-page-${number}.json`), origin);
}

function row(metadata: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return { reference: `${String((metadata.identifier as string[] | undefined)?.[0])}-en`, language: 'en', metadata, ...extra };
}

function parseRows(rows: unknown[]) {
  return parseSearchPage(JSON.stringify({ totalResults: rows.length, results: rows }), origin);
}

describe('parseSearchPage', () => {
  it('reads a topic whose metadata values are arrays of strings', async () => {
    const { topics } = await page(1);
    const women = topics.find((topic) => topic.call.key === 'AMIF-2026-TF2-AG-INTE-01-WOMEN')?.call;
    expect(women).toMatchObject({
      reference: 'AMIF-2026-TF2-AG-INTE-01-WOMEN',
      title: 'Integration and inclusion of migrant women',
      url: 'https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/opportunities/topic-details/AMIF-2026-TF2-AG-INTE-01-WOMEN',
      programme: 'amif',
      funder: 'European Commission',
      language: 'en',
      dateZone: 'Europe/Brussels',
      statusHint: 'open',
      currency: 'EUR',
      withdrawn: false,
    });
    expect(women?.body).toContain('<strong>Objectives:</strong>');
  });

  it('drops update notices (type 6) and FAQ rows, but counts them so a page of them does not end the paging', async () => {
    const result = await page(1);
    expect(result.rowCount).toBe(5);
    expect(result.topics.map((topic) => topic.call.key)).toEqual([
      'AMIF-2025-TF2-AG-INTE-06-SPORT',
      'AMIF-2026-TF2-AG-INTE-01-WOMEN',
      'AMIF-2026-TF2-AG-INTE-02-CHILDREN',
    ]);
    const onlyNotices = parseRows([row({ identifier: ['X'], title: ['Update'], type: ['6'] })]);
    expect(onlyNotices).toEqual({ rowCount: 1, topics: [] });
  });

  it('drops a row in another language than English, whose dates can disagree with the English one', async () => {
    const { topics } = await page(3);
    expect(topics.map((topic) => topic.reference)).toEqual(['ESF-2026-SOCPL-INTEGR-en', 'ESF-2027-SOCPL-LOCAL-en']);
  });

  it('reads a row without metadata from its top-level fields, bare strings included', async () => {
    const { topics } = await page(2);
    expect(topics.find((topic) => topic.reference === 'CASCADE-WELCOMING-2026-OC1')?.call).toMatchObject({
      key: 'WELCOMING-CITIES-2026-OC1',
      title: 'Open call for municipalities: Welcoming Cities mentoring scheme (cascade funding, AMIF)',
      programme: 'amif',
      statusHint: 'open',
      openingDate: '2026-10-01T09:00:00.000+02:00',
      deadlines: ['2026-12-15T17:00:00.000+01:00'],
    });
  });

  it('keeps every deadline of a two-stage topic, with the offset written as ISO 8601 wants it', async () => {
    const { topics } = await page(3);
    expect(topics.find((topic) => topic.call.key === 'ESF-2026-SOCPL-INTEGR')?.call).toMatchObject({
      programme: 'esf-plus',
      openingDate: '2026-07-01T00:00:00.000+02:00',
      deadlines: ['2026-10-08T17:00:00.000+02:00', '2027-03-04T17:00:00.000+01:00'],
    });
  });

  it('takes the budget only from the actions of this topic, not of a topic whose identifier extends it', async () => {
    const { topics } = await page(2);
    // CERV-2026-EQUAL-ROMA (2 000 000) shares the call's budgetOverview.
    expect(topics.find((topic) => topic.call.key === 'CERV-2026-EQUAL')?.call).toMatchObject({
      budgetCents: 450_000_000,
      maxGrantCents: 40_000_000,
    });
  });

  it('sums the budget over years and over the entries of the same topic; amounts may be strings with decimals', async () => {
    const [first, second, third] = [await page(1), await page(2), await page(3)];
    const byKey = new Map([...first.topics, ...second.topics, ...third.topics].map((topic) => [topic.call.key, topic.call]));
    expect(byKey.get('AMIF-2025-TF2-AG-INTE-06-SPORT')).toMatchObject({ budgetCents: 300_000_000, maxGrantCents: 40_000_000 });
    expect(byKey.get('AMIF-2026-TF2-AG-INTE-04-LOCAL')).toMatchObject({ budgetCents: 750_000_000, statusHint: 'forthcoming' });
    expect(byKey.get('ESF-2026-SOCPL-INTEGR')).toMatchObject({ budgetCents: 500_000_000, maxGrantCents: 125_000_050 });
  });

  it('maps the framework programme codes it knows and leaves the others to the normaliser', () => {
    const { topics } = parseRows([
      row({ identifier: ['ISF-1'], title: ['ISF'], frameworkProgramme: ['43252368'] }),
      row({ identifier: ['BMVI-1'], title: ['BMVI'], frameworkProgramme: ['43251530'] }),
      row({ identifier: ['ERASMUS-1'], title: ['Erasmus'], frameworkProgramme: ['43353764'] }),
      row({ identifier: ['HORIZON-1'], title: ['Horizon'], frameworkProgramme: ['43108390'] }),
      row({ identifier: ['LIFE-1'], title: ['LIFE'], frameworkProgramme: ['43252405'] }),
    ]);
    expect(topics.map((topic) => topic.call.programme)).toEqual(['isf', 'bmvi', 'erasmus-plus', 'horizon-europe', null]);
  });

  it('keeps a date it cannot read as text instead of dropping or guessing it', () => {
    const { topics } = parseRows([row({ identifier: ['T-1'], title: ['T'], deadlineDate: ['14 January 2027', '2027-01-14T17:00:00.000+0100'] })]);
    expect(topics[0]?.call).toMatchObject({ deadlines: ['2027-01-14T17:00:00.000+01:00'], dateText: '14 January 2027' });
  });

  it('refuses an answer of the wrong shape', async () => {
    const wrong = await readFixture('ft-portal/wrong-shape.json');
    expect(() => parseSearchPage(wrong, origin)).toThrow(expect.objectContaining({ name: 'SourceError', code: 'invalid_document' }));
    expect(() => parseRows([{ metadata: { title: ['no reference'] } }])).toThrow(/result 0/);
    expect(() => parseRows([row({ identifier: ['T-1'], title: [42] })])).toThrow(SourceError);
  });

  it('refuses a topic without a title and a budgetOverview that is not JSON', () => {
    expect(() => parseRows([row({ identifier: ['T-1'] })])).toThrow(/T-1-en has no title/);
    expect(() => parseRows([row({ identifier: ['T-1'], title: ['T'], budgetOverview: ['{not json'] })])).toThrow(
      expect.objectContaining({ code: 'invalid_document', message: expect.stringContaining('budgetOverview of T-1') }),
    );
  });

  it('refuses an HTML page served in place of the API answer', () => {
    expect(() => parseSearchPage('<!DOCTYPE html><title>Service unavailable</title>', origin)).toThrow(
      expect.objectContaining({ code: 'unexpected_content' }),
    );
  });
});
