import { describe, expect, it } from 'vitest';
import { CommandNotFoundError } from '../../run-command.ts';
import { collectMacApplications, SYSTEM_PROFILER_ARGS } from './applications.ts';
import { collectBrewOutdated } from './brew.ts';
import { collectSoftwareupdate } from './softwareupdate.ts';
import { MACOS_COLLECTORS } from './macos-collectors.ts';
import { fakeRunner } from '../testing/fake-runner.ts';
import { WINDOWS_COLLECTORS } from '../windows/windows-collectors.ts';

const APPS_XML = `<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0"><array><dict>
<key>_dataType</key><string>SPApplicationsDataType</string>
<key>_items</key><array><dict>
<key>_name</key><string>Safari</string><key>obtained_from</key><string>apple</string>
<key>path</key><string>/Applications/Safari.app</string><key>version</key><string>17.4.1</string>
</dict></array></dict></array></plist>`;

describe('collectMacApplications', () => {
  it('asks system_profiler for XML and parses it', async () => {
    const { run, calls } = fakeRunner({ system_profiler: { stdout: APPS_XML } });
    expect(await collectMacApplications(run)).toEqual([
      {
        name: 'Safari',
        version: '17.4.1',
        source: 'macapp',
        publisher: 'Apple',
        id: '/Applications/Safari.app',
        origin: 'apple',
      },
    ]);
    expect(calls[0]?.cmd).toBe('/usr/sbin/system_profiler');
    expect(calls[0]?.args).toEqual(SYSTEM_PROFILER_ARGS);
    expect(calls[0]?.options.timeoutMs).toBe(60_000);
  });

  it('lists nothing without system_profiler', async () => {
    const { run } = fakeRunner({
      system_profiler: new CommandNotFoundError('/usr/sbin/system_profiler'),
    });
    expect(await collectMacApplications(run)).toEqual([]);
  });
});

describe('collectSoftwareupdate', () => {
  it('reads stdout and stderr together', async () => {
    const { run, calls } = fakeRunner({
      softwareupdate: {
        stdout:
          '* Label: Safari17.4-17.4\n\tTitle: Safari, Version: 17.4, Size: 123KiB, Recommended: YES, \n',
        stderr: 'Software Update Tool\n\nFinding available software\n',
      },
    });
    expect(await collectSoftwareupdate(run)).toEqual([
      { name: 'Safari', availableVersion: '17.4', source: 'softwareupdate', id: 'Safari17.4-17.4' },
    ]);
    expect(calls[0]?.args).toEqual(['--list']);
  });

  it('finds nothing when only stderr speaks', async () => {
    const { run } = fakeRunner({ softwareupdate: { stderr: 'No new software available.\n' } });
    expect(await collectSoftwareupdate(run)).toEqual([]);
  });
});

describe('collectBrewOutdated', () => {
  const OUTDATED = JSON.stringify({
    formulae: [{ name: 'git', installed_versions: ['2.43.0'], current_version: '2.44.0' }],
    casks: [],
  });

  it('runs brew as the agent user without auto-update', async () => {
    const { run, calls } = fakeRunner({ brew: { stdout: OUTDATED } });
    expect(await collectBrewOutdated(run, 501)).toEqual([
      {
        name: 'git',
        installedVersion: '2.43.0',
        availableVersion: '2.44.0',
        source: 'brew',
        id: 'git',
      },
    ]);
    expect(calls[0]?.args).toEqual(['outdated', '--json=v2']);
    expect(calls[0]?.options.env).toMatchObject({ HOMEBREW_NO_AUTO_UPDATE: '1' });
  });

  it('never runs brew as root', async () => {
    const { run, calls } = fakeRunner({ brew: { stdout: OUTDATED } });
    expect(await collectBrewOutdated(run, 0)).toEqual([]);
    expect(calls).toHaveLength(0);
  });

  it('lists nothing where brew is not on PATH', async () => {
    const { run } = fakeRunner({ brew: new CommandNotFoundError('brew') });
    expect(await collectBrewOutdated(run, 501)).toEqual([]);
  });
});

describe('platform registration', () => {
  it('lists the Windows and macOS collectors, each under a name of its own', () => {
    const names = (c: { software: Named; updates: Named; hotfixes: Named }) => [
      c.software.map((x) => x.name),
      c.updates.map((x) => x.name),
      c.hotfixes.map((x) => x.name),
    ];
    // A failing one is named in the report's notes: `software/winget`, never `software/unnamed`.
    expect(names(WINDOWS_COLLECTORS)).toEqual([
      ['uninstall-keys', 'store-apps'],
      ['winget', 'windows-updates'],
      ['hotfixes'],
    ]);
    expect(names(MACOS_COLLECTORS)).toEqual([['applications'], ['softwareupdate', 'homebrew'], []]);
  });
});

type Named = readonly { name: string }[];
