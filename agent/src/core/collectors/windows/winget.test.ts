import { describe, expect, it } from 'vitest';
import { collectWingetUpgrades } from './winget.ts';
import { fakeRunner } from '../testing/fake-runner.ts';

describe('collectWingetUpgrades', () => {
  it('parses the table winget prints through PowerShell', async () => {
    const table = [
      'Name    Id             Version Available Source',
      '-----------------------------------------------',
      'Firefox Mozilla.Firefox 121.0  122.0     winget',
      '1 upgrades available.',
    ].join('\r\n');
    const { run, calls } = fakeRunner({ winget: { stdout: table } });
    expect(await collectWingetUpgrades(run)).toEqual([
      {
        name: 'Mozilla.Firefox',
        installedVersion: '121.0',
        availableVersion: '122.0',
        source: 'winget',
        id: 'Mozilla.Firefox',
      },
    ]);
    // winget's "nothing to upgrade" HRESULTs are answers, not failures.
    expect(calls[0]?.options.okExitCodes).toEqual(
      expect.arrayContaining([0, 0x8a150014, 0x8a15002b]),
    );
  });

  it('lists nothing when the script finds no winget', async () => {
    const { run } = fakeRunner({ winget: { stdout: '' } });
    expect(await collectWingetUpgrades(run)).toEqual([]);
  });
});
