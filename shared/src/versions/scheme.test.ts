import { describe, expect, it } from 'vitest';
import { SOFTWARE_SOURCES, UPDATE_SOURCES } from '../schemas/inventory.ts';
import { VERSION_SCHEMES, versionSchemeFor } from './scheme.ts';

describe('versionSchemeFor', () => {
  it('maps every software and update source the inventory knows', () => {
    const expected = {
      dpkg: 'deb',
      apt: 'deb',
      rpm: 'rpm',
      dnf: 'rpm',
      yum: 'rpm',
      zypper: 'rpm',
      pacman: 'rpm',
      registry: 'dotted',
      appx: 'dotted',
      winget: 'dotted',
      'windows-update': 'dotted',
      snap: 'dotted',
      flatpak: 'dotted',
      other: 'dotted',
      macapp: 'macos',
      softwareupdate: 'macos',
      brew: 'homebrew',
    };
    for (const source of [...SOFTWARE_SOURCES, ...UPDATE_SOURCES]) {
      expect(versionSchemeFor(source), source).toBe(expected[source]);
    }
  });

  it('knows npm-style sources, scheme names, any case, and falls back to dotted', () => {
    expect(versionSchemeFor('npm')).toBe('semver');
    expect(versionSchemeFor(' DPKG ')).toBe('deb');
    for (const scheme of VERSION_SCHEMES) expect(versionSchemeFor(scheme)).toBe(scheme);
    expect(versionSchemeFor('chocolatey')).toBe('dotted');
    expect(versionSchemeFor('')).toBe('dotted');
  });
});
