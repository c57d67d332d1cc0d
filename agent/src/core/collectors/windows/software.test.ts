import { describe, expect, it } from 'vitest';
import { CommandNotFoundError } from '../../run-command.ts';
import { fakeRunner } from '../testing/fake-runner.ts';
import { collectWindowsSoftware } from './software.ts';

const PREFIX = 'Microsoft.PowerShell.Core\\Registry::';
const NATIVE = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall';
const WOW =
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall';
const USER =
  'HKEY_USERS\\S-1-5-21-1-2-3-1001\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall';

const VCREDIST = {
  DisplayName: 'Microsoft Visual C++ 2015-2022 Redistributable (x64) - 14.38.33135',
  DisplayVersion: '14.38.33135.0',
  Publisher: 'Microsoft Corporation',
};

// The uninstall script's JSON for one machine, written for this test: one bundle registered in
// both bitness views, two versions of one tool, a per-user install, a KB and a hidden component.
const REGISTRY_JSON = JSON.stringify([
  { PSPath: `${PREFIX}${NATIVE}\\{A1}`, ...VCREDIST },
  { PSPath: `${PREFIX}${WOW}\\{A1}`, ...VCREDIST },
  {
    PSPath: `${PREFIX}${NATIVE}\\ScreenToGif 2.30`,
    DisplayName: 'ScreenToGif',
    DisplayVersion: '2.30.0',
  },
  {
    PSPath: `${PREFIX}${WOW}\\ScreenToGif 2.27`,
    DisplayName: 'ScreenToGif',
    DisplayVersion: '2.27.3',
  },
  {
    PSPath: `${PREFIX}${USER}\\Zoom`,
    DisplayName: 'Zoom',
    DisplayVersion: '5.17.5',
    InstallDate: '20240110',
  },
  { PSPath: `${PREFIX}${NATIVE}\\KB5034441`, DisplayName: 'Update (KB5034441)' },
  { PSPath: `${PREFIX}${NATIVE}\\Helper`, DisplayName: 'Helper', SystemComponent: 1 },
]);

describe('collectWindowsSoftware', () => {
  it('lists each install once across views and keeps two versions as two items', async () => {
    const { run, calls } = fakeRunner({ Uninstall: { stdout: REGISTRY_JSON } });
    const items = await collectWindowsSoftware(run);
    expect(calls).toHaveLength(1);
    expect(items.map((item) => [item.name, item.version])).toEqual([
      [VCREDIST.DisplayName, '14.38.33135.0'],
      ['ScreenToGif', '2.30.0'],
      ['ScreenToGif', '2.27.3'],
      ['Zoom', '5.17.5'],
    ]);
    expect(items[0]?.id).toBe(`${NATIVE}\\{A1}`);
    expect(items[3]).toEqual({
      name: 'Zoom',
      version: '5.17.5',
      installDate: '20240110',
      source: 'registry',
      id: `${USER}\\Zoom`,
    });
  });

  it('lists nothing where PowerShell is missing, and reports other failures', async () => {
    const missing = fakeRunner({ Uninstall: new CommandNotFoundError('powershell.exe') });
    expect(await collectWindowsSoftware(missing.run)).toEqual([]);
    const failing = fakeRunner({ Uninstall: new Error('powershell.exe timed out after 30000 ms') });
    await expect(collectWindowsSoftware(failing.run)).rejects.toThrow(/timed out/);
  });
});
