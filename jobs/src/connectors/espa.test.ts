import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../demo/fixture-server.ts';
import type { FetchDocument } from '../fetch/types.ts';
import { espaConnector } from './espa.ts';
import { collectWith, createTestFetch } from './test-support.ts';

describe('espaConnector.collect', () => {
  let server: FixtureServer;
  const listingPath = '/el/Pages/Proclamations.aspx';
  beforeAll(async () => {
    server = await startFixtureServer();
  });
  afterAll(() => server.close());

  it('reads the listing pages until one shows nothing new, then each call page for its budget', async () => {
    const result = await collectWith(espaConnector, { url: `${server.url}${listingPath}` });
    // Three listing pages (the third is empty) and eight call pages.
    expect(result.fetched).toBe(11);
    expect(result.items.map((item) => item.key)).toEqual(['5921', '5917', '5910', '5902', '5894', '5880', '5871', '5860']);
    expect(result.items.find((item) => item.key === '5921')).toMatchObject({
      statusHint: 'open',
      dateText: 'Περίοδος υποβολής: 01/12/2026 - 29/01/2027',
      budgetText: 'Προϋπολογισμός: 12.500.000,00 €',
    });
  });

  it('skips the call pages when fetchDetails is off, and stops at maxPages', async () => {
    const result = await collectWith(espaConnector, { url: `${server.url}${listingPath}`, options: { fetchDetails: false, maxPages: 1 } });
    expect(result.fetched).toBe(1);
    expect(result.items).toHaveLength(5);
    expect(result.items.every((item) => item.budgetText === null)).toBe(true);
  });

  it("keeps the site's own URLs when another server answers for it, as in the demo", async () => {
    const realFetch = createTestFetch();
    const toFixtures: FetchDocument = (request) => {
      const original = new URL(request.url);
      return realFetch({ ...request, url: `${server.url}${original.pathname}${original.search}` });
    };
    const result = await collectWith(espaConnector, { url: `https://www.espa.gr${listingPath}`, fetchDocument: toFixtures, options: { maxPages: 1 } });
    expect(result.items[0]?.url).toBe('https://www.espa.gr/el/Pages/ProclamationsFS.aspx?item=5921');
    expect(result.items[0]?.budgetText).toBe('Προϋπολογισμός: 12.500.000,00 €');
  });

  it('fails with blocked_by_source when bot protection answers with a challenge page', async () => {
    await expect(collectWith(espaConnector, { url: `${server.url}/traps/challenge${listingPath}` })).rejects.toMatchObject({
      name: 'SourceError',
      code: 'blocked_by_source',
    });
  });

  it('fails with blocked_by_source when bot protection answers 403', async () => {
    await expect(collectWith(espaConnector, { url: `${server.url}/traps/forbidden${listingPath}` })).rejects.toMatchObject({
      code: 'blocked_by_source',
      message: expect.stringContaining('HTTP 403'),
    });
  });

  it('reports no calls, without error, for a normal listing with none', async () => {
    const result = await collectWith(espaConnector, { url: `${server.url}/traps/empty${listingPath}` });
    expect(result).toMatchObject({ fetched: 1, items: [] });
  });
});
