import { describe, expect, it } from 'vitest';
import { pendingUpdateSchema, type PendingUpdate } from '@handraise/shared';
import { readFixtureText, reportMatches } from '../testing/fixtures.ts';
import { parseBrewOutdatedJson } from './brew-outdated-json.ts';

const parse = (name: string): PendingUpdate[] =>
  parseBrewOutdatedJson(readFixtureText(`macos/mpm-docstrings/${name}`));

// Meta-package-manager's samples; no golden parse, expectations read off the files.
describe('parseBrewOutdatedJson over brew outdated --json=v2 samples', () => {
  it('reads formulae, whose installed_versions is an array', () => {
    const updates = parse('brew_outdated_json_v2_formula.json');
    reportMatches('brew formula', updates.length, 2);
    reportMatches('brew formula tokens', updates.filter((u) => u.id === u.name).length, 2);
    expect(updates).toEqual([
      {
        name: 'pygobject3',
        installedVersion: '3.36.1',
        availableVersion: '3.38.0',
        source: 'brew',
        id: 'pygobject3',
      },
      {
        name: 'rav1e',
        installedVersion: '0.3.3',
        availableVersion: '0.3.4',
        source: 'brew',
        id: 'rav1e',
      },
    ]);
  });

  it('reads casks, whose installed_versions is a string in this older brew', () => {
    const updates = parse('brew_outdated_json_v2_cask.json');
    reportMatches('brew cask', updates.length, 2);
    reportMatches('brew cask tokens', updates.filter((u) => u.id === u.name).length, 2);
    expect(updates.map((update) => [update.id, update.installedVersion])).toEqual([
      ['electrum', '4.0.2'],
      ['qlcolorcode', '3.0.2'],
    ]);
  });

  it('reads greedy casks: `latest`, and two installed versions in one string', () => {
    const updates = parse('brew_outdated_json_v2_greedy_cask.json');
    reportMatches('brew greedy cask', updates.length, 5);
    reportMatches('brew greedy cask tokens', updates.filter((u) => u.id === u.name).length, 5);
    expect(updates).toHaveLength(5);
    expect(updates.find((update) => update.name === 'caldigit-thunderbolt-charging')).toEqual({
      name: 'caldigit-thunderbolt-charging',
      installedVersion: 'latest',
      availableVersion: 'latest',
      source: 'brew',
      id: 'caldigit-thunderbolt-charging',
    });
    // "5.33,cV8xqv5TSZA.upgrading, 5.47,yi5XuIZw6hg": versions hold commas; `, ` separates them.
    expect(updates.find((update) => update.name === 'lg-onscreen-control')).toEqual({
      name: 'lg-onscreen-control',
      installedVersion: '5.47,yi5XuIZw6hg',
      availableVersion: '5.48,uYXSwyUCNFBbSch9PFw',
      source: 'brew',
      id: 'lg-onscreen-control',
    });
    for (const update of updates) expect(pendingUpdateSchema.parse(update)).toEqual(update);
  });
});
