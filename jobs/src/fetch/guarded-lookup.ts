import dns from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import type { AddressPolicy } from './address-policy.ts';
import { FetchError } from './types.ts';

export type ResolveAll = (
  hostname: string,
  options: dns.LookupAllOptions,
  callback: (error: NodeJS.ErrnoException | null, addresses: dns.LookupAddress[]) => void,
) => void;

/**
 * Throws `blocked_address` when a URL's host is an address the policy refuses. Node connects to an IP
 * literal without calling the lookup hook, so literals are checked here, before any socket exists.
 */
export function assertHostAllowed(policy: AddressPolicy, host: string): void {
  if (policy.isHostAllowlisted(host) || !isIP(host)) return;
  const reason = policy.refusalReason(host);
  if (reason) throw new FetchError('blocked_address', `Refused to fetch from ${host}: ${reason}`);
}

/**
 * A `lookup` for node:http that resolves the name, then refuses the connection when any address it
 * resolved to is refused by the policy. Checking the resolved addresses (not the name) is what stops a
 * public-looking name pointing at 127.0.0.1 or 169.254.169.254, and the socket connects to exactly the
 * addresses checked here, so a second DNS answer cannot slip in between check and connect.
 */
export function createGuardedLookup(policy: AddressPolicy, resolveAll: ResolveAll = dns.lookup): LookupFunction {
  return (hostname, options, callback) => {
    resolveAll(hostname, { family: options.family, hints: options.hints, all: true }, (error, addresses) => {
      if (error) {
        callback(error, '', 0);
        return;
      }
      if (!policy.isHostAllowlisted(hostname)) {
        for (const { address } of addresses) {
          const reason = policy.refusalReason(address);
          if (reason) {
            const message = `Refused to fetch from ${hostname}: it resolves to ${address}, ${reason}`;
            callback(new FetchError('blocked_address', message), '', 0);
            return;
          }
        }
      }
      const [first] = addresses;
      if (!first) callback(Object.assign(new Error(`No address found for ${hostname}`), { code: 'ENOTFOUND' }), '', 0);
      else if (options.all) callback(null, addresses);
      else callback(null, first.address, first.family);
    });
  };
}
