import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../demo/fixture-server.ts';
import type { FetchRequest } from '../fetch/types.ts';
import { ftPortalConnector } from './ft-portal.ts';
import { collectWith, createTestFetch } from './test-support.ts';

describe('ftPortalConnector.collect', () => {
  let server: FixtureServer;
  let searchUrl: string;
  beforeAll(async () => {
    server = await startFixtureServer();
    searchUrl = `${server.url}/search-api/prod/rest/search`;
  });
  afterAll(() => server.close());

  it('collects every topic across the pages until an empty page, each topic once', async () => {
    const result = await collectWith(ftPortalConnector, { url: searchUrl });
    expect(result.fetched).toBe(4);
    expect(result.items.map((item) => item.key)).toEqual([
      'AMIF-2025-TF2-AG-INTE-06-SPORT',
      'AMIF-2026-TF2-AG-INTE-01-WOMEN',
      'AMIF-2026-TF2-AG-INTE-02-CHILDREN',
      'AMIF-2026-TF2-AG-INTE-04-LOCAL',
      'CERV-2026-CITIZENS-CIV',
      'CERV-2026-EQUAL',
      'WELCOMING-CITIES-2026-OC1',
      'ESF-2026-SOCPL-INTEGR',
      'ESF-2027-SOCPL-LOCAL',
    ]);
  });

  it('POSTs the filters as multipart parts typed application/json, and the page in the URL', async () => {
    const requests: FetchRequest[] = [];
    const realFetch = createTestFetch();
    await collectWith(ftPortalConnector, {
      url: searchUrl,
      options: { maxPages: 1, pageSize: 50, text: 'integration' },
      fetchDocument: (request) => {
        requests.push(request);
        return realFetch(request);
      },
    });
    const [request] = requests;
    expect(request?.method).toBe('POST');
    const url = new URL(request?.url ?? '');
    expect(Object.fromEntries(url.searchParams)).toEqual({ apiKey: 'SEDIA', text: 'integration', pageSize: '50', pageNumber: '1' });
    const form = request?.body as FormData;
    const parts = await Promise.all(
      ['query', 'languages', 'sort'].map(async (name) => {
        const part = form.get(name) as Blob;
        return { type: part.type, value: JSON.parse(await part.text()) as unknown };
      }),
    );
    expect(parts).toEqual([
      {
        type: 'application/json',
        value: {
          bool: {
            must: [
              { terms: { type: ['1', '2', '8'] } },
              { terms: { status: ['31094501', '31094502'] } },
              { terms: { frameworkProgramme: ['43251447', '43254019', '43251589'] } },
            ],
          },
        },
      },
      { type: 'application/json', value: ['en'] },
      { type: 'application/json', value: { field: 'identifier', order: 'ASC' } },
    ]);
  });

  it('stops at maxPages', async () => {
    const result = await collectWith(ftPortalConnector, { url: searchUrl, options: { maxPages: 1 } });
    expect(result.fetched).toBe(1);
    expect(result.items).toHaveLength(3);
  });

  it('fails with invalid_document on an answer of the wrong shape', async () => {
    await expect(collectWith(ftPortalConnector, { url: `${server.url}/traps/wrong-shape/search-api/prod/rest/search` })).rejects.toMatchObject({
      name: 'SourceError',
      code: 'invalid_document',
      message: expect.stringContaining('ft-portal'),
    });
  });

  it('refuses options that would send an unfiltered or oversized search', () => {
    expect(ftPortalConnector.optionsSchema.safeParse({ frameworkProgrammes: [] }).success).toBe(false);
    expect(ftPortalConnector.optionsSchema.safeParse({ pageSize: 500 }).success).toBe(false);
    expect(ftPortalConnector.optionsSchema.parse({})).toMatchObject({ text: '***', pageSize: 100, maxPages: 20 });
  });
});
