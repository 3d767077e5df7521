import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from './fixture-server.ts';

function jsonPart(value: unknown): Blob {
  return new Blob([JSON.stringify(value)], { type: 'application/json' });
}

function portalForm(): FormData {
  const form = new FormData();
  form.append('query', jsonPart({ bool: { must: [] } }));
  form.append('languages', jsonPart(['en']));
  form.append('sort', jsonPart({ field: 'identifier', order: 'ASC' }));
  return form;
}

describe('startFixtureServer', () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer();
  });
  afterAll(() => server.close());

  it('listens on 127.0.0.1 only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  describe('EU portal search', () => {
    const search = () => `${server.url}/search-api/prod/rest/search?apiKey=SEDIA&text=***&pageSize=100`;

    it('answers 405 to GET', async () => {
      expect((await fetch(`${search()}&pageNumber=1`)).status).toBe(405);
    });

    it('serves the page the query string asks for, and an empty page past the last', async () => {
      const first = (await (await fetch(`${search()}&pageNumber=1`, { method: 'POST', body: portalForm() })).json()) as { results: unknown[] };
      const past = (await (await fetch(`${search()}&pageNumber=4`, { method: 'POST', body: portalForm() })).json()) as { results: unknown[] };
      expect(first.results).toHaveLength(5);
      expect(past.results).toEqual([]);
    });

    it('gives 0 results, as the real API does, to a body that is not multipart JSON parts', async () => {
      const plainJson = await fetch(`${search()}&pageNumber=1`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: {}, languages: ['en'] }),
      });
      const textParts = new FormData();
      for (const name of ['query', 'languages', 'sort']) textParts.append(name, '{}');
      const untyped = await fetch(`${search()}&pageNumber=1`, { method: 'POST', body: textParts });
      expect(((await plainJson.json()) as { results: unknown[] }).results).toEqual([]);
      expect(((await untyped.json()) as { results: unknown[] }).results).toEqual([]);
    });
  });

  it('Diavgeia: echoes the query, filters on its organisations and pages from 0', async () => {
    const q = 'organizationUid:"100056663" AND subject:"πρόσκληση"';
    const answer = (await (await fetch(`${server.url}/opendata/search/advanced.json?q=${encodeURIComponent(q)}&page=1&size=2`)).json()) as {
      info: { query: string; page: number; total: number; actualSize: number };
      decisions: Array<{ organizationId: string }>;
    };
    expect(answer.info).toMatchObject({ query: q, page: 1, total: 5, actualSize: 2 });
    expect(answer.decisions.every((decision) => decision.organizationId === '100056663')).toBe(true);
  });

  it('WordPress: announces totals in headers, honours _fields and answers 400 past the last page', async () => {
    const page = await fetch(`${server.url}/wp-json/wp/v2/posts?per_page=4&page=2&_fields=id,title`);
    expect(page.headers.get('x-wp-total')).toBe('6');
    expect(page.headers.get('x-wp-totalpages')).toBe('2');
    expect(await page.json()).toEqual([
      { id: 47811, title: { rendered: 'Ανάκληση της πρόσκλησης &#171;Διαπολιτισμική μεσολάβηση σε δημοτικές υπηρεσίες&#187;' } },
      { id: 47602, title: { rendered: 'Πρόσκληση εκδήλωσης ενδιαφέροντος για την Ευρωπαϊκή Εβδομάδα Ένταξης 2026' } },
    ]);
    const past = await fetch(`${server.url}/wp-json/wp/v2/posts?per_page=4&page=3`);
    expect(past.status).toBe(400);
    expect(await past.json()).toMatchObject({ code: 'rest_post_invalid_page_number' });
  });

  it('espa.gr: serves listing pages, call pages and 404 for an unknown call', async () => {
    const second = await (await fetch(`${server.url}/el/Pages/Proclamations.aspx?page=2`)).text();
    expect(second).toContain('ProclamationsFS.aspx?item=5880');
    const detail = await fetch(`${server.url}/el/Pages/ProclamationsFS.aspx?item=5921`);
    expect(await detail.text()).toContain('12.500.000,00 €');
    expect((await fetch(`${server.url}/el/Pages/ProclamationsFS.aspx?item=1`)).status).toBe(404);
  });

  it('feeds: the charset in the Content-Type, and 304 to a matching If-None-Match', async () => {
    const url = `${server.url}/feeds/greek-donor-calls.xml`;
    const first = await fetch(url);
    expect(first.headers.get('content-type')).toBe('application/rss+xml; charset=windows-1253');
    const etag = first.headers.get('etag') ?? '';
    expect((await fetch(url, { headers: { 'if-none-match': `W/${etag}` } })).status).toBe(304);
    expect((await fetch(url, { headers: { 'if-none-match': '"other"' } })).status).toBe(200);
  });

  it('answers 404 for a path no source has', async () => {
    expect((await fetch(`${server.url}/feeds/unknown.xml`)).status).toBe(404);
    expect((await fetch(`${server.url}/etc/passwd`)).status).toBe(404);
  });
});
