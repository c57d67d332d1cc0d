import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deviceStateSchema, hardwareSchema } from '@handraise/shared';
import { toDeviceDetails } from '../device-details.ts';
import { LINUX_STATE_PATHS } from '../linux/state/state-reading.ts';
import { fakeRunner, type Answer } from '../testing/fake-runner.ts';
import { collectMacFacts } from './mac-details.ts';
import { MAC_PROFILER_XML } from './testing/system-profiler-sample.ts';

const base = {
  cpu: { brand: 'Apple M2', cores: 8, physicalCores: 8, speedGHz: 3.5 },
  memoryBytes: 8 * 2 ** 30,
  disks: [],
  gpus: [],
  network: [],
};

const ANSWERS: Record<string, Answer> = {
  system_profiler: { stdout: MAC_PROFILER_XML },
  csrutil: { stdout: 'System Integrity Protection status: enabled.\n' },
  spctl: { stdout: 'assessments enabled\n' },
  fdesetup: { stdout: 'FileVault is On.\n' },
  sysctl: { stdout: '{ sec = 1764921600, usec = 250000 } Fri Dec  5 08:00:00 2025\n' },
  'route -n get default': { stdout: '    gateway: 192.168.10.1\n  interface: en0\n' },
  scutil: { stdout: 'resolver #1\n  nameserver[0] : 192.168.10.2\n' },
  who: { stdout: 'pupil    console  Dec  5 08:02\npupil    ttys000  Dec  5 08:10\n' },
  'lpstat -e': { stdout: 'Library_Printer\n' },
  'lpstat -d': { stdout: 'system default destination: Library_Printer\n' },
  'lpstat -v': { stdout: 'device for Library_Printer: ipp://printer.school.lan/ipp/print\n' },
};

const interfaces = () => ({
  en0: [
    {
      address: '192.168.10.24',
      netmask: '255.255.255.0',
      family: 'IPv4' as const,
      mac: 'a4:83:e7:00:00:01',
      internal: false,
      cidr: null,
    },
  ],
});

describe('collectMacFacts', () => {
  let dir: string;
  let paths: typeof LINUX_STATE_PATHS;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mac-'));
    const localtime = join(dir, 'localtime');
    symlinkSync('/var/db/timezone/zoneinfo/Europe/Paris', localtime);
    paths = { ...LINUX_STATE_PATHS, localtime, timezoneFile: join(dir, 'timezone') };
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the hardware details and the state with one system_profiler run', async () => {
    const { run, calls } = fakeRunner(ANSWERS);
    const details = toDeviceDetails(await collectMacFacts({ run, interfaces, paths }));
    const profilerCalls = calls.filter((call) => call.cmd === 'system_profiler');
    expect(profilerCalls.map((call) => call.args)).toEqual([
      ['-xml', 'SPHardwareDataType', 'SPMemoryDataType', 'SPPowerDataType', 'SPDisplaysDataType'],
    ]);
    const hardware = details.hardware.value;
    expect(hardware).toMatchObject({
      modelId: 'Mac14,2',
      firmware: { version: '10151.81.1' },
      encryption: [{ volume: '/', method: 'filevault', state: 'on' }],
      displays: [
        { model: 'Color LCD', widthPx: 2560, heightPx: 1664 },
        { model: 'DELL P2419H', serial: '3KQ2YV2', widthPx: 1920, heightPx: 1080 },
      ],
      printers: [
        {
          name: 'Library_Printer',
          isDefault: true,
          isNetwork: true,
          port: 'ipp://printer.school.lan/ipp/print',
        },
      ],
    });
    expect(hardware.batteries).toEqual([expect.objectContaining({ cycleCount: 143 })]);
    expect(hardwareSchema.safeParse({ ...base, ...hardware }).error).toBeUndefined();
    expect(details.state.value).toEqual({
      bootTime: '2025-12-05T08:00:00.000Z',
      timeZone: 'Europe/Paris',
      loggedInUsers: ['pupil'],
      interfaces: [{ name: 'en0', mac: 'a4:83:e7:00:00:01', ipv4: ['192.168.10.24'], ipv6: [] }],
      gateways: ['192.168.10.1'],
      dnsServers: ['192.168.10.2'],
      security: { sip: true, gatekeeper: true },
    });
    expect(deviceStateSchema.safeParse(details.state.value).error).toBeUndefined();
    // What this reader does not read on macOS is said, never sent as a placeholder.
    expect(details.hardware.notes).toEqual([
      { collector: 'hardware/disks', error: 'physical disks are not read on macOS' },
    ]);
    expect(details.state.notes).toEqual([
      { collector: 'state/last-logged-in-user', error: 'not read on macOS' },
      { collector: 'state/wifi-ssid', error: 'not read on macOS' },
    ]);
  });

  it('leaves out, each with a note, what the tools could not answer', async () => {
    const { run } = fakeRunner({
      system_profiler: new Error('system_profiler timed out after 30000 ms'),
      csrutil: { stdout: 'garbled' },
      fdesetup: new Error('fdesetup exited with 1'),
      'route -n get default': new Error('route: writing to routing socket: not in table'),
    });
    const details = toDeviceDetails(await collectMacFacts({ run, interfaces, paths }));
    expect(details.hardware.value).not.toHaveProperty('encryption');
    expect(details.hardware.value).not.toHaveProperty('displays');
    expect(details.hardware.value).not.toHaveProperty('batteries');
    const collectors = [...details.hardware.notes, ...details.state.notes].map(
      (entry) => entry.collector,
    );
    for (const expected of [
      'hardware/system-profiler',
      'hardware/filevault',
      'hardware/printers',
      'state/sip',
      'state/gatekeeper',
      'state/boot-time',
      'state/gateways',
      'state/dns-servers',
      'state/logged-in-users',
    ]) {
      expect(collectors).toContain(expected);
    }
    expect(details.state.value).toEqual({
      timeZone: 'Europe/Paris',
      interfaces: [{ name: 'en0', mac: 'a4:83:e7:00:00:01', ipv4: ['192.168.10.24'], ipv6: [] }],
    });
  });
});
