import type { ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFetchDocument } from './fetch-document.ts';
import { isLoopback, recordConnectionAttempts, startHttpServer, startTcpServer, type LoopbackServer } from './loopback-test-server.ts';
import { FetchError } from './types.ts';

const fiftyMegabytes = 50 * 1024 * 1024;
const chunk = Buffer.alloc(64 * 1024, 'x');

/** Writes up to `total` bytes with backpressure, stops when the client goes away, resolves the bytes written. */
function streamBytes(target: ServerResponse | Socket, total: number): Promise<number> {
  return new Promise((resolve) => {
    let written = 0;
    let closed = false;
    target.on('close', () => {
      closed = true;
      resolve(written);
    });
    const writeMore = () => {
      while (!closed && written < total) {
        written += chunk.length;
        if (!target.write(chunk)) {
          target.once('drain', writeMore);
          return;
        }
      }
      if (!closed) target.end();
    };
    writeMore();
  });
}

async function failure(promise: Promise<unknown>): Promise<FetchError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(FetchError);
  return error as FetchError;
}

describe('fetchDocument limits', () => {
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

  it('follows 5 redirects but not 6', async () => {
    server = await startHttpServer((request, response) => {
      const hop = Number(request.url?.slice(1));
      if (hop < 6) response.writeHead(302, { Location: `/${hop + 1}` }).end();
      else response.end('end of chain');
    });
    const error = await failure(fetchDocument({ url: `${server.origin}/0` }));
    expect(error.code).toBe('too_many_redirects');
    const five = await fetchDocument({ url: `${server.origin}/1` });
    expect(five.url).toBe(`${server.origin}/6`);
  });

  it('refuses an announced 50 MB body before reading it, and closes the connection', async () => {
    let sent: Promise<number> = Promise.resolve(0);
    server = await startHttpServer((_request, response) => {
      response.writeHead(200, { 'Content-Length': String(fiftyMegabytes) });
      sent = streamBytes(response, fiftyMegabytes);
    });
    const started = Date.now();
    const error = await failure(fetchDocument({ url: server.origin }));
    expect(error).toMatchObject({ code: 'too_large', message: `127.0.0.1:${server.port} announces ${fiftyMegabytes} bytes, more than 10485760` });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await sent).toBeLessThan(fiftyMegabytes);
  });

  it('stops a chunked 50 MB body with no Content-Length at the cap, and closes the connection', async () => {
    let sent: Promise<number> = Promise.resolve(0);
    server = await startHttpServer((_request, response) => {
      sent = streamBytes(response, fiftyMegabytes);
    });
    const started = Date.now();
    const error = await failure(fetchDocument({ url: server.origin }));
    expect(error).toMatchObject({ code: 'too_large', message: `The body from 127.0.0.1:${server.port} is larger than 10485760 bytes` });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await sent).toBeLessThan(fiftyMegabytes);
  });

  it('stops a body delimited only by closing the connection at the cap', async () => {
    let sent: Promise<number> = Promise.resolve(0);
    server = await startTcpServer((socket) => {
      socket.once('data', () => {
        socket.write('HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\nConnection: close\r\n\r\n');
        sent = streamBytes(socket, fiftyMegabytes);
      });
    });
    const error = await failure(fetchDocument({ url: server.origin }));
    expect(error.code).toBe('too_large');
    expect(await sent).toBeLessThan(fiftyMegabytes);
  });

  it('applies the cap to the decompressed size: a 50 KB gzip with a truthful small Content-Length inflating to 50 MB', async () => {
    const bomb = gzipSync(Buffer.alloc(fiftyMegabytes));
    expect(bomb.byteLength).toBeLessThan(100 * 1024);
    server = await startHttpServer((_request, response) => {
      response.writeHead(200, { 'Content-Encoding': 'gzip', 'Content-Length': String(bomb.byteLength) }).end(bomb);
    });
    const error = await failure(createFetchDocument({ allowlist: ['127.0.0.1'], maxBytes: 1024 * 1024 })({ url: server.origin }));
    expect(error).toMatchObject({ code: 'too_large', message: expect.stringContaining('larger than 1048576 bytes') });
  });

  it('ends a body that trickles one byte per second forever at the deadline, closing the socket', async () => {
    let socketClosed: Promise<number> = Promise.resolve(0);
    server = await startHttpServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/rss+xml' });
      const timer = setInterval(() => response.write('x'), 1000);
      response.write('x');
      socketClosed = new Promise((resolve) => response.on('close', () => {
        clearInterval(timer);
        resolve(Date.now());
      }));
    });
    const started = Date.now();
    const error = await failure(createFetchDocument({ allowlist: ['127.0.0.1'], timeoutMs: 500 })({ url: server.origin }));
    const elapsed = Date.now() - started;
    expect(error).toMatchObject({ code: 'timeout', message: `No complete answer from 127.0.0.1:${server.port} within 500 ms` });
    expect(elapsed).toBeGreaterThanOrEqual(450);
    expect(elapsed).toBeLessThan(1500);
    expect((await socketClosed) - started).toBeLessThan(1500);
  });

  it('ends at the deadline when the server never answers the request', async () => {
    server = await startTcpServer(() => {});
    const error = await failure(createFetchDocument({ allowlist: ['127.0.0.1'], timeoutMs: 300 })({ url: server.origin }));
    expect(error.code).toBe('timeout');
  });

  it('reports a 404 as http_error with its status', async () => {
    server = await startHttpServer((_request, response) => response.writeHead(404).end('not here'));
    const error = await failure(fetchDocument({ url: `${server.origin}/missing` }));
    expect(error).toMatchObject({ code: 'http_error', status: 404, message: `HTTP 404 from 127.0.0.1:${server.port}` });
  });

  it('reports a redirect status without Location as http_error', async () => {
    server = await startHttpServer((_request, response) => response.writeHead(302).end());
    await expect(fetchDocument({ url: server.origin })).rejects.toMatchObject({ code: 'http_error', status: 302 });
  });

  it('reports a refused connection as network_error', async () => {
    const closedServer = await startHttpServer(() => {});
    await closedServer.close();
    const error = await failure(fetchDocument({ url: closedServer.origin }));
    expect(error).toMatchObject({ code: 'network_error', message: expect.stringContaining('ECONNREFUSED') });
  });

  it('reports a connection reset before the answer as network_error', async () => {
    server = await startTcpServer((socket) => socket.once('data', () => socket.resetAndDestroy()));
    const error = await failure(fetchDocument({ url: server.origin }));
    expect(error).toMatchObject({ code: 'network_error', message: expect.stringContaining('ECONNRESET') });
  });

  it('reports a corrupt gzip body as network_error', async () => {
    server = await startHttpServer((_request, response) => response.writeHead(200, { 'Content-Encoding': 'gzip' }).end('not gzip'));
    await expect(fetchDocument({ url: server.origin })).rejects.toMatchObject({ code: 'network_error' });
  });
});
