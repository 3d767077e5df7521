import { connect } from 'node:net';
import { text } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiClient, expectErrorShape, loggedInAs } from '../helpers/api-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

describe('errors at the boundary', () => {
  let server: TestServer;
  let officer: ApiClient;
  beforeEach(async () => {
    server = await startTestServer();
    officer = await loggedInAs(server.url, 'officer.athens@demo.cni.gr');
  });
  afterEach(() => server.close());

  it('answers 400 with the error shape for malformed JSON', async () => {
    const response = await officer.request('POST', '/api/municipalities/athens/needs', '{"title": "unterminated');
    expect(response.status).toBe(400);
    expectErrorShape(response.body);
  });

  it('answers 413 with the error shape for a body over 1 MiB', async () => {
    const huge = JSON.stringify({ title: 'x', description: 'y'.repeat(1_100_000), category: 'networking' });
    const response = await officer.request('POST', '/api/municipalities/athens/needs', huge);
    expect(response.status).toBe(413);
    expectErrorShape(response.body);
    expect(response.body.error.code).toBe('payload_too_large');
  });

  it('answers 413 for an oversized chunked body that announces no length', async () => {
    const chunks = new ReadableStream({
      start(controller) {
        for (let index = 0; index < 12; index++) controller.enqueue(new TextEncoder().encode('a'.repeat(100_000)));
        controller.close();
      },
    });
    const response = await fetch(`${server.url}/api/municipalities/athens/needs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: officer.cookie! },
      body: chunks,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
  });

  it('answers 415 for a form-encoded or text body, whatever the case of the header', async () => {
    for (const contentType of ['application/x-www-form-urlencoded', 'text/plain', 'TEXT/PLAIN']) {
      const response = await officer.request('POST', '/api/municipalities/athens/needs', 'title=x', { 'content-type': contentType });
      expect(response.status, contentType).toBe(415);
      expectErrorShape(response.body);
    }
  });

  it('answers 400 listing the invalid fields', async () => {
    const response = await officer.post('/api/municipalities/athens/needs', { title: '', category: 'networking', priority: 7 });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_error');
    expect(response.body.error.issues.map((issue: { path: string[] }) => issue.path[0]).sort()).toEqual(['priority', 'title']);
  });

  it('answers 404 with the error shape for an unknown API route', async () => {
    const response = await officer.get('/api/no-such-thing');
    expect(response.status).toBe(404);
    expectErrorShape(response.body);
  });

  it('sends a strict Content-Security-Policy and no-sniff on every answer', async () => {
    const response = await new ApiClient(server.url).get('/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'ok', database: 'ok' });
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers a request head over 16 KB, which never reaches the app, with 431 and the error shape', async () => {
    const response = await officer.get(`/api/lessons?q=${'['.repeat(17_000)}`);
    expect(response.status).toBe(431);
    expectErrorShape(response.body);
    expect(response.body.error.code).toBe('request_too_large');
  });

  it('answers a request that is not HTTP with 400 and the error shape', async () => {
    const { port } = new URL(server.url);
    const socket = connect(Number(port), '127.0.0.1');
    socket.end('NOT HTTP AT ALL\r\n\r\n');
    const answer = (await text(socket)).toString();
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expectErrorShape(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)));
  });
});

