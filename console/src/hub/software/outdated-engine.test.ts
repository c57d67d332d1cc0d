import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OsInfo, PendingUpdate, SoftwarePolicy } from '@handraise/shared';
import type { DeviceInputs } from './device-entry.ts';
import { OutdatedEngine } from './outdated-engine.ts';
import { BUNDLED_OS_LIFECYCLE } from './os-lifecycle-table.ts';
import { TitleResolver } from './title-resolver.ts';

const WINDOWS: OsInfo = {
  platform: 'windows',
  name: 'Microsoft Windows 11 Pro',
  version: '10.0.26200',
  arch: 'x64',
  hostname: 'pc',
};
const DEBIAN: OsInfo = {
  platform: 'linux',
  name: 'Debian GNU/Linux',
  version: '12',
  arch: 'x64',
  hostname: 'deb',
};

function device(id: string, over: Partial<DeviceInputs> = {}): DeviceInputs {
  return {
    id,
    name: id,
    site: null,
    room: 'Room 1',
    os: WINDOWS,
    software: [],
    updates: [],
    notes: [],
    updatesReported: true,
    ...over,
  };
}

const engineWith = (...devices: DeviceInputs[]) => {
  const engine = new OutdatedEngine(() => '2026-11-29');
  engine.setLifecycle(BUNDLED_OS_LIFECYCLE);
  for (const d of devices) engine.setDevice(d);
  return engine;
};

describe('OutdatedEngine', () => {
  it('counts the computers reporting each name of a title, as inventories come and go', () => {
    const chrome = (version: string) => ({
      name: 'Google Chrome',
      version,
      source: 'registry' as const,
    });
    const other = { name: 'VLC media player', version: '3.0.21', source: 'registry' as const };
    const engine = engineWith(
      device('a', { software: [chrome('130.0')] }),
      // Two installs under one name on one computer count it once.
      device('b', { software: [chrome('130.0'), chrome('131.0')] }),
      device('c', { software: [other] }),
    );
    const counts = () =>
      Object.fromEntries(engine.rawNames('chrome').map((n) => [n.name, n.deviceCount]));
    expect(counts()['Google Chrome']).toBe(2);

    engine.setDevice(device('b', { software: [other] }));
    expect(counts()['Google Chrome']).toBe(1);
    engine.removeDevice('a');
    expect(counts()['Google Chrome']).toBe(0);
    engine.setDevice(device('c', { software: [chrome('131.0')] }));
    expect(counts()['Google Chrome']).toBe(1);
  });

  it('names the titles a new inventory changed, and only those', () => {
    const engine = engineWith();
    const first = device('a', {
      software: [
        { name: 'Google Chrome', version: '130.0', source: 'registry' },
        { name: 'VLC media player', version: '3.0.21', source: 'registry' },
      ],
    });
    expect(engine.setDevice(first).sort()).toEqual(['chrome', 'os:windows-11', 'vlc']);
    expect(engine.setDevice(first)).toEqual([]);
    const updated = {
      ...first,
      software: [
        { name: 'Google Chrome', version: '131.0', source: 'registry' as const },
        { name: 'VLC media player', version: '3.0.21', source: 'registry' as const },
      ],
    };
    expect(engine.setDevice(updated)).toEqual(['chrome']);
    expect(engine.removeDevice('a').sort()).toEqual(['chrome', 'os:windows-11', 'vlc']);
  });

  it('keeps only the newest of side-by-side installs in one group', () => {
    const engine = engineWith(
      device('a', {
        os: DEBIAN,
        software: [
          { name: 'linux-image-amd64', version: '6.1.112-1', source: 'dpkg' },
          { name: 'linux-image-amd64', version: '6.1.106-3', source: 'dpkg' },
        ],
      }),
    );
    const detail = engine.titleDetail('linux-image-amd64')!;
    expect(detail.devices).toHaveLength(1);
    expect(detail.devices[0]).toMatchObject({ version: '6.1.112-1', status: 'current' });
  });

  it('compares distribution packages only within one OS release', () => {
    const bookworm = { ...DEBIAN, version: '12' };
    const bullseye = { ...DEBIAN, version: '11' };
    const engine = engineWith(
      device('old', {
        os: bullseye,
        updatesReported: false,
        software: [{ name: 'openssl', version: '1.1.1w-0+deb11u1', source: 'dpkg' }],
      }),
      device('new', {
        os: bookworm,
        updatesReported: false,
        software: [{ name: 'openssl', version: '3.0.15-1~deb12u1', source: 'dpkg' }],
      }),
    );
    // Neither could ask apt and each is alone on its release: nothing to compare with.
    expect(engine.titleDetail('openssl')!.devices.map((d) => d.status)).toEqual([
      'unknown',
      'unknown',
    ]);
    expect(engine.titleDetail('openssl')!.devices[0]!.reasons).toEqual([{ kind: 'no-reference' }]);
  });

  it('says so when the package manager could not be asked', () => {
    const engine = engineWith(
      device('a', {
        os: DEBIAN,
        notes: [{ collector: 'updates/apt-updates', error: 'timed out' }],
        software: [{ name: 'curl', version: '7.88.1-10+deb12u8', source: 'dpkg' }],
      }),
    );
    expect(engine.deviceOutdated('a')).toContainEqual(
      expect.objectContaining({
        key: 'curl',
        status: 'unknown',
        reasons: [{ kind: 'updates-unchecked', manager: 'apt' }],
      }),
    );
  });

  it('keeps a pending update for something the software list lacks', () => {
    const update: PendingUpdate = {
      name: 'Contoso.Widget',
      installedVersion: '1.0',
      availableVersion: '2.0',
      source: 'winget',
    };
    const engine = engineWith(device('a', { updates: [update] }));
    const list = engine.deviceOutdated('a')!;
    expect(list).toContainEqual(
      expect.objectContaining({
        status: 'behind',
        version: '1.0',
        targetVersion: '2.0',
      }),
    );
  });

  it('puts Windows Update findings on the operating system', () => {
    const engine = engineWith(
      device('a', {
        updates: [
          {
            name: '2026-11 Cumulative Update for Windows 11 Version 25H2 for x64-based Systems (KB5070001)',
            availableVersion: '26200.7171',
            source: 'windows-update',
            security: true,
          },
        ],
      }),
    );
    expect(engine.deviceOutdated('a')).toEqual([
      expect.objectContaining({
        key: 'os:windows-11',
        status: 'behind',
        reasons: [expect.objectContaining({ kind: 'pending-update', security: true })],
      }),
    ]);
    expect(engine.summary().find((s) => s.key === 'os:windows-11')).toMatchObject({
      behindCount: 1,
      securityCount: 1,
    });
  });

  it('applies the most specific policy and follows merges', () => {
    const engine = engineWith(
      device('win', {
        software: [{ name: 'Zoom Workplace', version: '6.1.1', source: 'registry' }],
      }),
      device('mac', {
        os: { ...WINDOWS, platform: 'macos', name: 'macOS', version: '15.1' },
        software: [{ name: 'zoom.us', version: '6.1.1', source: 'macapp' }],
      }),
    );
    const policy = (over: Partial<SoftwarePolicy>): SoftwarePolicy => ({
      id: crypto.randomUUID(),
      titleKey: 'zoom',
      titleName: 'Zoom',
      kind: 'minimum',
      version: '6.0',
      platform: null,
      note: null,
      createdAt: '2026-11-29T00:00:00.000Z',
      ...over,
    });
    engine.setRules([policy({}), policy({ platform: 'macos', version: '6.2' })], []);
    const detail = engine.titleDetail('zoom')!;
    expect(detail.devices.find((d) => d.deviceId === 'win')!.status).toBe('current');
    expect(detail.devices.find((d) => d.deviceId === 'mac')).toMatchObject({
      status: 'behind',
      reasons: [{ kind: 'below-minimum', minimumVersion: '6.2' }],
    });

    engine.setResolver(
      new TitleResolver([
        {
          id: 'o1',
          fromKey: 'zoom',
          source: 'macapp',
          intoKey: 'zoom.macapp',
          intoName: 'Zoom (macapp)',
          createdAt: '',
        },
      ]),
    );
    engine.reset();
    engine.setDevice(
      device('mac', {
        os: { ...WINDOWS, platform: 'macos', name: 'macOS', version: '15.1' },
        software: [{ name: 'zoom.us', version: '6.1.1', source: 'macapp' }],
      }),
    );
    expect(engine.titleDetail('zoom.macapp')!.devices).toHaveLength(1);
    expect(engine.titleDetail('zoom')).toBeNull();
  });

  it('stops a merge cycle instead of looping', () => {
    const resolver = new TitleResolver([
      { id: '1', fromKey: 'a', source: null, intoKey: 'b', intoName: 'B', createdAt: '' },
      { id: '2', fromKey: 'b', source: null, intoKey: 'a', intoName: 'A', createdAt: '' },
    ]);
    expect(['a', 'b']).toContain(resolver.apply('a', 'A', null).key);
  });

  it('gives the same answers incrementally as built from scratch', () => {
    const titles = ['Google Chrome', 'Mozilla Firefox', 'VLC media player', '7-Zip'];
    const versions = ['', '1.0', '1.2', '2.0', '2.0.1', '10.0'];
    const itemArb = fc.record({
      title: fc.constantFrom(...titles),
      version: fc.constantFrom(...versions),
    });
    const stateArb = fc.record({
      items: fc.uniqueArray(itemArb, { selector: (i) => i.title, maxLength: 4 }),
      pending: fc.subarray(titles),
      room: fc.constantFrom('A', 'B'),
      failed: fc.boolean(),
    });
    type State = {
      items: { title: string; version: string }[];
      pending: string[];
      room: string;
      failed: boolean;
    };
    const toInputs = (id: string, s: State): DeviceInputs =>
      device(id, {
        room: s.room,
        software: s.items.map((i) => ({ name: i.title, version: i.version, source: 'registry' })),
        updates: s.pending
          .filter((p) => s.items.some((i) => i.title === p))
          .map((p) => ({ name: p, availableVersion: '99.0', source: 'winget' })),
        notes: s.failed ? [{ collector: 'updates', error: 'timed out' }] : [],
      });
    const stepsArb = fc.array(
      fc.record({
        device: fc.constantFrom('d1', 'd2', 'd3', 'd4'),
        state: fc.option(stateArb, { nil: null }),
      }),
      { minLength: 1, maxLength: 25 },
    );
    fc.assert(
      fc.property(stepsArb, (steps) => {
        const incremental = engineWith();
        const final = new Map<string, DeviceInputs>();
        for (const step of steps) {
          if (step.state === null) {
            incremental.removeDevice(step.device);
            final.delete(step.device);
          } else {
            const inputs = toInputs(step.device, step.state);
            incremental.setDevice(inputs);
            final.set(step.device, inputs);
          }
        }
        const fresh = engineWith(...[...final.values()]);
        for (const scope of [{}, { room: 'A' }]) {
          expect(incremental.summary(scope)).toEqual(fresh.summary(scope));
          for (const t of fresh.summary(scope))
            expect(incremental.titleDetail(t.key, scope)).toEqual(fresh.titleDetail(t.key, scope));
        }
        for (const id of final.keys())
          expect(incremental.deviceOutdated(id)).toEqual(fresh.deviceOutdated(id));
      }),
      { numRuns: 150 },
    );
  });
});
