import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFetchDocument } from './fetch-document.ts';
import { isLoopback, recordConnectionAttempts, startHttpServer, type LoopbackServer } from './loopback-test-server.ts';
import { FetchError } from './types.ts';

async function failure(promise: Promise<unknown>): Promise<FetchError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(FetchError);
  return error as FetchError;
}

describe('fetchDocument refuses addresses it must never reach', () => {
  let server: LoopbackServer;
  let requests: number;
  let connections: ReturnType<typeof recordConnectionAttempts>;
  beforeEach(async () => {
    requests = 0;
    server = await startHttpServer((request, response) => {
      requests += 1;
      const target = new URL(request.url ?? '/', 'http://x').searchParams.get('to');
      if (target) response.writeHead(302, { Location: target }).end();
      else response.end('reached');
    });
    connections = recordConnectionAttempts();
  });
  afterEach(async () => {
    connections.stop();
    await server.close();
    expect(connections.attempts.filter((attempt) => !isLoopback(attempt))).toEqual([]);
  });

  const strict = createFetchDocument({ allowlist: [] });

  it('refuses 127.0.0.1 without an allowlist entry, before connecting', async () => {
    const error = await failure(strict({ url: `${server.origin}/` }));
    expect(error.code).toBe('blocked_address');
    expect(error.message).toBe('Refused to fetch from 127.0.0.1: loopback (127.0.0.0/8)');
    expect(connections.attempts).toEqual([]);
    expect(requests).toBe(0);
  });

  it('refuses the name localhost, because it resolves to loopback, before connecting', async () => {
    const error = await failure(strict({ url: `http://localhost:${server.port}/` }));
    expect(error.code).toBe('blocked_address');
    expect(error.message).toMatch(/^Refused to fetch from localhost: it resolves to (127\.0\.0\.1|::1), loopback/);
    expect(connections.attempts).toEqual([]);
    expect(requests).toBe(0);
  });

  it.each([
    ['http://2130706433:PORT/', 'decimal'],
    ['http://0x7f.1:PORT/', 'hexadecimal'],
    ['http://017700000001:PORT/', 'octal'],
    ['http://127.1:PORT/', 'short dotted'],
    ['http://[::ffff:127.0.0.1]:PORT/', 'IPv4-mapped dotted'],
    ['http://[::ffff:7f00:1]:PORT/', 'IPv4-mapped hex'],
    ['http://[::1]:PORT/', 'IPv6 loopback'],
    ['http://0.0.0.0:PORT/', 'unspecified'],
    ['http://0:PORT/', 'zero'],
  ])('refuses %s (%s) before connecting', async (template, _form) => {
    const error = await failure(strict({ url: template.replace('PORT', String(server.port)) }));
    expect(error.code).toBe('blocked_address');
    expect(error.message).toMatch(/^Refused to fetch from .+: (loopback|"this network"|unspecified)/);
    expect(connections.attempts).toEqual([]);
    expect(requests).toBe(0);
  });

  it.each([
    ['http://10.0.0.1/', 'private (10.0.0.0/8)'],
    ['http://169.254.169.254/latest/meta-data/', 'link-local or cloud metadata'],
    ['http://[::ffff:a9fe:a9fe]/', 'link-local or cloud metadata'],
    ['http://192.168.1.1:8080/', 'private (192.168.0.0/16)'],
    ['http://[fd00::1]/', 'unique local'],
  ])('refuses a redirect from an allowed host to %s, and never connects there', async (target, reason) => {
    const allowing = createFetchDocument({ allowlist: ['127.0.0.1'] });
    const error = await failure(allowing({ url: `${server.origin}/?to=${encodeURIComponent(target)}` }));
    expect(error.code).toBe('blocked_address');
    expect(error.message).toContain(reason);
    expect(requests).toBe(1);
    expect(connections.attempts).toEqual([{ address: '127.0.0.1', port: server.port }]);
  });

  it('refuses a redirect to a file: URL even when file: URLs are enabled', async () => {
    const allowing = createFetchDocument({ allowlist: ['127.0.0.1'], fileRoot: '/' });
    const error = await failure(allowing({ url: `${server.origin}/?to=${encodeURIComponent('file:///etc/hosts')}` }));
    expect(error).toMatchObject({ code: 'blocked_address', message: expect.stringContaining('file:///etc/hosts') });
  });

  it('refuses schemes other than http and https', async () => {
    await expect(strict({ url: 'ftp://ftp.example.org/feed.xml' })).rejects.toMatchObject({ code: 'invalid_url' });
    await expect(strict({ url: 'gopher://example.org/' })).rejects.toMatchObject({ code: 'invalid_url' });
    await expect(strict({ url: 'not a url' })).rejects.toMatchObject({ code: 'invalid_url' });
    expect(connections.attempts).toEqual([]);
  });
});
