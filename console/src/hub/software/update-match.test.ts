import { describe, expect, it } from 'vitest';
import { describeVerdict, type OsInfo, type PendingUpdate } from '@handraise/shared';
import type { DeviceInputs } from './device-entry.ts';
import { OutdatedEngine } from './outdated-engine.ts';
import { BUNDLED_OS_LIFECYCLE } from './os-lifecycle-table.ts';
import { installedIdKey, updateIdKey } from './update-match.ts';

const WINDOWS: OsInfo = {
  platform: 'windows',
  name: 'Microsoft Windows 11 Pro',
  version: '10.0.26200',
  arch: 'x64',
  hostname: 'pc',
};
const MACOS: OsInfo = {
  platform: 'macos',
  name: 'macOS',
  version: '14.4',
  arch: 'arm64',
  hostname: 'mac',
};
const UNINSTALL = 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall';

function device(over: Partial<DeviceInputs>): DeviceInputs {
  return {
    id: 'a',
    name: 'a',
    site: null,
    room: null,
    os: WINDOWS,
    software: [],
    updates: [],
    notes: [],
    updatesReported: true,
    ...over,
  };
}

/** The device's titles behind, as (title key, the reasons as people read them). */
function findings(inputs: DeviceInputs): [string, string][] {
  const engine = new OutdatedEngine(() => '2026-11-29');
  engine.setLifecycle(BUNDLED_OS_LIFECYCLE);
  engine.setDevice(inputs);
  return engine
    .deviceOutdated(inputs.id)!
    .filter((line) => line.status === 'behind' && !line.key.startsWith('os:'))
    .map((line) => [line.key, describeVerdict(line)]);
}

describe('matching a pending update to its installed title', () => {
  const edge = { name: 'Microsoft Edge', version: '23.0', source: 'registry' } as const;
  const edgeUpdate: PendingUpdate = {
    name: 'Microsoft.Edge',
    installedVersion: '23.0',
    availableVersion: '24.1',
    source: 'winget',
    id: 'Microsoft.Edge',
  };

  it('puts Edge offered by winget Id on the installed "Microsoft Edge" title', () => {
    expect(findings(device({ software: [edge], updates: [edgeUpdate] }))).toEqual([
      ['edge', 'winget offers 24.1 (Microsoft.Edge)'],
    ]);
  });

  it('still matches by name the updates of earlier agents, which carry no id', () => {
    const withoutId: PendingUpdate = { ...edgeUpdate };
    delete withoutId.id;
    expect(findings(device({ software: [edge], updates: [withoutId] }))).toEqual([
      ['edge', 'winget offers 24.1'],
    ]);
  });

  it('finds by winget ARP id the uninstall key whose display name differs', () => {
    const reader = {
      name: 'Contoso Reader',
      version: '5.0',
      source: 'registry',
      id: `${UNINSTALL}\\{6F1A2B3C-0000-4D5E-9F00-123456789ABC}`,
    } as const;
    const update: PendingUpdate = {
      name: 'Contoso Document Viewer',
      availableVersion: '5.2',
      source: 'winget',
      id: 'ARP\\Machine\\X64\\{6F1A2B3C-0000-4D5E-9F00-123456789ABC}',
    };
    const [line] = findings(device({ software: [reader], updates: [update] }));
    expect(line).toEqual([
      'contoso-reader',
      `winget offers 5.2 (ARP\\Machine\\X64\\{6F1A2B3C-0000-4D5E-9F00-123456789ABC})`,
    ]);
    // Without the id, the name alone does not reach that title: the update is a line of its own.
    const byName: PendingUpdate = { ...update };
    delete byName.id;
    const lines = findings(device({ software: [reader], updates: [byName] }));
    expect(lines.map(([key]) => key)).not.toContain('contoso-reader');
    expect(lines).toHaveLength(1);
  });

  it('finds by winget MSIX id the Store app of that package family', () => {
    const terminal = {
      name: 'Windows Terminal',
      version: '1.20.1',
      source: 'appx',
      id: 'Microsoft.WindowsTerminal_8wekyb3d8bbwe',
    } as const;
    const update: PendingUpdate = {
      name: 'Terminal',
      availableVersion: '1.21.2',
      source: 'winget',
      id: 'MSIX\\Microsoft.WindowsTerminal_1.20.11781.0_x64__8wekyb3d8bbwe',
    };
    const lines = findings(device({ software: [terminal], updates: [update] }));
    expect(lines).toHaveLength(1);
    expect(lines[0]![1]).toMatch(/^winget offers 1\.21\.2 \(MSIX\\/);
  });

  it('puts a softwareupdate Safari label on the Safari title, the macOS label on the OS', () => {
    const safari = { name: 'Safari', version: '17.4', source: 'macapp', id: 'com.apple.Safari' };
    const updates: PendingUpdate[] = [
      {
        name: 'Safari',
        availableVersion: '17.5',
        source: 'softwareupdate',
        id: 'Safari17.5VenturaAuto-17.5',
      },
      {
        name: 'macOS Sonoma 14.5',
        availableVersion: '14.5',
        source: 'softwareupdate',
        id: 'macOS Sonoma 14.5-23F79',
      },
    ];
    const inputs = device({ os: MACOS, software: [{ ...safari, source: 'macapp' }], updates });
    expect(findings(inputs)).toEqual([
      ['safari', 'Software Update offers 17.5 (Safari17.5VenturaAuto-17.5)'],
    ]);
    const engine = new OutdatedEngine(() => '2026-11-29');
    engine.setDevice(inputs);
    const os = engine.deviceOutdated('a')!.find((line) => line.key.startsWith('os:'));
    expect(os && describeVerdict(os)).toBe('Software Update offers 14.5 (macOS Sonoma 14.5-23F79)');
  });

  it('puts a brew cask on the app it installed, and a tap-qualified formula on its package', () => {
    const updates: PendingUpdate[] = [
      { name: 'firefox', availableVersion: '122.0.1', source: 'brew', id: 'firefox' },
      {
        name: 'python@3.12',
        availableVersion: '3.12.2',
        source: 'brew',
        id: 'homebrew/core/python@3.12',
      },
    ];
    const software = [
      { name: 'Firefox', version: '122.0', source: 'macapp', id: 'org.mozilla.firefox' },
      { name: 'python@3.12', version: '3.12.1', source: 'brew' },
    ] as const;
    expect(findings(device({ os: MACOS, software, updates })).sort()).toEqual([
      ['firefox', 'Homebrew offers 122.0.1 (firefox)'],
      ['python-3-12', 'Homebrew offers 3.12.2 (homebrew/core/python@3.12)'],
    ]);
  });

  it('keeps an update that matches nothing installed as a line of its own', () => {
    const update: PendingUpdate = {
      name: 'Contoso.Widget',
      installedVersion: '1.0',
      availableVersion: '2.0',
      source: 'winget',
      id: 'Contoso.Widget',
    };
    const lines = findings(device({ software: [edge], updates: [update] }));
    expect(lines).toEqual([['contoso-widget', 'winget offers 2.0 (Contoso.Widget)']]);
  });
});

describe('ids that relate an update to an installed item', () => {
  it('relates winget ids to uninstall keys and package families, case aside', () => {
    const key = installedIdKey({ name: 'X', source: 'registry', id: `${UNINSTALL}\\Foo_is1` });
    expect(updateIdKey({ source: 'winget', id: 'ARP\\User\\X86\\foo_IS1' })).toBe(key);
    expect(updateIdKey({ source: 'winget', id: 'MSIX\\A.B_1.0.0.0_x64__abc' })).toBe(
      installedIdKey({ name: 'B', source: 'appx', id: 'A.B_abc' }),
    );
  });

  it('gives no key where the ids of two tools do not relate, or no id was sent', () => {
    expect(updateIdKey({ source: 'winget', id: '   ' })).toBeUndefined();
    expect(updateIdKey({ source: 'winget' })).toBeUndefined();
    expect(updateIdKey({ source: 'apt', id: 'firefox-esr' })).toBeUndefined();
    expect(installedIdKey({ name: 'Safari', source: 'macapp', id: 'com.apple.Safari' })).toBe(
      undefined,
    );
    // A registry item without its key path cannot be found by an ARP id.
    expect(installedIdKey({ name: 'Foo', source: 'registry' })).toBeUndefined();
  });
});
