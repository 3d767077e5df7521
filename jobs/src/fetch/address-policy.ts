import { BlockList, isIP } from 'node:net';

/** Decides which hosts and addresses the fetcher may connect to. */
export interface AddressPolicy {
  isHostAllowlisted(host: string): boolean;
  /** Why the address may not be fetched, or null when it may. */
  refusalReason(address: string): string | null;
}

interface Range {
  network: string;
  prefix: number;
  reason: string;
}

// Sources are public web sites: any of these is either this machine, the internal network or the cloud
// metadata service, which a feed URL or one of its redirects must never reach (SSRF).
const blockedIpv4Ranges: Range[] = [
  { network: '0.0.0.0', prefix: 8, reason: '"this network" (0.0.0.0/8)' },
  { network: '10.0.0.0', prefix: 8, reason: 'private (10.0.0.0/8)' },
  { network: '100.64.0.0', prefix: 10, reason: 'carrier-grade NAT (100.64.0.0/10)' },
  { network: '127.0.0.0', prefix: 8, reason: 'loopback (127.0.0.0/8)' },
  { network: '169.254.0.0', prefix: 16, reason: 'link-local or cloud metadata (169.254.0.0/16)' },
  { network: '172.16.0.0', prefix: 12, reason: 'private (172.16.0.0/12)' },
  { network: '192.168.0.0', prefix: 16, reason: 'private (192.168.0.0/16)' },
  { network: '224.0.0.0', prefix: 4, reason: 'multicast (224.0.0.0/4)' },
  { network: '240.0.0.0', prefix: 4, reason: 'reserved or broadcast (240.0.0.0/4)' },
];

const blockedIpv6Ranges: Range[] = [
  { network: '::', prefix: 128, reason: 'unspecified (::)' },
  { network: '::1', prefix: 128, reason: 'loopback (::1)' },
  { network: 'fc00::', prefix: 7, reason: 'unique local (fc00::/7)' },
  { network: 'fe80::', prefix: 10, reason: 'link-local (fe80::/10)' },
  { network: 'fec0::', prefix: 10, reason: 'site-local (fec0::/10)' },
  { network: 'ff00::', prefix: 8, reason: 'multicast (ff00::/8)' },
];

const blockedRanges = [
  ...blockedIpv4Ranges.map((range) => ({ ...range, list: listOf(range.network, range.prefix, 'ipv4') })),
  ...blockedIpv6Ranges.map((range) => ({ ...range, list: listOf(range.network, range.prefix, 'ipv6') })),
];

/**
 * Builds the policy from FETCH_ALLOWLIST entries: host names (`feeds.example.org`), addresses
 * (`127.0.0.1`, `::1`) or CIDRs (`10.1.0.0/16`). Throws on a malformed CIDR: a typo in the setting must
 * not silently widen or narrow what may be fetched.
 */
export function createAddressPolicy(allowlist: readonly string[]): AddressPolicy {
  const allowedHosts = new Set<string>();
  const allowedAddresses = new BlockList();
  for (const rawEntry of allowlist) {
    const entry = stripBrackets(rawEntry.trim().toLowerCase());
    if (entry === '') continue;
    if (entry.includes('/')) {
      addSubnet(allowedAddresses, entry);
    } else if (isIP(entry)) {
      allowedAddresses.addAddress(entry, familyOf(entry));
    } else {
      allowedHosts.add(normaliseHost(entry));
    }
  }

  return {
    isHostAllowlisted: (host) => allowedHosts.has(normaliseHost(host)),
    refusalReason(address) {
      const bare = stripBrackets(address).split('%')[0] ?? '';
      if (!isIP(bare)) return `"${address}" is not an IP address`;
      if (allowedAddresses.check(bare, familyOf(bare))) return null;
      return blockedReason(bare);
    },
  };
}

function blockedReason(address: string): string | null {
  const family = familyOf(address);
  for (const range of blockedRanges) {
    // BlockList also matches an IPv4-mapped IPv6 address (::ffff:7f00:1) against IPv4 ranges.
    if (range.list.check(address, family)) return range.reason;
  }
  const embedded = family === 'ipv6' ? embeddedIpv4(address) : null;
  if (embedded) {
    const reason = blockedReason(embedded.address);
    if (reason) return `${reason} embedded in ${embedded.form}`;
  }
  return null;
}

/**
 * IPv6 forms that carry an IPv4 address the packet ends up at: IPv4-mapped (::ffff:a.b.c.d),
 * IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::a.b.c.d) and 6to4 (2002:aabb:ccdd::).
 */
function embeddedIpv4(address: string): { address: string; form: string } | null {
  const groups = expandIpv6(address);
  const isZero = (from: number, to: number) => groups.slice(from, to).every((group) => group === 0);
  const dotted = (high: number, low: number) => [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
  const [g0 = 0, g1 = 0, g2 = 0, , , g5 = 0, g6 = 0, g7 = 0] = groups;
  if (isZero(0, 5) && g5 === 0xffff) return { address: dotted(g6, g7), form: 'an IPv4-mapped IPv6 address' };
  if (isZero(0, 6)) return { address: dotted(g6, g7), form: 'an IPv4-compatible IPv6 address' };
  if (g0 === 0x64 && g1 === 0xff9b && isZero(2, 6)) return { address: dotted(g6, g7), form: 'a NAT64 address' };
  if (g0 === 0x2002) return { address: dotted(g1, g2), form: 'a 6to4 address' };
  return null;
}

/** The eight 16-bit groups of a valid IPv6 address, with `::` and a dotted IPv4 tail expanded. */
function expandIpv6(address: string): number[] {
  const dottedTail = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(address);
  let text = address;
  if (dottedTail) {
    const [a, b, c, d] = dottedTail.slice(1).map(Number) as [number, number, number, number];
    text = `${address.slice(0, dottedTail.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((group) => parseInt(group, 16)));
  const headGroups = parse(head);
  const tailGroups = tail === undefined ? [] : parse(tail);
  const zeros = new Array<number>(8 - headGroups.length - tailGroups.length).fill(0);
  return [...headGroups, ...zeros, ...tailGroups];
}

function addSubnet(list: BlockList, entry: string): void {
  const [network = '', prefixText = ''] = entry.split('/');
  const family = isIP(network) ? familyOf(network) : null;
  const prefix = Number(prefixText);
  const maxPrefix = family === 'ipv4' ? 32 : 128;
  if (!family || !/^\d+$/.test(prefixText) || prefix > maxPrefix) {
    throw new Error(`FETCH_ALLOWLIST entry "${entry}" is not a valid CIDR (address/prefix)`);
  }
  list.addSubnet(network, prefix, family);
}

function listOf(network: string, prefix: number, family: 'ipv4' | 'ipv6'): BlockList {
  const list = new BlockList();
  list.addSubnet(network, prefix, family);
  return list;
}

function familyOf(address: string): 'ipv4' | 'ipv6' {
  return isIP(address) === 6 ? 'ipv6' : 'ipv4';
}

function stripBrackets(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}

/** `Example.org.` and `example.org` name the same host. */
function normaliseHost(host: string): string {
  return stripBrackets(host).toLowerCase().replace(/\.$/, '');
}
