import { describe, expect, it } from 'vitest';
import { CommandNotFoundError } from '../../../run-command.ts';
import { fakeRunner } from '../../testing/fake-runner.ts';
import {
  parseDefaultGateways,
  parseIpAddrJson,
  readGateways,
  readInterfaces,
} from './network-addresses.ts';
import { contextUnder } from './state-test-support.ts';

// `ip -j addr` of a laptop: loopback, wired (down), Wi-Fi with both families, a VPN tunnel.
const IP_ADDR = JSON.stringify([
  {
    ifindex: 1,
    ifname: 'lo',
    flags: ['LOOPBACK', 'UP', 'LOWER_UP'],
    link_type: 'loopback',
    address: '00:00:00:00:00:00',
    addr_info: [
      { family: 'inet', local: '127.0.0.1', prefixlen: 8, scope: 'host' },
      { family: 'inet6', local: '::1', prefixlen: 128, scope: 'host' },
    ],
  },
  {
    ifindex: 2,
    ifname: 'enp0s31f6',
    flags: ['NO-CARRIER', 'BROADCAST', 'MULTICAST', 'UP'],
    link_type: 'ether',
    address: '8C:16:45:AA:01:02',
    addr_info: [],
  },
  {
    ifindex: 3,
    ifname: 'wlp2s0',
    flags: ['BROADCAST', 'MULTICAST', 'UP', 'LOWER_UP'],
    link_type: 'ether',
    address: '3c:6a:a7:10:20:30',
    addr_info: [
      { family: 'inet', local: '10.20.4.117', prefixlen: 22, scope: 'global' },
      { family: 'inet', local: '10.20.4.200', prefixlen: 22, scope: 'global', secondary: true },
      { family: 'inet6', local: '2001:db8:4::1a', prefixlen: 64, scope: 'global' },
      { family: 'inet6', local: 'fe80::3e6a:a7ff:fe10:2030', prefixlen: 64, scope: 'link' },
    ],
  },
  {
    ifindex: 4,
    ifname: 'tun0',
    flags: ['POINTOPOINT', 'NOARP', 'UP'],
    link_type: 'none',
    addr_info: [{ family: 'inet', local: '172.16.0.9', prefixlen: 32, scope: 'global' }],
  },
  { ifindex: 5, link_type: 'ether' },
]);

describe('parseIpAddrJson', () => {
  it('lists every interface but the loopback, with its addresses and MAC', () => {
    expect(parseIpAddrJson(IP_ADDR)).toEqual([
      { name: 'enp0s31f6', mac: '8c:16:45:aa:01:02', ipv4: [], ipv6: [] },
      {
        name: 'wlp2s0',
        mac: '3c:6a:a7:10:20:30',
        ipv4: ['10.20.4.117', '10.20.4.200'],
        ipv6: ['2001:db8:4::1a', 'fe80::3e6a:a7ff:fe10:2030'],
      },
      { name: 'tun0', ipv4: ['172.16.0.9'], ipv6: [] },
    ]);
  });

  it('reads nothing from text that is not its JSON', () => {
    expect(parseIpAddrJson('')).toEqual([]);
    expect(parseIpAddrJson('{"ifname":"eth0"}')).toEqual([]);
    expect(parseIpAddrJson('[1, "x", null, {"ifname": 3}]')).toEqual([]);
  });
});

describe('parseDefaultGateways', () => {
  it('lists each gateway once, skipping routes without one', () => {
    const routes = JSON.stringify([
      { dst: 'default', gateway: '10.20.4.1', dev: 'wlp2s0', protocol: 'dhcp', metric: 600 },
      { dst: 'default', gateway: '10.20.4.1', dev: 'enp0s31f6', metric: 100 },
      { dst: 'default', dev: 'tun0', scope: 'link' },
    ]);
    expect(parseDefaultGateways(routes)).toEqual(['10.20.4.1']);
    expect(parseDefaultGateways('[]')).toEqual([]);
    expect(parseDefaultGateways('garbage')).toEqual([]);
  });
});

describe('reading addresses and gateways through ip', () => {
  it('reads interfaces, and notes a missing ip', async () => {
    const present = fakeRunner({ 'ip -j addr': { stdout: IP_ADDR } });
    expect((await readInterfaces(contextUnder('/', present.run))).value).toHaveLength(3);
    const absent = fakeRunner({ ip: new CommandNotFoundError('ip') });
    expect(await readInterfaces(contextUnder('/', absent.run))).toEqual({
      notes: [{ collector: 'interfaces', error: 'ip is not installed' }],
    });
  });

  it('joins IPv4 and IPv6 gateways of the main table in one call, and notes when there is none', async () => {
    const both = fakeRunner({
      // As ip prints every table: the main one unnamed, others (a VPN's policy table) named.
      'ip -j route show table all default': {
        stdout: JSON.stringify([
          { dst: 'default', gateway: '10.20.4.1', dev: 'eth0', flags: [] },
          { dst: 'default', gateway: '10.99.0.1', dev: 'tun0', table: '51820', flags: [] },
          { dst: 'default', gateway: 'fe80::1', dev: 'eth0', metric: 1024, flags: [] },
        ]),
      },
    });
    expect((await readGateways(contextUnder('/', both.run))).value).toEqual([
      '10.20.4.1',
      'fe80::1',
    ]);
    expect(both.calls.filter((call) => call.cmd === 'ip')).toHaveLength(1);
    const none = fakeRunner({ 'ip -j': { stdout: '[]' } });
    expect(await readGateways(contextUnder('/', none.run))).toEqual({
      notes: [{ collector: 'gateways', error: 'no default route' }],
    });
  });
});
