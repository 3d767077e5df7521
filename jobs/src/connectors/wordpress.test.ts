import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../demo/fixture-server.ts';
import type { FetchRequest } from '../fetch/types.ts';
import { collectWith, createTestFetch } from './test-support.ts';
import { wordpressConnector } from './wordpress.ts';

describe('wordpressConnector.collect', () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer();
  });
  afterAll(() => server.close());

  it('reads every page the X-WP-TotalPages header announces, and no further', async () => {
    const result = await collectWith(wordpressConnector, { url: server.url, options: { perPage: 2 } });
    expect(result.fetched).toBe(3);
    expect(result.items.map((item) => item.key)).toEqual(['48213', '48177', '48102', '47950', '47811', '47602']);
  });

  it('asks for the configured categories, search words and only the fields it reads', async () => {
    const requests: FetchRequest[] = [];
    const realFetch = createTestFetch();
    const result = await collectWith(wordpressConnector, {
      url: `${server.url}/`,
      options: { categories: [12], search: 'πρόσκληση', language: 'el' },
      fetchDocument: (request) => {
        requests.push(request);
        return realFetch(request);
      },
    });
    const url = new URL(requests[0]?.url ?? '');
    expect(url.pathname).toBe('/wp-json/wp/v2/posts');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      per_page: '20',
      page: '1',
      _fields: 'id,date_gmt,modified_gmt,link,title,excerpt,content',
      categories: '12',
      search: 'πρόσκληση',
    });
    expect(result.items.map((item) => item.key)).toEqual(['48213', '48102', '47811', '47602']);
    expect(result.items.every((item) => item.language === 'el')).toBe(true);
  });

  it('ends the paging at the 400 WordPress gives past the last page when no totals came', async () => {
    const result = await collectWith(wordpressConnector, { url: `${server.url}/traps/no-total-headers`, options: { perPage: 4 } });
    expect(result.fetched).toBe(2);
    expect(result.items).toHaveLength(6);
  });

  it('stops at maxPages', async () => {
    const result = await collectWith(wordpressConnector, { url: server.url, options: { perPage: 2, maxPages: 2 } });
    expect(result.fetched).toBe(2);
    expect(result.items).toHaveLength(4);
  });

  it('gives no calls, and no error, for a search that matches nothing', async () => {
    const result = await collectWith(wordpressConnector, { url: server.url, options: { search: 'καμία-αντιστοιχία' } });
    expect(result).toMatchObject({ fetched: 1, items: [] });
  });

  it('fails with unexpected_content when the site answers an HTML error page with 200', async () => {
    await expect(collectWith(wordpressConnector, { url: `${server.url}/traps/error-page` })).rejects.toMatchObject({
      name: 'SourceError',
      code: 'unexpected_content',
      message: expect.stringContaining('wordpress'),
    });
  });
});
