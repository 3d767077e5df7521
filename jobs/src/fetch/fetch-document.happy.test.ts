import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFetchDocument } from './fetch-document.ts';
import { isLoopback, recordConnectionAttempts, startHttpServer, type LoopbackServer } from './loopback-test-server.ts';

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

describe('fetchDocument against a server on 127.0.0.1', () => {
  const fetchDocument = createFetchDocument({ allowlist: ['127.0.0.1'] });
  let server: LoopbackServer | undefined;
  let connections: ReturnType<typeof recordConnectionAttempts>;
  beforeEach(() => {
    connections = recordConnectionAttempts();
  });
  afterEach(async () => {
    connections.stop();
    await server?.close();
    server = undefined;
    expect(connections.attempts.filter((attempt) => !isLoopback(attempt))).toEqual([]);
  });

  it('returns a 200 body with its media type, charset, validators and headers', async () => {
    let seen: Record<string, string | string[] | undefined> = {};
    server = await startHttpServer((request, response) => {
      seen = request.headers;
      response.writeHead(200, {
        'Content-Type': 'application/rss+xml; charset=UTF-8',
        ETag: '"v1"',
        'Last-Modified': 'Wed, 25 Nov 2026 10:00:00 GMT',
        'X-Custom': 'yes',
      });
      response.end('<rss/>');
    });
    const document = await fetchDocument({ url: `${server.origin}/feed?page=1`, headers: { Accept: 'application/rss+xml' } });
    expect(document).toMatchObject({
      status: 200,
      url: `${server.origin}/feed?page=1`,
      contentType: 'application/rss+xml',
      charset: 'utf-8',
      etag: '"v1"',
      lastModified: 'Wed, 25 Nov 2026 10:00:00 GMT',
    });
    expect(document.headers['x-custom']).toBe('yes');
    expect(text(document.bytes)).toBe('<rss/>');
    expect(seen['user-agent']).toBe('CNI-Funding-Workspace/1.0 (+https://www.cnigreece.gr)');
    expect(seen.accept).toBe('application/rss+xml');
    expect(seen['accept-encoding']).toBe('gzip, deflate, br');
    expect(seen['if-none-match']).toBeUndefined();
  });

  it('sends the ETag back as If-None-Match and returns an empty 304', async () => {
    server = await startHttpServer((request, response) => {
      if (request.headers['if-none-match'] === '"v7"') {
        response.writeHead(304, { ETag: '"v7"' }).end();
      } else {
        response.writeHead(200, { ETag: '"v7"' }).end('body');
      }
    });
    const first = await fetchDocument({ url: server.origin });
    expect(first).toMatchObject({ status: 200, etag: '"v7"' });
    const second = await fetchDocument({ url: server.origin, etag: first.etag });
    expect(second).toMatchObject({ status: 304, etag: '"v7"' });
    expect(second.bytes.byteLength).toBe(0);
  });

  it('sends Last-Modified back as If-Modified-Since and returns an empty 304', async () => {
    const lastModified = 'Tue, 24 Nov 2026 08:00:00 GMT';
    server = await startHttpServer((request, response) => {
      if (request.headers['if-modified-since'] === lastModified) response.writeHead(304).end();
      else response.writeHead(200, { 'Last-Modified': lastModified }).end('body');
    });
    const first = await fetchDocument({ url: server.origin });
    expect(first).toMatchObject({ status: 200, lastModified });
    const second = await fetchDocument({ url: server.origin, lastModified: first.lastModified });
    expect(second.status).toBe(304);
    expect(second.bytes.byteLength).toBe(0);
  });

  it('follows a chain of 3 redirects (absolute and relative) and reports the final URL', async () => {
    const paths: string[] = [];
    server = await startHttpServer((request, response) => {
      paths.push(request.url ?? '');
      if (request.url === '/a') response.writeHead(301, { Location: `${server?.origin}/b` }).end();
      else if (request.url === '/b') response.writeHead(302, { Location: '/c' }).end();
      else if (request.url === '/c') response.writeHead(308, { Location: 'd?x=1' }).end();
      else response.end('arrived');
    });
    const document = await fetchDocument({ url: `${server.origin}/a` });
    expect(paths).toEqual(['/a', '/b', '/c', '/d?x=1']);
    expect(document.url).toBe(`${server.origin}/d?x=1`);
    expect(text(document.bytes)).toBe('arrived');
  });

  it.each([
    ['gzip', gzipSync],
    ['deflate', deflateSync],
    ['br', brotliCompressSync],
  ])('decodes a %s body', async (encoding, compress) => {
    const body = 'Πρόσκληση '.repeat(1000);
    server = await startHttpServer((_request, response) => {
      response.writeHead(200, { 'Content-Encoding': encoding, 'Content-Type': 'text/plain' }).end(compress(Buffer.from(body)));
    });
    const document = await fetchDocument({ url: server.origin });
    expect(text(document.bytes)).toBe(body);
  });

  it('POSTs a FormData as multipart/form-data with each JSON part typed application/json', async () => {
    let received: { contentType: string; raw: string; form: FormData } | undefined;
    server = await startHttpServer(async (request, response) => {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const raw = Buffer.concat(chunks);
      const contentType = request.headers['content-type'] ?? '';
      const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
      received = { contentType, raw: raw.toString('utf8'), form };
      response.writeHead(200, { 'Content-Type': 'application/json' }).end('{"totalResults":0}');
    });
    const query = { bool: { must: [{ terms: { type: ['1', '2', '8'] } }] } };
    const body = new FormData();
    body.append('query', new Blob([JSON.stringify(query)], { type: 'application/json' }));
    body.append('languages', new Blob(['["en"]'], { type: 'application/json' }));
    body.append('sort', new Blob(['{"field":"identifier","order":"ASC"}'], { type: 'application/json' }));

    const document = await fetchDocument({ url: `${server.origin}/search?apiKey=SEDIA&text=***`, method: 'POST', body });

    expect(text(document.bytes)).toBe('{"totalResults":0}');
    expect(received?.contentType).toMatch(/^multipart\/form-data; boundary=/);
    const parts = ['query', 'languages', 'sort'].map((name) => received?.form.get(name));
    expect(parts.map((part) => (part as Blob).type)).toEqual(['application/json', 'application/json', 'application/json']);
    expect(JSON.parse(await (parts[0] as Blob).text())).toEqual(query);
    expect(await (parts[1] as Blob).text()).toBe('["en"]');
    expect(received?.raw.match(/Content-Type: application\/json/g)).toHaveLength(3);
  });

  it('turns a POST into a GET without body on 303, and repeats the POST with its body on 307', async () => {
    const requests: string[] = [];
    server = await startHttpServer(async (request, response) => {
      let body = '';
      for await (const chunk of request) body += String(chunk);
      requests.push(`${request.method} ${request.url} ${request.headers['content-type'] ?? '-'} ${body}`);
      if (request.url === '/see-other') response.writeHead(303, { Location: '/result' }).end();
      else if (request.url === '/temporary') response.writeHead(307, { Location: '/result' }).end();
      else response.end('ok');
    });
    await fetchDocument({ url: `${server.origin}/see-other`, method: 'POST', body: 'a=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    await fetchDocument({ url: `${server.origin}/temporary`, method: 'POST', body: '{"a":1}', headers: { 'Content-Type': 'application/json' } });
    expect(requests).toEqual([
      'POST /see-other application/x-www-form-urlencoded a=1',
      'GET /result - ',
      'POST /temporary application/json {"a":1}',
      'POST /result application/json {"a":1}',
    ]);
  });

  it('does not carry an Authorization header across a redirect to another origin', async () => {
    const seen: string[] = [];
    server = await startHttpServer((request, response) => {
      seen.push(`${request.headers.host} ${request.headers.authorization ?? '-'}`);
      if (request.url === '/start') response.writeHead(302, { Location: `http://localhost:${server?.port}/next` }).end();
      else response.end('ok');
    });
    const crossing = createFetchDocument({ allowlist: ['127.0.0.1', 'localhost'] });
    await crossing({ url: `${server.origin}/start`, headers: { Authorization: 'Bearer secret' } });
    expect(seen).toEqual([`127.0.0.1:${server.port} Bearer secret`, `localhost:${server.port} -`]);
  });
});
