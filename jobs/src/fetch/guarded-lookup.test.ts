import type { LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createAddressPolicy } from './address-policy.ts';
import { assertHostAllowed, createGuardedLookup, type ResolveAll } from './guarded-lookup.ts';
import { FetchError } from './types.ts';

/** A resolver answering from a table, so these tests never send a DNS query. */
function resolveFrom(table: Record<string, LookupAddress[]>): ResolveAll {
  return (hostname, _options, callback) => {
    const addresses = table[hostname];
    if (addresses) callback(null, addresses);
    else callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }), []);
  };
}

function lookUp(lookup: LookupFunction, hostname: string, all: boolean): Promise<unknown> {
  return new Promise((resolve, reject) => {
    lookup(hostname, { all }, (error, address, family) => (error ? reject(error) : resolve(all ? address : { address, family })));
  });
}

const table: Record<string, LookupAddress[]> = {
  'feeds.example.org': [{ address: '93.184.215.14', family: 4 }],
  'rebinding.example.org': [{ address: '10.0.0.5', family: 4 }],
  'mixed.example.org': [
    { address: '93.184.215.14', family: 4 },
    { address: '::ffff:169.254.169.254', family: 6 },
  ],
  'intranet.example': [{ address: '192.168.4.2', family: 4 }],
};

describe('createGuardedLookup', () => {
  const lookup = createGuardedLookup(createAddressPolicy(['intranet.example']), resolveFrom(table));

  it('passes a public address on, in both the single and the "all" form node:net asks for', async () => {
    await expect(lookUp(lookup, 'feeds.example.org', false)).resolves.toEqual({ address: '93.184.215.14', family: 4 });
    await expect(lookUp(lookup, 'feeds.example.org', true)).resolves.toEqual([{ address: '93.184.215.14', family: 4 }]);
  });

  it('refuses a public-looking name that resolves to a private address', async () => {
    const error = await lookUp(lookup, 'rebinding.example.org', true).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FetchError);
    expect(error).toMatchObject({ code: 'blocked_address', message: expect.stringContaining('rebinding.example.org') });
    expect((error as FetchError).message).toContain('10.0.0.5');
  });

  it('refuses the whole name when any one of its addresses is refused', async () => {
    await expect(lookUp(lookup, 'mixed.example.org', false)).rejects.toMatchObject({ code: 'blocked_address' });
  });

  it('lets an allowlisted host name resolve to a private address', async () => {
    await expect(lookUp(lookup, 'intranet.example', false)).resolves.toEqual({ address: '192.168.4.2', family: 4 });
  });

  it('passes a resolver failure through unchanged', async () => {
    await expect(lookUp(lookup, 'missing.example.org', false)).rejects.toMatchObject({ code: 'ENOTFOUND' });
  });
});

describe('assertHostAllowed', () => {
  it('refuses a refused IP literal, since node:net connects to literals without a lookup', () => {
    const policy = createAddressPolicy([]);
    expect(() => assertHostAllowed(policy, '::ffff:7f00:1')).toThrow(/Refused to fetch from ::ffff:7f00:1: loopback/);
    expect(() => assertHostAllowed(policy, '93.184.215.14')).not.toThrow();
    expect(() => assertHostAllowed(policy, 'feeds.example.org')).not.toThrow();
  });
});
