import { describe, expect, it } from 'vitest';
import { createAddressPolicy } from './address-policy.ts';

describe('createAddressPolicy', () => {
  const policy = createAddressPolicy([]);

  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['::1', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.254', 'private'],
    ['192.168.1.1', 'private'],
    ['fd12:3456::1', 'unique local'],
    ['169.254.169.254', 'metadata'],
    ['fe80::1', 'link-local'],
    ['0.0.0.0', 'this network'],
    ['::', 'unspecified'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['224.0.0.1', 'multicast'],
    ['ff02::1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:a9fe:a9fe', 'metadata'],
    ['::ffff:10.1.2.3', 'private'],
    ['::7f00:1', 'IPv4-compatible'],
    ['64:ff9b::a9fe:a9fe', 'NAT64'],
    ['2002:7f00:1::', '6to4'],
  ])('refuses %s (%s)', (address, reason) => {
    expect(policy.refusalReason(address)).toContain(reason);
  });

  it.each(['93.184.215.14', '172.32.0.1', '100.128.0.1', '2a00:1450:4001:80b::200e', '64:ff9b::5db8:d70e', '::ffff:93.184.215.14'])(
    'accepts the public address %s',
    (address) => {
      expect(policy.refusalReason(address)).toBeNull();
    },
  );

  it('accepts addresses, CIDRs and host names from the allowlist, and nothing next to them', () => {
    const allowing = createAddressPolicy(['127.0.0.1', '10.1.0.0/16', 'fd00::/8', 'Intranet.Example.', ' ', '[::1]']);
    expect(allowing.refusalReason('127.0.0.1')).toBeNull();
    expect(allowing.refusalReason('::ffff:127.0.0.1')).toBeNull();
    expect(allowing.refusalReason('127.0.0.2')).toContain('loopback');
    expect(allowing.refusalReason('10.1.200.3')).toBeNull();
    expect(allowing.refusalReason('10.2.0.1')).toContain('private');
    expect(allowing.refusalReason('fd00::5')).toBeNull();
    expect(allowing.refusalReason('::1')).toBeNull();
    expect(allowing.isHostAllowlisted('intranet.example')).toBe(true);
    expect(allowing.isHostAllowlisted('other.example')).toBe(false);
  });

  it.each(['10.0.0.0/33', '10.0.0.0/', 'not-an-ip/8', '10.0.0.0/8x'])('throws on the malformed CIDR %s', (entry) => {
    expect(() => createAddressPolicy([entry])).toThrow(/not a valid CIDR/);
  });
});
