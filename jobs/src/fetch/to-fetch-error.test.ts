import { describe, expect, it } from 'vitest';
import { toFetchError } from './to-fetch-error.ts';
import { FetchError } from './types.ts';

const errno = (code: string) => Object.assign(new Error(`failed with ${code}`), { code });

describe('toFetchError', () => {
  const running = new AbortController().signal;

  it('reports a name that does not resolve as dns_error', () => {
    expect(toFetchError(errno('ENOTFOUND'), 'gone.example.org', running)).toMatchObject({
      code: 'dns_error',
      message: 'Cannot resolve gone.example.org (ENOTFOUND)',
    });
    expect(toFetchError(errno('EAI_AGAIN'), 'gone.example.org', running).code).toBe('dns_error');
  });

  it('reports refused and reset connections as network_error', () => {
    expect(toFetchError(errno('ECONNREFUSED'), 'a.example', running).code).toBe('network_error');
    expect(toFetchError(errno('ECONNRESET'), 'a.example', running).code).toBe('network_error');
  });

  it('keeps a FetchError, and reports anything after the deadline as the timeout', () => {
    const blocked = new FetchError('blocked_address', 'no');
    expect(toFetchError(blocked, 'a.example', running)).toBe(blocked);
    const expired = new AbortController();
    const timeout = new FetchError('timeout', 'late');
    expired.abort(timeout);
    expect(toFetchError(errno('ECONNRESET'), 'a.example', expired.signal)).toBe(timeout);
  });
});
