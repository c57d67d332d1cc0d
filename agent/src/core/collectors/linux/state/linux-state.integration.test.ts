import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectLinuxState, type LinuxState } from './linux-state.ts';
import {
  bootTimeFromProcStat,
  defaultGatewaysFromIp,
  interfacesFromIp,
  machineTool as tool,
} from './testing/machine-tools.ts';

// Runs on this Linux machine for real. Every expectation comes from the machine's own tools at
// test time, so it holds with or without a battery, a monitor, Wi-Fi, printers or logins.

const notesOf = (state: LinuxState, collector: string) =>
  state.notes.filter((entry) => entry.collector === collector);

const RUNS_TIMED = 5;

describe('collectLinuxState on this machine', () => {
  let result: LinuxState;
  beforeAll(async () => {
    result = await collectLinuxState();
  });

  it('reports the boot time /proc/stat gives', () => {
    expect(result.state.bootTime).toBe(bootTimeFromProcStat());
  });

  it('reports the addresses ip lists, per interface, loopback aside', () => {
    const expected = interfacesFromIp() ?? [];
    const reported = (result.state.interfaces ?? []).map(({ name, ipv4, ipv6 }) => ({
      name,
      ipv4,
      ipv6,
    }));
    expect(reported).toEqual(expected);
  });

  it('reports the default gateways ip shows, or none with a note', () => {
    const gateways = defaultGatewaysFromIp();
    if (gateways.length === 0) {
      expect(result.state.gateways).toBeUndefined();
      expect(notesOf(result, 'gateways')).toHaveLength(1);
    } else {
      expect(result.state.gateways).toEqual([...new Set(gateways)]);
    }
  });

  it('reports the nameservers of /etc/resolv.conf, or those behind a local stub', () => {
    const listed = [
      ...readFileSync('/etc/resolv.conf', 'utf8').matchAll(/^nameserver\s+(\S+)/gm),
    ].map((match) => match[1] ?? '');
    const stub =
      listed.length > 0 && listed.every((server) => ['127.0.0.53', '127.0.0.54'].includes(server));
    if (!stub) {
      expect(result.state.dnsServers).toEqual([...new Set(listed)]);
      return;
    }
    const upstream = tool('resolvectl', ['dns']);
    if (upstream !== undefined) {
      for (const server of result.state.dnsServers ?? []) expect(upstream).toContain(server);
    }
    expect(result.state.dnsServers?.length).toBeGreaterThan(0);
  });

  it('reports the time zone the system uses, or none with a note', () => {
    const zone = result.state.timeZone;
    const fromTimedatectl = tool('timedatectl', ['show', '-p', 'Timezone', '--value'])?.trim();
    if (fromTimedatectl !== undefined && fromTimedatectl !== '' && fromTimedatectl !== 'n/a') {
      expect(zone).toBe(fromTimedatectl);
    } else if (zone === undefined) {
      expect(notesOf(result, 'time-zone')).toHaveLength(1);
    } else {
      // Without timedatectl, the zone named must be the very rules the C library loads.
      const rules = join('/usr/share/zoneinfo', zone);
      expect(readFileSync(realpathSync(rules))).toEqual(
        readFileSync(realpathSync('/etc/localtime')),
      );
    }
  });

  it("lists who's users, each once (none when nobody is logged in)", () => {
    const who = tool('who', []);
    if (who === undefined) {
      expect(result.state.loggedInUsers).toBeUndefined();
      return;
    }
    const users = who
      .split('\n')
      .map((line) => line.split(/\s+/)[0] ?? '')
      .filter((user) => user !== '');
    expect(result.state.loggedInUsers).toEqual([...new Set(users)]);
    expect(result.state.sessions).toHaveLength(users.length);
  });

  it('names a last user that last itself lists, or notes why not', () => {
    const user = result.state.lastLoggedInUser;
    if (user === undefined) expect(notesOf(result, 'last-logged-in-user')).toHaveLength(1);
    else {
      const firstColumn = (tool('last', ['-w']) ?? '')
        .split('\n')
        .map((line) => line.split(/\s+/)[0]);
      expect(firstColumn).toContain(user);
    }
  });

  it('lists the whole disks lsblk lists', () => {
    const lines = tool('lsblk', ['-d', '-n', '-o', 'NAME,TYPE']);
    if (lines === undefined) {
      expect(result.disks).toBeUndefined();
      return;
    }
    const names = lines
      .split('\n')
      .map((line) => line.trim().split(/\s+/))
      .filter(([name, type]) => type === 'disk' && !/^(loop|ram|zram)/.test(name ?? ''))
      .map(([name]) => name);
    expect(result.disks?.map((disk) => disk.name)).toEqual(names);
  });

  it('gives every mounted block file system an encryption state', () => {
    const mounts = (tool('lsblk', ['-n', '-o', 'MOUNTPOINT']) ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter((mount) => mount.startsWith('/'));
    const volumes = (result.encryption ?? []).map((entry) => entry.volume);
    for (const mount of mounts) expect(volumes).toContain(mount);
  });

  it("follows Debian's reboot-required flag", () => {
    if (!existsSync('/var/lib/dpkg/status')) return;
    expect(result.state.security?.rebootRequired).toBe(existsSync('/var/run/reboot-required'));
  });

  it('leaves out, with a note, the battery, monitor, Wi-Fi and printers this machine lacks', () => {
    const supplies = existsSync('/sys/class/power_supply')
      ? readdirSync('/sys/class/power_supply')
      : [];
    const hasBattery = supplies.some((name) => {
      const folder = join('/sys/class/power_supply', name);
      const read = (file: string) =>
        existsSync(join(folder, file)) ? readFileSync(join(folder, file), 'utf8').trim() : '';
      return read('type') === 'Battery' && read('scope') !== 'Device' && read('present') !== '0';
    });
    expect(result.batteries === undefined).toBe(!hasBattery);
    expect(notesOf(result, 'batteries').length > 0).toBe(!hasBattery);

    const drm = existsSync('/sys/class/drm') ? readdirSync('/sys/class/drm') : [];
    const connected = drm.filter((name) => {
      const status = join('/sys/class/drm', name, 'status');
      return existsSync(status) && readFileSync(status, 'utf8').trim() === 'connected';
    });
    if (connected.length === 0) {
      expect(result.displays).toBeUndefined();
      expect(notesOf(result, 'displays')).toHaveLength(1);
    }

    const net = readdirSync('/sys/class/net');
    const wireless = net.filter(
      (name) =>
        existsSync(join('/sys/class/net', name, 'wireless')) ||
        existsSync(join('/sys/class/net', name, 'phy80211')),
    );
    if (wireless.length === 0) {
      expect(result.state.wifiSsid).toBeUndefined();
      expect(notesOf(result, 'wifi-ssid')).toEqual([
        { collector: 'wifi-ssid', error: 'no Wi-Fi interface' },
      ]);
    } else {
      const ssid = tool('iwgetid', ['-r'])?.replace(/\n$/, '');
      if (ssid) expect(result.state.wifiSsid).toBe(ssid);
    }

    const queues = tool('lpstat', ['-e']);
    if (queues === undefined) {
      expect(result.printers).toBeUndefined();
      expect(notesOf(result, 'printers')).toHaveLength(1);
    } else {
      const names = queues.split('\n').filter((line) => line.trim() !== '');
      expect(result.printers?.map((printer) => printer.name)).toEqual(names);
    }
  });

  it(`answers well within its tools' limit (median of ${RUNS_TIMED} runs)`, async () => {
    const durationsMs: number[] = [];
    for (let run = 0; run < RUNS_TIMED; run++) {
      const started = performance.now();
      await collectLinuxState();
      durationsMs.push(performance.now() - started);
    }
    durationsMs.sort((a, b) => a - b);
    const medianMs = durationsMs[Math.floor(RUNS_TIMED / 2)] ?? 0;
    process.stdout.write(`collectLinuxState median of ${RUNS_TIMED}: ${medianMs.toFixed(0)} ms\n`);
    // Each tool may take up to 5 s and they run at once, so a healthy machine stays far below.
    expect(medianMs).toBeLessThan(5_000);
  });
});
