import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

export interface FixtureServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  close(): Promise<void>;
}

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string | Uint8Array;
}

const fixturesDirectory = fileURLToPath(new URL('../../fixtures/', import.meta.url));

const feeds: Record<string, { file: string; contentType: string }> = {
  // The charset is in the header only for this one: rss-parser alone would read it as UTF-8.
  'greek-donor-calls': { file: 'rss/greek-donor-calls.xml', contentType: 'application/rss+xml; charset=windows-1253' },
  'international-donors': { file: 'rss/international-donors.atom.xml', contentType: 'application/atom+xml; charset=utf-8' },
  // ISO-8859-7 declared in the XML prolog only.
  'municipal-network': { file: 'rss/municipal-network.rdf.xml', contentType: 'application/rdf+xml' },
  // Misbehaving feeds, for the connector's tests.
  'feed-labelled-html': { file: 'rss/international-donors.atom.xml', contentType: 'text/html; charset=utf-8' },
  'error-page': { file: 'rss/error-page.html', contentType: 'text/html; charset=utf-8' },
  'error-page-labelled-rss': { file: 'rss/error-page.html', contentType: 'application/rss+xml; charset=utf-8' },
  malformed: { file: 'rss/malformed.xml', contentType: 'application/rss+xml; charset=utf-8' },
  'billion-laughs': { file: 'rss/billion-laughs.xml', contentType: 'application/rss+xml; charset=utf-8' },
};
const ministryFeed = { file: 'rss/ministry-feed.xml', contentType: 'application/rss+xml; charset=UTF-8' };

/**
 * Answers for every source kind from the snapshot documents in jobs/fixtures, at the paths of the real
 * sources and with their quirks (multipart-only search, 0-based pages, 400 past the last page, conditional
 * GET). A path prefixed with `/traps/<name>` makes a source misbehave the way real ones do, for tests.
 */
export async function startFixtureServer(): Promise<FixtureServer> {
  const server = createServer((request, response) => {
    answer(request)
      .catch((error: unknown): Answer => text(500, `fixture server: ${error instanceof Error ? error.message : String(error)}`))
      .then((result) => send(response, result));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function answer(request: IncomingMessage): Promise<Answer> {
  const url = new URL(request.url ?? '/', 'http://fixtures.invalid');
  const trapMatch = /^\/traps\/([\w-]+)(\/.*)$/.exec(url.pathname);
  const trap = trapMatch?.[1] ?? null;
  const path = trapMatch?.[2] ?? url.pathname;

  if (path === '/search-api/prod/rest/search') return searchFundingPortal(request, url, trap);
  if (request.method !== 'GET') return text(405, 'Method Not Allowed');
  if (path === '/opendata/search/advanced.json') return searchDiavgeia(url, trap);
  if (path === '/wp-json/wp/v2/posts') return listWordpressPosts(url, trap);
  if (path === '/el/Pages/Proclamations.aspx') return listEspaCalls(url, trap);
  if (path === '/el/Pages/ProclamationsFS.aspx') return showEspaCall(url);
  if (path === '/feed/') return serveFeed(request, ministryFeed);
  const feed = /^\/feeds\/([\w-]+)\.xml$/.exec(path)?.[1];
  if (feed && feeds[feed]) return serveFeed(request, feeds[feed]);
  return text(404, `No fixture at ${path}`);
}

/** The EU portal's search: POST only, filters in multipart JSON parts, page number in the query string. */
async function searchFundingPortal(request: IncomingMessage, url: URL, trap: string | null): Promise<Answer> {
  if (request.method !== 'POST') return { ...json(405, { error: 'Method Not Allowed' }), headers: { allow: 'POST', 'content-type': 'application/json' } };
  if (trap === 'wrong-shape') return file(200, 'ft-portal/wrong-shape.json', 'application/json');
  const pageNumber = Number(url.searchParams.get('pageNumber') ?? '1');
  // Like the real API, a body that is not multipart with JSON parts gets an empty answer, not an error.
  if (!(await hasJsonParts(request, ['query', 'languages', 'sort']))) return json(200, emptyPortalPage(pageNumber));
  const page = await readFixture(`ft-portal/search-page-${pageNumber}.json`).catch(() => null);
  return page ? { status: 200, headers: { 'content-type': 'application/json' }, body: page } : json(200, emptyPortalPage(pageNumber));
}

async function hasJsonParts(request: IncomingMessage, names: string[]): Promise<boolean> {
  const contentType = request.headers['content-type'] ?? '';
  if (!contentType.startsWith('multipart/form-data')) return false;
  const form = await new Response(new Uint8Array(await readBody(request)), { headers: { 'content-type': contentType } }).formData();
  return names.every((name) => {
    const part = form.get(name);
    return part instanceof Blob && part.type === 'application/json';
  });
}

function emptyPortalPage(pageNumber: number) {
  return { apiVersion: '2.134', terms: '***', text: '***', pageNumber, pageSize: 100, totalResults: 0, results: [] };
}

interface Decision {
  organizationId: string;
  subject: string;
}

/**
 * Diavgeia's advanced search, filtering on the organisations and subject words of the query. Traps:
 * `filter-ignored` answers as Diavgeia does to a query it cannot read (every decision, another query echoed),
 * `foreign-decisions` echoes the query but lets decisions of other organisations through.
 */
async function searchDiavgeia(url: URL, trap: string | null): Promise<Answer> {
  const query = url.searchParams.get('q') ?? '';
  const page = Number(url.searchParams.get('page') ?? '0');
  const size = Number(url.searchParams.get('size') ?? '10');
  const { decisions } = JSON.parse(await readFixture('diavgeia/decisions.json')) as { decisions: Decision[] };
  const organizations = [...query.matchAll(/organizationUid:"(\d+)"/g)].map((match) => match[1]);
  const words = [...query.matchAll(/subject:"([^"]+)"/g)].map((match) => fold(match[1] ?? ''));
  const matching = decisions.filter(
    (decision) =>
      trap === 'filter-ignored' ||
      ((trap === 'foreign-decisions' || organizations.length === 0 || organizations.includes(decision.organizationId)) &&
        words.every((word) => fold(decision.subject).includes(word))),
  );
  const slice = matching.slice(page * size, (page + 1) * size);
  return json(200, {
    info: { query: trap === 'filter-ignored' ? '' : query, page, size, actualSize: slice.length, total: matching.length },
    decisions: slice,
  });
}

interface Post {
  id: number;
  categories: number[];
  title: { rendered: string };
  content: { rendered: string };
  [field: string]: unknown;
}

/**
 * The WordPress REST API's posts: totals in headers, 400 `rest_post_invalid_page_number` past the last page,
 * `_fields` honoured. Traps: `error-page` (an HTML error page with 200), `no-total-headers`.
 */
async function listWordpressPosts(url: URL, trap: string | null): Promise<Answer> {
  if (trap === 'error-page') return file(200, 'wordpress/error-page.html', 'text/html; charset=UTF-8');
  const perPage = Number(url.searchParams.get('per_page') ?? '10');
  const page = Number(url.searchParams.get('page') ?? '1');
  const categories = url.searchParams.get('categories')?.split(',').map(Number) ?? [];
  const search = fold(url.searchParams.get('search') ?? '');
  const fields = url.searchParams.get('_fields')?.split(',') ?? null;
  const posts = (JSON.parse(await readFixture('wordpress/posts.json')) as Post[]).filter(
    (post) =>
      (categories.length === 0 || post.categories.some((category) => categories.includes(category))) &&
      (search === '' || fold(`${post.title.rendered} ${post.content.rendered}`).includes(search)),
  );
  const totalPages = Math.ceil(posts.length / perPage);
  if (page > Math.max(totalPages, 1)) {
    return json(400, {
      code: 'rest_post_invalid_page_number',
      message: 'The page number requested is larger than the number of pages available.',
      data: { status: 400 },
    });
  }
  const slice = posts
    .slice((page - 1) * perPage, page * perPage)
    .map((post) => (fields ? Object.fromEntries(fields.filter((field) => field in post).map((field) => [field, post[field]])) : post));
  const result = json(200, slice);
  const totals: Record<string, string> =
    trap === 'no-total-headers' ? {} : { 'x-wp-total': String(posts.length), 'x-wp-totalpages': String(totalPages) };
  return { ...result, headers: { 'content-type': 'application/json; charset=UTF-8', ...totals } };
}

/** espa.gr's listing, `?page=N`; a page past the end shows no cards. Traps: `challenge` (200), `forbidden` (403), `empty`. */
async function listEspaCalls(url: URL, trap: string | null): Promise<Answer> {
  const html = 'text/html; charset=utf-8';
  if (trap === 'challenge') return file(200, 'espa/bot-challenge.html', html);
  if (trap === 'forbidden') return file(403, 'espa/bot-challenge.html', html);
  if (trap === 'empty') return file(200, 'espa/listing-empty.html', html);
  const page = Number(url.searchParams.get('page') ?? '1');
  const listing = await readFixture(`espa/listing-page-${page}.html`).catch(() => null);
  return listing ? { status: 200, headers: { 'content-type': html }, body: listing } : file(200, 'espa/listing-empty.html', html);
}

async function showEspaCall(url: URL): Promise<Answer> {
  const item = url.searchParams.get('item') ?? '';
  if (!/^\d+$/.test(item)) return text(404, 'Not found');
  return file(200, `espa/detail-${item}.html`, 'text/html; charset=utf-8').catch(() => text(404, 'Not found'));
}

/** A feed with its ETag; If-None-Match with the same ETag gets 304 and no body. */
async function serveFeed(request: IncomingMessage, feed: { file: string; contentType: string }): Promise<Answer> {
  const bytes = await readFile(`${fixturesDirectory}${feed.file}`);
  const etag = `"${createHash('sha1').update(bytes).digest('hex').slice(0, 16)}"`;
  const sent = (request.headers['if-none-match'] ?? '').split(',').map((tag) => tag.trim().replace(/^W\//, ''));
  if (sent.includes(etag)) return { status: 304, headers: { etag }, body: '' };
  return { status: 200, headers: { 'content-type': feed.contentType, etag }, body: new Uint8Array(bytes) };
}

async function file(status: number, relativePath: string, contentType: string): Promise<Answer> {
  return { status, headers: { 'content-type': contentType }, body: await readFile(`${fixturesDirectory}${relativePath}`) };
}

function readFixture(relativePath: string): Promise<string> {
  return readFile(`${fixturesDirectory}${relativePath}`, 'utf8');
}

function json(status: number, value: unknown): Answer {
  return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) };
}

function text(status: number, message: string): Answer {
  return { status, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: message };
}

function send(response: ServerResponse, { status, headers, body }: Answer): void {
  response.writeHead(status, headers);
  response.end(body);
}

async function readBody(request: IncomingMessage): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Case and accents do not matter to a search, as in the real ones. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('el');
}
