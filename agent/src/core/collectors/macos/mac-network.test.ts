import { describe, expect, it } from 'vitest';
import {
  interfacesFromNode,
  parseKernBoottime,
  parseRouteGateway,
  parseScutilDns,
} from './mac-network.ts';

describe('macOS network and boot answers', () => {
  it('reads the boot time from kern.boottime', () => {
    expect(
      parseKernBoottime('{ sec = 1764921600, usec = 250000 } Fri Dec  5 08:00:00 2025\n'),
    ).toBe('2025-12-05T08:00:00.000Z');
    expect(parseKernBoottime('sysctl: unknown oid\n')).toBeUndefined();
    expect(parseKernBoottime('{ sec = 0, usec = 0 }')).toBeUndefined();
  });

  it('reads the gateway of the default route', () => {
    const text = `   route to: default
destination: default
       mask: default
    gateway: 192.168.10.1
  interface: en0
      flags: <UP,GATEWAY,DONE,STATIC,PRCLONING,GLOBAL>
`;
    expect(parseRouteGateway(text)).toBe('192.168.10.1');
    expect(parseRouteGateway('route: writing to routing socket: not in table\n')).toBeUndefined();
  });

  it('lists every resolver’s nameservers once, in order', () => {
    const text = `DNS configuration

resolver #1
  search domain[0] : school.lan
  nameserver[0] : 192.168.10.2
  nameserver[1] : 192.168.10.3
  if_index : 6 (en0)

resolver #2
  domain   : local
  options  : mdns

DNS configuration (for scoped queries)

resolver #1
  nameserver[0] : 192.168.10.2
  if_index : 6 (en0)
`;
    expect(parseScutilDns(text)).toEqual(['192.168.10.2', '192.168.10.3']);
    expect(parseScutilDns('No DNS configuration available\n')).toEqual([]);
  });

  it("takes Node's interfaces, loopback aside", () => {
    const common = { netmask: '255.255.255.0', cidr: null, scopeid: 0 };
    expect(
      interfacesFromNode({
        lo0: [
          {
            ...common,
            address: '127.0.0.1',
            family: 'IPv4',
            mac: '00:00:00:00:00:00',
            internal: true,
          },
        ],
        en0: [
          {
            ...common,
            address: '192.168.10.24',
            family: 'IPv4',
            mac: 'a4:83:e7:00:00:01',
            internal: false,
          },
          {
            ...common,
            address: 'fe80::1c2d:3e4f:5a6b:7c8d',
            family: 'IPv6',
            mac: 'a4:83:e7:00:00:01',
            internal: false,
            scopeid: 6,
          },
        ],
      }),
    ).toEqual([
      {
        name: 'en0',
        mac: 'a4:83:e7:00:00:01',
        ipv4: ['192.168.10.24'],
        ipv6: ['fe80::1c2d:3e4f:5a6b:7c8d'],
      },
    ]);
  });
});
