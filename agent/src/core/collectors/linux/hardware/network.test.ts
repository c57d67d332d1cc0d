import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { interfacesFrom, reportedInterfaceName } from './network.ts';

const address = (
  family: 'IPv4' | 'IPv6',
  addr: string,
  mac: string,
  internal = false,
): NetworkInterfaceInfo =>
  family === 'IPv4'
    ? { family, address: addr, mac, internal, netmask: '255.255.255.0', cidr: null }
    : {
        family,
        address: addr,
        mac,
        internal,
        netmask: 'ffff:ffff:ffff:ffff::',
        cidr: null,
        scopeid: 0,
      };

const WIRELESS = [
  'Inter-| sta-|   Quality        |   Discarded packets               | Missed | WE',
  ' face | tus | link level noise |  nwid  crypt   frag  retry   misc | beacon | 22',
  ' wlp2s0: 0000   54.  -56.  -256        0      0      0      0      0        0',
];

// The rules are systeminformation 5.33's networkInterfaces() for Linux.
describe('interfacesFrom', () => {
  it('gives the first address of each family, the MAC, loopback, and the link type', async () => {
    const operstates: Record<string, string> = { lo: 'unknown', enp0s31f6: 'up', wlp2s0: 'up' };
    const interfaces = {
      lo: [address('IPv4', '127.0.0.1', '00:00:00:00:00:00', true)],
      enp0s31f6: [
        address('IPv4', '169.254.10.2', '8c:16:45:aa:bb:cc'),
        address('IPv4', '10.0.0.5', '8c:16:45:aa:bb:cc'),
        address('IPv6', 'fe80::8e16:45ff:feaa:bbcc', '8c:16:45:aa:bb:cc'),
      ],
      wlp2s0: [address('IPv6', '2001:db8::5', 'f8:59:71:00:11:22')],
      'docker0:1': [address('IPv4', '172.17.0.1', '02:42:00:00:00:01')],
    };
    const state = { operstate: async (name: string) => operstates[name] ?? '', wireless: WIRELESS };
    expect(await interfacesFrom(interfaces, state)).toEqual([
      {
        iface: 'lo',
        mac: '00:00:00:00:00:00',
        ip4: '127.0.0.1',
        ip6: '',
        type: 'virtual',
        internal: true,
      },
      {
        iface: 'enp0s31f6',
        mac: '8c:16:45:aa:bb:cc',
        // The first IPv4 address, link-local or not: as it was reported.
        ip4: '169.254.10.2',
        ip6: 'fe80::8e16:45ff:feaa:bbcc',
        type: 'wired',
        internal: false,
      },
      {
        iface: 'wlp2s0',
        mac: 'f8:59:71:00:11:22',
        ip4: '',
        ip6: '2001:db8::5',
        type: 'wireless',
        internal: false,
      },
      {
        iface: 'docker0',
        mac: '02:42:00:00:00:01',
        ip4: '172.17.0.1',
        ip6: '',
        type: 'unknown',
        internal: false,
      },
    ]);
  });

  it('cuts alias labels and shell characters from names, as they were reported', () => {
    expect(reportedInterfaceName('eth0:1')).toBe('eth0');
    expect(reportedInterfaceName('br-5f3a2c')).toBe('br-5f3a2c');
    expect(reportedInterfaceName('veth$(x)')).toBe('vethx');
  });
});
