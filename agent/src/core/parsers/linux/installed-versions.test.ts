import { describe, expect, it } from 'vitest';
import type { SoftwareItem } from '@handraise/shared';
import { withInstalledVersions } from './installed-versions.ts';

const rpm = (name: string, version: string): SoftwareItem => ({ name, version, source: 'rpm' });

describe('withInstalledVersions', () => {
  it('fills the installed version when the name has exactly one', () => {
    const updates = withInstalledVersions(
      [
        { name: 'bash', availableVersion: '5.2.26-3.fc40', source: 'dnf' },
        { name: 'kernel', availableVersion: '6.9.7-200.fc40', source: 'dnf' },
        { name: 'newdep', availableVersion: '1.0-1', source: 'dnf' },
        { name: 'curl', installedVersion: '8.0-1', availableVersion: '8.6-1', source: 'dnf' },
      ],
      [
        rpm('bash', '5.2.21-1.fc40'),
        { ...rpm('bash', '5.2.21-1.fc40'), arch: 'i686' },
        rpm('kernel', '6.8.5-301.fc40'),
        rpm('kernel', '6.9.4-200.fc40'),
        rpm('curl', '8.1-1'),
      ],
    );
    expect(updates).toEqual([
      {
        name: 'bash',
        installedVersion: '5.2.21-1.fc40',
        availableVersion: '5.2.26-3.fc40',
        source: 'dnf',
      },
      { name: 'kernel', availableVersion: '6.9.7-200.fc40', source: 'dnf' },
      { name: 'newdep', availableVersion: '1.0-1', source: 'dnf' },
      { name: 'curl', installedVersion: '8.0-1', availableVersion: '8.6-1', source: 'dnf' },
    ]);
  });

  it('leaves updates alone when the installed item has no version', () => {
    const [update] = withInstalledVersions(
      [{ name: 'Maps', availableVersion: '46.2', source: 'flatpak' }],
      [{ name: 'Maps', version: '', source: 'flatpak' }],
    );
    expect(update).toEqual({ name: 'Maps', availableVersion: '46.2', source: 'flatpak' });
  });
});
