import { describe, expect, it } from 'vitest';
import { CommandNotFoundError } from '../../run-command.ts';
import { collectWindowsHotfixes } from './hotfixes.ts';
import { fakeRunner } from '../testing/fake-runner.ts';

const KEYS =
  'Registry::HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall';

describe('collectWindowsHotfixes', () => {
  it('joins QFE and registry KBs without counting one twice', async () => {
    const { run, calls } = fakeRunner({
      'Get-HotFix': {
        stdout: JSON.stringify([
          { HotFixID: 'KB5034441', Description: 'Security Update', InstalledOn: '1/9/2024' },
          { HotFixID: 'KB890830', Description: 'Update', InstalledOn: '2/13/2024' },
        ]),
      },
      Uninstall: {
        stdout: JSON.stringify([
          {
            PSPath: `${KEYS}\\KB890830`,
            DisplayName: 'Windows Malicious Software Removal Tool (KB890830)',
          },
          { PSPath: `${KEYS}\\App`, DisplayName: 'App' },
        ]),
      },
    });
    const hotfixes = await collectWindowsHotfixes(run);
    expect(calls).toHaveLength(2);
    expect(hotfixes).toEqual([
      {
        id: 'KB890830',
        description: 'Windows Malicious Software Removal Tool (KB890830)',
        installedOn: '20240213',
        source: 'registry',
      },
      { id: 'KB5034441', description: 'Security Update', installedOn: '20240109', source: 'qfe' },
    ]);
  });

  it('lists nothing where PowerShell is missing', async () => {
    const { run } = fakeRunner({ 'powershell.exe': new CommandNotFoundError('powershell.exe') });
    expect(await collectWindowsHotfixes(run)).toEqual([]);
  });
});
