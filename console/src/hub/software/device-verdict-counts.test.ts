import { describe, expect, it } from 'vitest';
import type { OsInfo, SoftwarePolicy } from '@handraise/shared';
import type { DeviceInputs } from './device-entry.ts';
import { OutdatedEngine } from './outdated-engine.ts';
import { BUNDLED_OS_LIFECYCLE } from './os-lifecycle-table.ts';

const WINDOWS: OsInfo = {
  platform: 'windows',
  name: 'Microsoft Windows 11 Pro',
  version: '10.0.26200',
  arch: 'x64',
  hostname: 'pc',
};

const device = (id: string, over: Partial<DeviceInputs> = {}): DeviceInputs => ({
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
});

const policy = (over: Partial<SoftwarePolicy>): SoftwarePolicy => ({
  id: crypto.randomUUID(),
  titleKey: 'vlc',
  titleName: 'VLC media player',
  kind: 'minimum',
  version: '3.0.21',
  platform: null,
  note: null,
  createdAt: '2026-11-01T00:00:00.000Z',
  ...over,
});

const chrome = (version: string) => ({
  name: 'Google Chrome',
  version,
  source: 'registry' as const,
});
const vlc = (version: string) => ({
  name: 'VLC media player',
  version,
  source: 'registry' as const,
});

/** A fleet behind for every reason the engine knows, and one computer up to date. */
function fleet(): OutdatedEngine {
  const engine = new OutdatedEngine(() => '2026-11-29');
  engine.setLifecycle(BUNDLED_OS_LIFECYCLE);
  engine.setDevice(device('current', { software: [chrome('131.0'), vlc('3.0.21')] }));
  // Behind by the fleet only: another computer runs a newer Chrome.
  engine.setDevice(device('fleet', { software: [chrome('130.0'), vlc('3.0.21')] }));
  // Behind by a pending update (a security one) and by the coordinator's minimum.
  engine.setDevice(
    device('pending', {
      software: [chrome('131.0'), vlc('3.0.20')],
      updates: [
        {
          name: 'Google Chrome',
          installedVersion: '131.0',
          availableVersion: '131.1',
          source: 'winget',
          security: true,
        },
      ],
    }),
  );
  engine.setRules(
    [
      policy({}),
      policy({
        titleKey: 'zoom',
        titleName: 'Zoom',
        kind: 'required',
        version: null,
        platform: 'macos',
      }),
    ],
    [],
  );
  return engine;
}

describe('per-computer verdict counts', () => {
  it('count the titles behind (pending updates among the reasons) and the security ones', () => {
    const counts = new Map(fleet().deviceCounts());
    expect(Object.fromEntries(counts)).toEqual({
      current: { outdatedCount: 0, securityCount: 0 },
      fleet: { outdatedCount: 1, securityCount: 0 },
      pending: { outdatedCount: 2, securityCount: 1 },
    });
  });

  it('agree with the Outdated tab of each computer and with the overview', () => {
    const engine = fleet();
    // A required title every Windows computer lacks counts as one more title behind, everywhere.
    engine.setRules(
      [
        policy({}),
        policy({ titleKey: 'zoom', titleName: 'Zoom', kind: 'required', version: null }),
      ],
      [],
    );
    const counts = [...engine.deviceCounts()];
    for (const [deviceId, c] of counts) {
      const behind = engine.deviceOutdated(deviceId)!.filter((v) => v.status === 'behind');
      expect(c.outdatedCount).toBe(behind.length);
    }
    expect(counts.map(([, c]) => c.outdatedCount)).toEqual([1, 2, 3]);
    const overview = engine.overview();
    expect(overview.devicesBehind).toBe(counts.filter(([, c]) => c.outdatedCount > 0).length);
    expect(overview.devicesWithSecurityUpdates).toBe(
      counts.filter(([, c]) => c.securityCount > 0).length,
    );
  });
});
