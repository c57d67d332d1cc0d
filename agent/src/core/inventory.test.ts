import os from 'node:os';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MAX_SOFTWARE_ITEMS, inventorySectionsSchema } from '@handraise/shared';
import type { Hardware, OsInfo, PendingUpdate, SoftwareItem } from '@handraise/shared';
import { Noted } from './collectors/noted.ts';
import { PartialCollectionError } from './collectors/software.ts';
import { collectInventory, hashSection, hashSections } from './inventory.ts';
import type { Collectors } from './inventory.ts';

const SHORT_TIMEOUT_MS = 50;

const osInfo: OsInfo = {
  platform: 'linux',
  name: 'Debian GNU/Linux',
  version: '12',
  arch: 'x64',
  hostname: 'lab-pc-07',
};

const hardware: Hardware = {
  cpu: { brand: 'Intel Core i5', cores: 8, physicalCores: 4, speedGHz: 1.6 },
  memoryBytes: 8_000_000_000,
  disks: [],
  gpus: [],
  network: [],
};

const software: SoftwareItem[] = [
  { name: 'zsh', version: '5.9-4', arch: 'amd64', source: 'dpkg' },
  { name: 'libc6', version: '2.36-9', arch: 'i386', source: 'dpkg' },
  { name: 'libc6', version: '2.36-9', arch: 'amd64', source: 'dpkg' },
  { name: 'adduser', version: '3.134', arch: 'all', source: 'dpkg' },
];

const updates: PendingUpdate[] = [
  { name: 'tzdata', installedVersion: '2024a', availableVersion: '2024b', source: 'apt' },
  { name: 'openssl', availableVersion: '3.0.13', source: 'apt', security: true },
];

const working: Collectors = {
  os: async () => osInfo,
  hardware: async () => hardware,
  software: async () => software,
  updates: async () => updates,
  hotfixes: async () => [{ id: 'KB5034441', description: 'Security Update', source: 'qfe' }],
  state: async () => ({ bootTime: '2026-03-01T07:55:00.000Z', loggedInUsers: ['pupil'] }),
};

const hang = <T>(): Promise<T> => new Promise<T>(() => {});

const FIXED_NOW = () => new Date('2026-03-01T08:30:00.000Z');

describe('collectInventory with injected collectors', () => {
  it('assembles all sections, sorted, with their hashes and no notes', async () => {
    const inventory = await collectInventory({ collectors: working, now: FIXED_NOW });
    expect(inventory.collectedAt).toBe('2026-03-01T08:30:00.000Z');
    expect(inventory.notes).toEqual([]);
    expect(inventory.sections.os).toEqual(osInfo);
    expect(inventory.sections.hardware).toEqual(hardware);
    expect(inventory.sections.software.map((item) => `${item.name}/${item.arch}`)).toEqual([
      'adduser/all',
      'libc6/amd64',
      'libc6/i386',
      'zsh/amd64',
    ]);
    expect(inventory.sections.updates.map((update) => update.name)).toEqual(['openssl', 'tzdata']);
    expect(inventory.hashes).toEqual(hashSections(inventory.sections));
    expect(inventorySectionsSchema.parse(inventory.sections)).toEqual(inventory.sections);
  });

  it('hashes the same whatever order the collectors listed things in', async () => {
    const first = await collectInventory({ collectors: working });
    const second = await collectInventory({
      collectors: {
        ...working,
        software: async () => software.toReversed(),
        updates: async () => updates.toReversed(),
      },
    });
    expect(second.hashes).toEqual(first.hashes);
  });

  it('turns a hanging collector into a note and an empty section', async () => {
    const started = Date.now();
    const inventory = await collectInventory({
      collectors: { ...working, software: hang },
      timeoutMs: SHORT_TIMEOUT_MS,
    });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(inventory.notes).toEqual([
      { collector: 'software', error: `software timed out after ${SHORT_TIMEOUT_MS} ms` },
    ]);
    expect(inventory.sections.software).toEqual([]);
    expect(inventory.sections.updates).toHaveLength(2);
    expect(inventorySectionsSchema.parse(inventory.sections)).toEqual(inventory.sections);
  });

  it('keeps the packages one tool found when another fails, and names the one that failed', async () => {
    const inventory = await collectInventory({
      collectors: {
        ...working,
        updates: () =>
          Promise.reject(
            new PartialCollectionError(updates.slice(0, 1), [
              { collector: 'snap-updates', error: 'cannot reach snapd' },
            ]),
          ),
      },
    });
    expect(inventory.sections.updates).toEqual(updates.slice(0, 1));
    expect(inventory.notes).toEqual([
      { collector: 'updates/snap-updates', error: 'cannot reach snapd' },
    ]);
  });

  it('falls back to what Node knows when every collector fails', async () => {
    const inventory = await collectInventory({
      collectors: {
        os: async () => {
          throw new Error('osInfo exploded');
        },
        hardware: hang,
        software: () => {
          throw new Error('thrown before any promise');
        },
        updates: async () => {
          throw new Error('apt-get exited with 100: E: broken lists');
        },
        state: hang,
      },
      timeoutMs: SHORT_TIMEOUT_MS,
    });
    expect(inventory.notes).toEqual([
      { collector: 'os', error: 'osInfo exploded' },
      { collector: 'hardware', error: `hardware timed out after ${SHORT_TIMEOUT_MS} ms` },
      { collector: 'software', error: 'thrown before any promise' },
      { collector: 'updates', error: 'apt-get exited with 100: E: broken lists' },
      { collector: 'state', error: `state timed out after ${SHORT_TIMEOUT_MS} ms` },
    ]);
    // No state at all, and no hash for it: the hub keeps the state it last had.
    expect(inventory.sections.state).toBeUndefined();
    expect(inventory.hashes.state).toBeUndefined();
    expect(inventory.sections.os).toEqual({
      platform: 'linux',
      name: os.type(),
      version: os.release(),
      arch: os.arch(),
      hostname: os.hostname(),
    });
    expect(inventory.sections.hardware.cpu.cores).toBe(os.cpus().length);
    expect(inventory.sections.hardware.memoryBytes).toBe(os.totalmem());
    expect(inventory.sections.software).toEqual([]);
    expect(inventory.sections.updates).toEqual([]);
    expect(inventorySectionsSchema.parse(inventory.sections)).toEqual(inventory.sections);
  });

  it('notes non-Error rejections and cuts long error texts to 500 characters', async () => {
    const inventory = await collectInventory({
      collectors: {
        ...working,
        // A collector that rejects with a bare string, as some libraries do.
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
        os: () => Promise.reject('plain string'),
        updates: async () => {
          throw new Error('x'.repeat(2_000));
        },
      },
    });
    expect(inventory.notes[0]).toEqual({ collector: 'os', error: 'plain string' });
    expect(inventory.notes[1]?.collector).toBe('updates');
    expect(inventory.notes[1]?.error).toHaveLength(500);
  });

  it('refuses a section the hub would reject, keeping the rest of the report', async () => {
    const inventory = await collectInventory({
      collectors: {
        ...working,
        software: async () => [{ name: '', version: '1.0', source: 'dpkg' }],
      },
    });
    expect(inventory.notes).toHaveLength(1);
    expect(inventory.notes[0]?.collector).toBe('software');
    expect(inventory.notes[0]?.error).toMatch(/^invalid data at 0\.name: /);
    expect(inventory.sections.software).toEqual([]);
    expect(inventory.sections.updates).toHaveLength(2);
  });

  it('truncates a software list over the contract limit, with a note', async () => {
    const many: SoftwareItem[] = Array.from({ length: MAX_SOFTWARE_ITEMS + 5 }, (_, i) => ({
      name: `pkg-${String(i).padStart(6, '0')}`,
      version: '1.0',
      source: 'dpkg',
    }));
    const inventory = await collectInventory({
      collectors: { ...working, software: async () => many },
    });
    expect(inventory.sections.software).toHaveLength(MAX_SOFTWARE_ITEMS);
    expect(inventory.sections.software[0]?.name).toBe('pkg-000000');
    expect(inventory.notes).toEqual([
      {
        collector: 'software',
        error: `truncated: ${MAX_SOFTWARE_ITEMS + 5} items, sent the first ${MAX_SOFTWARE_ITEMS}`,
      },
    ]);
    expect(inventorySectionsSchema.parse(inventory.sections)).toEqual(inventory.sections);
  });
});

describe('collectInventory with notes beside a value', () => {
  it('keeps a noted value and reports its notes in section order', async () => {
    const inventory = await collectInventory({
      collectors: {
        ...working,
        hardware: async () =>
          new Noted(hardware, [{ collector: 'hardware/displays', error: 'no monitor connected' }]),
        state: async () =>
          new Noted({ timeZone: 'Europe/Paris' }, [
            { collector: 'state/wifi-ssid', error: 'no Wi-Fi' },
          ]),
      },
    });
    expect(inventory.sections.hardware).toEqual(hardware);
    expect(inventory.sections.state).toEqual({ timeZone: 'Europe/Paris' });
    expect(inventory.hashes.state).toBe(hashSection({ timeZone: 'Europe/Paris' }));
    expect(inventory.notes).toEqual([
      { collector: 'hardware/displays', error: 'no monitor connected' },
      { collector: 'state/wifi-ssid', error: 'no Wi-Fi' },
    ]);
  });

  it('refuses a state the hub would reject, leaving the section out with a note', async () => {
    const inventory = await collectInventory({
      collectors: {
        ...working,
        // An empty interface name and a key the contract does not have.
        state: async () => ({ interfaces: [{ name: '', ipv4: [], ipv6: [] }] }),
      },
    });
    expect(inventory.sections.state).toBeUndefined();
    expect(inventory.hashes.state).toBeUndefined();
    expect(inventory.notes).toHaveLength(1);
    expect(inventory.notes[0]?.error).toMatch(/^invalid data at interfaces\.0\.name: /);
  });

  it('keeps at most the 64 notes the contract takes, the last one counting the rest', async () => {
    const many = Array.from({ length: 70 }, (_, i) => ({ collector: `state/n${i}`, error: 'x' }));
    const inventory = await collectInventory({
      collectors: { ...working, state: async () => new Noted({}, many) },
    });
    expect(inventory.notes).toHaveLength(64);
    expect(inventory.notes[62]).toEqual({ collector: 'state/n62', error: 'x' });
    expect(inventory.notes[63]).toEqual({ collector: 'notes', error: '7 more left out' });
  });
});

describe('hashSection', () => {
  it('is the SHA-256 of the canonical JSON, whatever the key order', () => {
    const expected = createHash('sha256').update('{"a":1,"b":[2,{"c":3,"d":4}]}').digest('hex');
    expect(hashSection({ b: [2, { d: 4, c: 3 }], a: 1 })).toBe(expected);
    expect(hashSection({ a: 1, b: [2, { c: 3, d: 4 }] })).toBe(expected);
  });

  it('tells different sections apart', () => {
    expect(hashSection(software)).not.toBe(hashSection(software.slice(1)));
    expect(hashSection([])).toMatch(/^[0-9a-f]{64}$/);
  });
});
