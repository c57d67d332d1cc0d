import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inventoryReportSchema } from '@handraise/shared';
import { deltaReport, fullReport } from '../inventory-report.ts';
import { collectInventory, hashSection, type CollectedInventory } from '../inventory.ts';
import { isOnPath } from '../run-command.ts';
import { pathWithSbin } from './linux/state/state-reading.ts';
import {
  bootTimeFromProcStat,
  defaultGatewaysFromIp,
  interfacesFromIp,
  machineTool as tool,
} from './linux/state/testing/machine-tools.ts';

// The whole inventory, collected on this Linux machine as the agent collects it, beside what the
// machine's own tools say at test time: it holds with or without DMI tables, a battery, a
// monitor, Wi-Fi, printers or anyone logged in.

const PATH = pathWithSbin(process.env.PATH);

const readText = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8').trim() : '');

const STAND_IN_MODELS = ['Computer', 'Docker Container', 'Virtual machine', '-'];

describe.runIf(process.platform === 'linux')('the inventory on this Linux machine', () => {
  let inventory: CollectedInventory;
  const notesOf = (collector: string) =>
    inventory.notes.filter((entry) => entry.collector === collector);
  const state = () => inventory.sections.state ?? {};
  const hardware = () => inventory.sections.hardware;

  beforeAll(async () => {
    inventory = await collectInventory();
  }, 120_000);

  it('has a state section, hashed like every other', () => {
    expect(inventory.sections.state).toBeDefined();
    expect(inventory.hashes.state).toBe(hashSection(inventory.sections.state));
  });

  it('reports the boot time /proc/stat gives', () => {
    expect(state().bootTime).toBe(bootTimeFromProcStat());
  });

  it('reports the addresses ip lists, per interface, loopback aside', () => {
    const expected = interfacesFromIp();
    if (expected === undefined) {
      expect(state().interfaces).toBeUndefined();
      expect(notesOf('state/interfaces')).toHaveLength(1);
      return;
    }
    const reported = (state().interfaces ?? []).map(({ name, ipv4, ipv6 }) => ({
      name,
      ipv4,
      ipv6,
    }));
    expect(reported).toEqual(expected);
  });

  it('reports the default gateways ip shows, or none with a note', () => {
    const gateways = defaultGatewaysFromIp();
    if (gateways.length === 0) {
      expect(state().gateways).toBeUndefined();
      expect(notesOf('state/gateways')).toHaveLength(1);
    } else {
      expect(state().gateways).toEqual([...new Set(gateways)]);
    }
  });

  it("reports resolv.conf's nameservers, or resolvectl's behind a local stub", () => {
    const listed = [...readText('/etc/resolv.conf').matchAll(/^nameserver\s+(\S+)/gm)].map(
      (match) => match[1] ?? '',
    );
    const stub =
      listed.length > 0 && listed.every((server) => ['127.0.0.53', '127.0.0.54'].includes(server));
    if (listed.length === 0) {
      expect(state().dnsServers).toBeUndefined();
      expect(notesOf('state/dns-servers')).toHaveLength(1);
    } else if (!stub) {
      expect(state().dnsServers).toEqual([...new Set(listed)]);
    } else {
      const upstream = tool('resolvectl', ['dns']) ?? readText('/run/systemd/resolve/resolv.conf');
      for (const server of state().dnsServers ?? []) expect(upstream).toContain(server);
    }
  });

  it('reports the time zone the system uses, or none with a note', () => {
    const zone = state().timeZone;
    const fromTimedatectl = tool('timedatectl', ['show', '-p', 'Timezone', '--value'])?.trim();
    if (fromTimedatectl !== undefined && fromTimedatectl !== '' && fromTimedatectl !== 'n/a') {
      expect(zone).toBe(fromTimedatectl);
    } else if (zone === undefined) {
      expect(notesOf('state/time-zone')).toHaveLength(1);
    } else {
      // The zone named must be the very rules the C library loads.
      expect(readFileSync(realpathSync(join('/usr/share/zoneinfo', zone)))).toEqual(
        readFileSync(realpathSync('/etc/localtime')),
      );
    }
  });

  it("lists who's user names, each once", () => {
    const who = tool('who', []);
    if (who === undefined) {
      expect(state().loggedInUsers).toBeUndefined();
      expect(notesOf('state/logged-in-users')).toHaveLength(1);
      return;
    }
    const users = who
      .split('\n')
      .map((line) => line.split(/\s+/)[0] ?? '')
      .filter((user) => user !== '');
    expect(state().loggedInUsers).toEqual([...new Set(users)]);
  });

  it('sends firmware, chassis and asset tag where DMI has them, else notes why', () => {
    const dmi = '/sys/class/dmi/id';
    if (!existsSync(dmi)) {
      for (const field of ['firmware', 'chassis', 'assetTag'] as const) {
        expect(hardware()).not.toHaveProperty(field);
      }
      expect(notesOf('hardware/dmi')).toHaveLength(1);
      return;
    }
    const vendor = readText(join(dmi, 'bios_vendor'));
    if (hardware().firmware === undefined) expect(notesOf('hardware/firmware')).toHaveLength(1);
    else if (hardware().firmware?.vendor !== undefined)
      expect(hardware().firmware?.vendor).toBe(vendor);
    if (hardware().assetTag === undefined) expect(notesOf('hardware/asset-tag')).toHaveLength(1);
    else expect(hardware().assetTag).toBe(readText(join(dmi, 'chassis_asset_tag')));
  });

  it('sends no stand-in model, and notes why the model is missing', () => {
    const model = hardware().model;
    expect(STAND_IN_MODELS).not.toContain(model);
    if (model === undefined) expect(notesOf('hardware/model')).toHaveLength(1);
  });

  it('lists memory modules only where dmidecode could run, never prompting', () => {
    const canRun = process.getuid?.() === 0 && isOnPath('dmidecode', PATH);
    if (!canRun) {
      expect(hardware().memoryModules).toBeUndefined();
      expect(notesOf('hardware/memory-modules')).toHaveLength(1);
    }
  });

  it('leaves out, with a note, the battery, monitors, Wi-Fi and printers this machine lacks', () => {
    const supplies = existsSync('/sys/class/power_supply')
      ? readdirSync('/sys/class/power_supply')
      : [];
    const hasBattery = supplies.some(
      (name) => readText(join('/sys/class/power_supply', name, 'type')) === 'Battery',
    );
    if (!hasBattery) {
      expect(hardware().batteries).toBeUndefined();
      expect(notesOf('hardware/batteries')).toHaveLength(1);
    }
    const drm = existsSync('/sys/class/drm') ? readdirSync('/sys/class/drm') : [];
    const connected = drm.filter(
      (name) => readText(join('/sys/class/drm', name, 'status')) === 'connected',
    );
    if (connected.length === 0) {
      expect(hardware().displays).toBeUndefined();
      expect(notesOf('hardware/displays')).toHaveLength(1);
    }
    const wireless = readdirSync('/sys/class/net').filter(
      (name) =>
        existsSync(join('/sys/class/net', name, 'wireless')) ||
        existsSync(join('/sys/class/net', name, 'phy80211')),
    );
    if (wireless.length === 0) {
      expect(state().wifiSsid).toBeUndefined();
      expect(notesOf('state/wifi-ssid')).toHaveLength(1);
    }
    const queues = tool('lpstat', ['-e']);
    if (queues === undefined) {
      expect(hardware().printers).toBeUndefined();
      expect(notesOf('hardware/printers')).toHaveLength(1);
    } else {
      const names = queues.split('\n').filter((line) => line.trim() !== '');
      expect(hardware().printers?.map((printer) => printer.name)).toEqual(names);
    }
  });

  it('sends no empty string anywhere in hardware or state', () => {
    const texts: string[] = [];
    const walk = (value: unknown): void => {
      if (typeof value === 'string') texts.push(value);
      else if (Array.isArray(value)) value.forEach(walk);
      else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
    };
    walk(inventory.sections.state);
    // The older `network` list sends an unknown MAC as '' by its own contract; the rest may not.
    walk(Object.entries(hardware()).filter(([key]) => key !== 'network'));
    expect(texts).not.toContain('');
  });

  it('validates as a full report, and as a delta where only the state changed', () => {
    const full = fullReport(inventory);
    expect(inventoryReportSchema.safeParse(full).error).toBeUndefined();
    const acknowledged = {
      ...inventory.hashes,
      state: hashSection({ bootTime: '2020-01-01T00:00:00.000Z' }),
    };
    const delta = deltaReport(inventory, acknowledged);
    expect(Object.keys(delta.sections)).toEqual(['state']);
    expect(inventoryReportSchema.safeParse(delta).error).toBeUndefined();
    // As the hub receives it: through JSON, then its schema.
    const received = inventoryReportSchema.parse(JSON.parse(JSON.stringify(delta)) as unknown);
    expect(received.sections.state).toEqual(inventory.sections.state);
  });
});
