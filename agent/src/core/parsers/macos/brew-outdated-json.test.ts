import { describe, expect, it } from 'vitest';
import { parseBrewOutdatedJson } from './brew-outdated-json.ts';

describe('parseBrewOutdatedJson', () => {
  it('reads formulae and casks, the newest of several installed versions', () => {
    const json = JSON.stringify({
      formulae: [
        {
          name: 'node',
          installed_versions: ['20.10.0', '21.5.0'],
          current_version: '21.6.1',
          pinned: false,
        },
        {
          name: 'python@3.12',
          installed_versions: ['3.12.1'],
          current_version: '3.12.2',
          pinned: true,
          pinned_version: '3.12.1',
        },
      ],
      casks: [{ name: 'firefox', installed_versions: ['122.0'], current_version: '122.0.1' }],
    });
    expect(parseBrewOutdatedJson(json)).toEqual([
      {
        name: 'node',
        installedVersion: '21.5.0',
        availableVersion: '21.6.1',
        source: 'brew',
        id: 'node',
      },
      {
        name: 'python@3.12',
        installedVersion: '3.12.1',
        availableVersion: '3.12.2',
        source: 'brew',
        id: 'python@3.12',
      },
      {
        name: 'firefox',
        installedVersion: '122.0',
        availableVersion: '122.0.1',
        source: 'brew',
        id: 'firefox',
      },
    ]);
  });

  it('accepts a string installed_versions, missing lists and empty output', () => {
    expect(
      parseBrewOutdatedJson(
        '{"casks":[{"name":"vlc","installed_versions":"3.0.18","current_version":"3.0.20"}]}',
      ),
    ).toEqual([
      {
        name: 'vlc',
        installedVersion: '3.0.18',
        availableVersion: '3.0.20',
        source: 'brew',
        id: 'vlc',
      },
    ]);
    expect(parseBrewOutdatedJson('{"formulae":[],"casks":[]}')).toEqual([]);
    expect(parseBrewOutdatedJson('')).toEqual([]);
  });

  it('rejects output that is not the v2 object', () => {
    expect(() => parseBrewOutdatedJson('[]')).toThrow();
    expect(() =>
      parseBrewOutdatedJson('Error: Running Homebrew as root is extremely dangerous'),
    ).toThrow();
  });
});
