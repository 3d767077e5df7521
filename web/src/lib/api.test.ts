import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError, onUnauthorized, uploadFile } from './api.ts';

function answer(status: number, body?: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

function stubFetch(response: Response | Error) {
  const fetchMock = vi.fn(async () => {
    if (response instanceof Error) throw response;
    return response;
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('api client', () => {
  it('sends JSON with the same-origin session cookie', async () => {
    const fetchMock = stubFetch(answer(200, { ok: true }));
    await expect(api.post('/api/auth/login', { email: 'a@b.gr', password: 'x' })).resolves.toEqual({ ok: true });
    expect(fetchMock).toHaveBeenCalledWith('/api/auth/login', {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify({ email: 'a@b.gr', password: 'x' }),
    });
  });

  it('throws an ApiError carrying the error envelope of a non-2xx answer', async () => {
    stubFetch(answer(403, { error: { code: 'forbidden', message: 'You may not.', requestId: 'req-1' } }));
    const error = await api.get('/api/municipalities/piraeus/needs').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 403, code: 'forbidden', message: 'You may not.', requestId: 'req-1' });
  });

  it('carries the fields a 400 refused, whether their path is a list or a dotted string', async () => {
    stubFetch(
      answer(400, {
        error: {
          code: 'validation_error',
          message: 'budgetCents: Expected integer',
          issues: [
            { path: ['budgetCents'], message: 'Expected integer' },
            { path: 'eligibleApplicants.0', message: 'Invalid option' },
            { path: [], message: 'Something about the whole body' },
          ],
        },
      }),
    );
    await expect(api.post('/api/calls', {})).rejects.toMatchObject({
      status: 400,
      issues: [
        { path: ['budgetCents'], message: 'Expected integer' },
        { path: ['eligibleApplicants', '0'], message: 'Invalid option' },
        { path: [], message: 'Something about the whole body' },
      ],
    });
  });

  it('throws an ApiError with the HTTP status when the body is not an envelope', async () => {
    stubFetch(new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    await expect(api.get('/api/themes')).rejects.toMatchObject({ status: 502, code: 'http_502' });
  });

  it('reports an unreachable server as status 0', async () => {
    stubFetch(new TypeError('Failed to fetch'));
    await expect(api.get('/api/me')).rejects.toMatchObject({ status: 0, code: 'network_error' });
  });

  it('answers undefined for 204 No Content', async () => {
    stubFetch(answer(204));
    await expect(api.post('/api/auth/logout')).resolves.toBeUndefined();
  });

  it('tells the session about a 401 outside the login endpoints only', async () => {
    const listener = vi.fn();
    const stopListening = onUnauthorized(listener);
    stubFetch(answer(401, { error: { code: 'unauthorized', message: 'Please log in.' } }));
    await api.post('/api/auth/login', { email: 'a@b.gr', password: 'wrong' }).catch(() => undefined);
    expect(listener).not.toHaveBeenCalled();
    stubFetch(answer(401, { error: { code: 'unauthorized', message: 'Please log in.' } }));
    await api.get('/api/municipalities').catch(() => undefined);
    expect(listener).toHaveBeenCalledTimes(1);
    stopListening();
  });

  it('uploads a file as the raw body, its Greek name percent-encoded in X-File-Name', async () => {
    const fetchMock = stubFetch(answer(200, { name: 'Αξιολόγηση.pdf', bytes: 8 }));
    const file = new Blob(['%PDF-1.4'], { type: 'application/pdf' });
    await expect(
      uploadFile('/api/proposals/p1/outcome/attachment', file, { contentType: 'application/pdf', fileName: 'Αξιολόγηση.pdf' }),
    ).resolves.toEqual({ name: 'Αξιολόγηση.pdf', bytes: 8 });
    expect(fetchMock).toHaveBeenCalledWith('/api/proposals/p1/outcome/attachment', {
      method: 'PUT',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/pdf',
        'X-File-Name': '%CE%91%CE%BE%CE%B9%CE%BF%CE%BB%CF%8C%CE%B3%CE%B7%CF%83%CE%B7.pdf',
      },
      credentials: 'same-origin',
      body: file,
    });
  });
});
