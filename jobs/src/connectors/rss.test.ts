import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../demo/fixture-server.ts';
import { rssConnector } from './rss.ts';
import { collectWith } from './test-support.ts';

describe('rssConnector.collect', () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer();
  });
  afterAll(() => server.close());

  const feed = (name: string) => `${server.url}/feeds/${name}.xml`;

  it('decodes a windows-1253 feed by the charset of its Content-Type', async () => {
    const result = await collectWith(rssConnector, { url: feed('greek-donor-calls') });
    expect(result.items.map((item) => item.title)).toEqual([
      'Πρόσκληση υποβολής προτάσεων «Ένταξη προσφύγων στην τοπική κοινωνία 2027»',
      'Μικρές επιχορηγήσεις για δημοτικά κέντρα κοινότητας & οργανώσεις μεταναστών',
      'Υποτροφίες ελληνικής γλώσσας για δημοτικούς διερμηνείς και διαπολιτισμικούς μεσολαβητές',
      'Πρόσκληση «Καλοκαιρινά σχολεία ένταξης 2026» – έληξε',
    ]);
  });

  it('decodes an ISO-8859-7 feed by its XML prolog when the header names no charset', async () => {
    const result = await collectWith(rssConnector, { url: feed('municipal-network') });
    expect(result.items[0]?.title).toBe('URBACT IV: πρόσκληση για δίκτυα σχεδιασμού δράσης 2027');
  });

  it('reads an Atom feed with an undeclared &rsquo;', async () => {
    const result = await collectWith(rssConnector, { url: feed('international-donors'), options: { language: 'en' } });
    expect(result.items).toHaveLength(4);
    expect(result.items[2]?.title).toBe('Open Society Foundations’ Migrant Inclusion Fund – grants for cities');
    expect(result.items.every((item) => item.language === 'en')).toBe(true);
  });

  it("reads the ministry's WordPress feed at /feed/", async () => {
    const result = await collectWith(rssConnector, { url: `${server.url}/feed/` });
    expect(result.items.map((item) => item.key)).toEqual([
      'https://migration.gov.gr/?p=48213',
      'https://migration.gov.gr/?p=48102',
      'https://migration.gov.gr/?p=48177',
    ]);
  });

  it('sends the ETag back and reports not modified on 304, keeping the validators', async () => {
    const first = await collectWith(rssConnector, { url: feed('greek-donor-calls') });
    expect(first.validators.etag).toMatch(/^"[0-9a-f]{16}"$/);
    const second = await collectWith(rssConnector, { url: feed('greek-donor-calls'), validators: first.validators });
    expect(second).toEqual({ notModified: true, items: [], fetched: 1, validators: first.validators });
  });

  it('fetches again when the ETag no longer matches', async () => {
    const result = await collectWith(rssConnector, { url: feed('greek-donor-calls'), validators: { etag: '"stale"', lastModified: null } });
    expect(result.notModified).toBe(false);
    expect(result.items).toHaveLength(4);
  });

  it('fails with unexpected_content on an HTML page served with 200', async () => {
    await expect(collectWith(rssConnector, { url: feed('error-page') })).rejects.toMatchObject({
      name: 'SourceError',
      code: 'unexpected_content',
      message: expect.stringContaining(feed('error-page')),
    });
    await expect(collectWith(rssConnector, { url: feed('error-page-labelled-rss') })).rejects.toMatchObject({ code: 'unexpected_content' });
  });

  it('gives a clear SourceError for malformed XML', async () => {
    await expect(collectWith(rssConnector, { url: feed('malformed') })).rejects.toMatchObject({ name: 'SourceError', code: 'invalid_document' });
  });

  it('refuses a billion-laughs feed quickly', async () => {
    const started = performance.now();
    await expect(collectWith(rssConnector, { url: feed('billion-laughs') })).rejects.toMatchObject({ code: 'invalid_document' });
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
