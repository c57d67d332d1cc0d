import { describe, expect, it } from 'vitest';
import { pendingUpdateSchema, type PendingUpdate } from '@handraise/shared';
import { readFixtureText, reportMatches } from '../testing/fixtures.ts';
import { parseWingetUpgrade } from './winget-upgrade.ts';

// No golden outputs exist for these issue captures; the expectations are read off the files.
const parse = (name: string): PendingUpdate[] => parseWingetUpgrade(readFixtureText(name));

function report(name: string, updates: readonly PendingUpdate[], rows: number): void {
  reportMatches(`winget ${name}`, updates.length, rows);
  reportMatches(`winget ${name} ids`, updates.filter((u) => u.id !== undefined).length, rows);
  for (const update of updates) expect(pendingUpdateSchema.parse(update)).toEqual(update);
}

describe('parseWingetUpgrade over real winget captures', () => {
  it('keeps both rows of a package installed twice (winget-cli#1869)', () => {
    const updates = parse('windows/issues/winget-upgrade_winget-cli-1869.txt');
    report('upgrade winget-cli-1869', updates, 6);
    expect(updates.map((update) => update.id)).toEqual([
      'OpenWhisperSystems.Signal',
      'Microsoft.Edge',
      'Microsoft.EdgeWebView2Runtime',
      'Microsoft.Office',
      'Microsoft.Office',
      'Postman.Postman',
    ]);
    const office = {
      name: 'Microsoft.Office',
      installedVersion: '16.0.14701.20290',
      availableVersion: '16.0.14729.20228',
      source: 'winget',
      id: 'Microsoft.Office',
    };
    expect(updates.filter((update) => update.id === 'Microsoft.Office')).toEqual([office, office]);
  });

  it('leaves Unknown installed versions out and keeps odd available ones (winget-pkgs#36722)', () => {
    const updates = parse('windows/issues/winget-upgrade-unknown_winget-pkgs-36722.txt');
    report('upgrade unknown winget-pkgs-36722', updates, 2);
    expect(updates).toEqual([
      {
        name: 'Mega.MEGASync',
        availableVersion: '4.6.1.0',
        source: 'winget',
        id: 'Mega.MEGASync',
      },
      { name: 'GOG.Galaxy', availableVersion: '2.0.43.71a', source: 'winget', id: 'GOG.Galaxy' },
    ]);
  });

  it('reads a table without Source and the explicit-targeting table (Winget-AutoUpdate#276)', () => {
    const updates = parse(
      'windows/issues/winget-upgrade-source-winget-explicit_Winget-AutoUpdate-276.txt',
    );
    // The footer says "2 upgrades available." for one row: the second table holds the other.
    report('upgrade explicit Winget-AutoUpdate-276', updates, 2);
    expect(updates).toEqual([
      {
        name: 'Adobe.Acrobat.Reader.64-bit',
        installedVersion: '22.001.20142',
        availableVersion: '22.003.20310',
        source: 'winget',
        id: 'Adobe.Acrobat.Reader.64-bit',
      },
      {
        name: 'Microsoft.Teams',
        installedVersion: '1.5.0.8070',
        availableVersion: '1.6.00.376',
        source: 'winget',
        id: 'Microsoft.Teams',
      },
    ]);
  });

  it('reads --include-unknown rows (UniGetUI#1672)', () => {
    const updates = parse(
      'windows/issues/winget-upgrade-include-unknown_UniGetUI-1672.partial.txt',
    );
    report('upgrade include-unknown UniGetUI-1672', updates, 6);
    expect(updates.map((update) => update.id)).toEqual([
      'ImageMagick.ImageMagick',
      'RawTherapee.RawTherapee',
      'VB-Audio.Voicemeeter.Banana',
      'XnSoft.XnViewMP',
      'PeterDaveHello.TransmissionRemoteGUI',
      'Cyanfish.NAPS2',
    ]);
    expect(updates.filter((update) => update.installedVersion === undefined)).toHaveLength(2);
  });

  it('takes from a `winget list` table only the row with an Available version (winget-cli#1481)', () => {
    // Eight installed packages, ids cut with `…`; only Git has an upgrade.
    const updates = parse('windows/issues/winget-list_winget-cli-1481.partial.txt');
    report('list winget-cli-1481', updates, 1);
    expect(updates).toEqual([
      {
        name: 'Git.Git',
        installedVersion: '2.31.0.0.1',
        availableVersion: '2.33.0.2',
        source: 'winget',
        id: 'Git.Git',
      },
    ]);
  });

  it('finds no updates in a German search table, which has Quelle but no Available column', () => {
    expect(parse('windows/issues/winget-search-de_winget-pkgs-427366.txt')).toEqual([]);
  });

  it('finds none in "no upgrade" messages (English and German) or in --details output', () => {
    expect(parse('windows/issues/winget-no-results-messages.txt')).toEqual([]);
    // The key/value `--details` form is not a table; the collector does not ask for it.
    expect(parse('windows/issues/winget-list-details-de_winget-pkgs-427366.txt')).toEqual([]);
    expect(parse('windows/mpm-docstrings/winget_list_details.txt')).toEqual([]);
    expect(parse('windows/mpm-docstrings/winget_list_upgrade-available_details.txt')).toEqual([]);
    expect(parse('windows/mpm-docstrings/winget_version.txt')).toEqual([]);
  });
});
