import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sources } from '@cni/db';
import { createTempDb, type TempDb } from '@cni/db/testing';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFixtureServer } from '../demo/fixture-server.ts';
import { createFetchDocument } from '../fetch/fetch-document.ts';
import { connectors } from './connector-registry.ts';
import { runSource, type RunSourceDeps } from './run-source.ts';

const billionLaughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
<rss version="2.0"><channel><title>&lol4;</title><item><title>&lol4;</title></item></channel></rss>`;

/** A server that misbehaves in every way a hostile or broken source can. */
function startHostileServer(): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    switch (request.url) {
      case '/malformed.xml':
        response.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss><channel><item><title>unclosed</channel>');
        return;
      case '/billion-laughs.xml':
        response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(billionLaughs);
        return;
      case '/huge.xml': {
        response.writeHead(200, { 'content-type': 'application/rss+xml' });
        const chunk = Buffer.alloc(1024 * 1024, 'a');
        let sent = 0;
        const pump = () => {
          while (sent < 50 && response.write(chunk)) sent++;
          if (sent >= 50) response.end();
          else response.once('drain', pump);
        };
        pump();
        return;
      }
      case '/slow.xml': {
        response.writeHead(200, { 'content-type': 'application/rss+xml' });
        const timer = setInterval(() => response.write('<'), 100);
        response.on('close', () => clearInterval(timer));
        return;
      }
      case '/to-private.xml':
        response.writeHead(302, { location: 'http://10.0.0.1/feed.xml' }).end();
        return;
      default:
        response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

async function snapshotCalls(handle: TempDb): Promise<string> {
  const tables = ['calls', 'call_sources', 'call_revisions'];
  const rows = await Promise.all(tables.map((table) => handle.client.execute(`SELECT * FROM ${table} ORDER BY 1, 2`)));
  return JSON.stringify(rows.map((result) => result.rows));
}

describe('runSource against hostile sources', () => {
  let hostile: { server: Server; url: string };
  let fixtures: { url: string; close(): Promise<void> };
  let handle: TempDb;
  let deps: RunSourceDeps;

  beforeAll(async () => {
    hostile = await startHostileServer();
    fixtures = await startFixtureServer();
  });
  afterAll(async () => {
    hostile.server.closeAllConnections();
    await new Promise((resolve) => hostile.server.close(resolve));
    await fixtures.close();
  });
  beforeEach(async () => {
    handle = await createTempDb();
    deps = {
      db: handle.db,
      fetchDocument: createFetchDocument({ allowlist: ['127.0.0.1'], timeoutMs: 1500 }),
      connectors,
      now: () => new Date('2026-11-26T10:00:00Z'),
      holder: 'test',
    };
  });
  afterEach(() => handle.destroy());

  async function addSource(kind: 'rss' | 'ft-portal', url: string): Promise<string> {
    const id = randomUUID();
    await handle.db.insert(sources).values({ id, name: url, kind, url, options: {}, schedule: '0 * * * *', enabled: true });
    return id;
  }

  async function expectRunError(sourceId: string, code: string) {
    const result = await runSource(deps, sourceId);
    if (result.outcome !== 'ran') throw new Error(`did not run: ${result.outcome}`);
    expect(result.run.status).toBe('error');
    expect(result.run.error?.code).toBe(code);
    expect(result.run.error?.message.length).toBeGreaterThan(10);
    expect(result.run.created + result.run.updated).toBe(0);
  }

  it.each([
    ['malformed XML', '/malformed.xml', 'invalid_document'],
    ['a billion-laughs document', '/billion-laughs.xml', 'invalid_document'],
    ['a 50 MB body', '/huge.xml', 'too_large'],
    ['a never-ending slow body', '/slow.xml', 'timeout'],
    ['a redirect to a private address', '/to-private.xml', 'blocked_address'],
  ])('records %s as a clear run error and leaves every other row untouched', async (_name, path, code) => {
    const good = await addSource('rss', `${fixtures.url}/feeds/greek-donor-calls.xml`);
    const first = await runSource(deps, good);
    expect(first.outcome === 'ran' && first.run.created).toBeGreaterThan(0);
    const before = await snapshotCalls(handle);
    await expectRunError(await addSource('rss', `${hostile.url}${path}`), code);
    expect(await snapshotCalls(handle)).toBe(before);
  });

  it('records JSON of the wrong shape from the EU portal as invalid_document', async () => {
    await expectRunError(await addSource('ft-portal', `${fixtures.url}/traps/wrong-shape/search-api/prod/rest/search`), 'invalid_document');
  });

  it('refuses a feed on a loopback address without the allowlist', async () => {
    deps = { ...deps, fetchDocument: createFetchDocument({ allowlist: [] }) };
    await expectRunError(await addSource('rss', `${fixtures.url}/feeds/greek-donor-calls.xml`), 'blocked_address');
  });
});
