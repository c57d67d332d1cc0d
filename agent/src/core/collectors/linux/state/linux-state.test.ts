import { afterEach, describe, expect, it } from 'vitest';
import { CommandNotFoundError } from '../../../run-command.ts';
import { fakeRunner } from '../../testing/fake-runner.ts';
import { collectLinuxState } from './linux-state.ts';
import { pathsUnder, temporaryTree } from './state-test-support.ts';

const SUPPLY = 'sys/class/power_supply';

// A school laptop as the readers see it: every source answers.
const LAPTOP_TREE = {
  'proc/stat': 'cpu 1 2 3\nbtime 1765008000\n',
  'etc/localtime': { linkTo: '/usr/share/zoneinfo/Europe/Madrid' },
  'etc/resolv.conf': 'nameserver 10.8.0.2\n',
  'var/lib/dpkg/status': 'Package: libc6\n',
  'var/run/reboot-required': '',
  'var/run/reboot-required.pkgs': 'linux-image-amd64\n',
  'sys/class/net/wlp1s0/phy80211/name': 'phy0\n',
  [`${SUPPLY}/BAT0/type`]: 'Battery\n',
  [`${SUPPLY}/BAT0/energy_full_design`]: '50000000\n',
  [`${SUPPLY}/BAT0/energy_full`]: '40000000\n',
} as const;

const LAPTOP_TOOLS = {
  who: { stdout: 'lucia    tty2         Dec  6 08:02 (tty2)\n' },
  last: { stdout: 'lucia    tty2         tty2    Sat Dec  6 08:02   still logged in\n' },
  'ip -j addr': {
    stdout: JSON.stringify([
      { ifname: 'lo', link_type: 'loopback', flags: ['LOOPBACK'], addr_info: [] },
      {
        ifname: 'wlp1s0',
        link_type: 'ether',
        address: '3c:6a:a7:10:20:30',
        addr_info: [{ family: 'inet', local: '10.8.3.40' }],
      },
    ]),
  },
  'ip -j route': { stdout: '[{"dst":"default","gateway":"10.8.0.1","dev":"wlp1s0"}]' },
  iwgetid: { stdout: 'Aula 3\n' },
  lsblk: {
    stdout: JSON.stringify({
      blockdevices: [
        {
          name: 'nvme0n1',
          model: 'PM9A1',
          serial: 'S1X',
          size: 512110190592,
          rota: false,
          type: 'disk',
          tran: 'nvme',
          children: [
            {
              name: 'nvme0n1p3',
              type: 'part',
              fstype: 'crypto_LUKS',
              children: [{ name: 'root', type: 'crypt', fstype: 'ext4', mountpoint: '/' }],
            },
          ],
        },
      ],
    }),
  },
  'lpstat -e': { stdout: 'Aula3\n' },
  'lpstat -d': { stdout: 'system default destination: Aula3\n' },
  'lpstat -v': { stdout: 'device for Aula3: ipp://10.8.0.20/ipp/print\n' },
} as const;

describe('collectLinuxState', () => {
  const trees: (() => void)[] = [];
  afterEach(() => trees.splice(0).forEach((remove) => remove()));

  it('gathers every fact of a machine that has them all', async () => {
    const tree = temporaryTree(LAPTOP_TREE);
    trees.push(tree.remove);
    const { run, calls } = fakeRunner(LAPTOP_TOOLS);
    const result = await collectLinuxState({ run, paths: pathsUnder(tree.root), timeoutMs: 750 });
    expect(result).toEqual({
      state: {
        bootTime: '2025-12-06T08:00:00.000Z',
        timeZone: 'Europe/Madrid',
        loggedInUsers: ['lucia'],
        sessions: [{ user: 'lucia', terminal: 'tty2', from: 'tty2' }],
        lastLoggedInUser: 'lucia',
        interfaces: [{ name: 'wlp1s0', mac: '3c:6a:a7:10:20:30', ipv4: ['10.8.3.40'], ipv6: [] }],
        gateways: ['10.8.0.1'],
        dnsServers: ['10.8.0.2'],
        wifiSsid: 'Aula 3',
        security: { rebootRequired: true, rebootRequiredBy: ['linux-image-amd64'] },
      },
      disks: [
        {
          name: 'nvme0n1',
          model: 'PM9A1',
          serial: 'S1X',
          sizeBytes: 512110190592,
          kind: 'nvme',
          health: 'unknown',
        },
      ],
      encryption: [{ volume: '/', method: 'luks', state: 'on' }],
      printers: [
        { name: 'Aula3', isDefault: true, port: 'ipp://10.8.0.20/ipp/print', isNetwork: true },
      ],
      batteries: [
        {
          name: 'BAT0',
          designCapacityMWh: 50000,
          fullChargeCapacityMWh: 40000,
          healthPercent: 80,
        },
      ],
      notes: [
        { collector: 'disk-health', error: 'needs smartctl and root; not read' },
        { collector: 'displays', error: expect.stringMatching(/^no graphics device/) as string },
      ],
    });
    expect('displays' in result).toBe(false);
    // Every tool ran with the caller's limit and with the sbin folders on its PATH.
    expect(calls.length).toBeGreaterThan(0);
    for (const call of calls) {
      expect(call.options.timeoutMs).toBe(750);
      expect(call.options.env?.PATH?.split(':')).toContain('/usr/sbin');
    }
  });

  it('leaves every fact of a bare machine absent, each with a note', async () => {
    const tree = temporaryTree({});
    trees.push(tree.remove);
    const { run } = fakeRunner({
      who: new CommandNotFoundError('who'),
      last: new CommandNotFoundError('last'),
      ip: new CommandNotFoundError('ip'),
      lsblk: new CommandNotFoundError('lsblk'),
      lpstat: new CommandNotFoundError('lpstat'),
      timedatectl: new CommandNotFoundError('timedatectl'),
    });
    const result = await collectLinuxState({ run, paths: pathsUnder(tree.root) });
    expect(result.state).toEqual({});
    for (const key of ['disks', 'encryption', 'displays', 'printers', 'batteries'] as const) {
      expect(result[key]).toBeUndefined();
    }
    expect(result.notes.map((entry) => entry.collector)).toEqual([
      'boot-time',
      'time-zone',
      'logged-in-users',
      'last-logged-in-user',
      'interfaces',
      'gateways',
      'dns-servers',
      'wifi-ssid',
      'reboot-required',
      'disks',
      'disk-encryption',
      'displays',
      'printers',
      'batteries',
    ]);
    for (const entry of result.notes) expect(entry.error).not.toBe('');
  });
});
