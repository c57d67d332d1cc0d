import { describe, expect, it } from 'vitest';
import type { VerdictReason } from '../schemas/software/verdicts.ts';
import { describeReason, describeVerdict } from './describe-reason.ts';

describe('describeReason', () => {
  it('says what the package manager offers, and whether it is a security fix', () => {
    expect(
      describeReason({
        kind: 'pending-update',
        source: 'apt',
        availableVersion: '131.0.6778.86',
        security: true,
      }),
    ).toBe('apt offers 131.0.6778.86 (security update)');
    expect(
      describeReason({
        kind: 'pending-update',
        source: 'windows-update',
        availableVersion: 'KB5044284',
        security: false,
      }),
    ).toBe('Windows Update offers KB5044284');
    expect(
      describeReason({
        kind: 'pending-update',
        source: 'other',
        availableVersion: '2.0',
        security: false,
      }),
    ).toBe('The package manager offers 2.0');
  });

  it("names the manager's own id of the update when it gave one", () => {
    const winget = { kind: 'pending-update', source: 'winget', availableVersion: '24.1' } as const;
    expect(describeReason({ ...winget, security: false, id: 'Microsoft.Edge' })).toBe(
      'winget offers 24.1 (Microsoft.Edge)',
    );
    expect(describeReason({ ...winget, security: true, id: 'Microsoft.Edge' })).toBe(
      'winget offers 24.1 (Microsoft.Edge, security update)',
    );
    // Earlier agents send no id, and an empty one says nothing.
    expect(describeReason({ ...winget, security: false, id: '' })).toBe('winget offers 24.1');
  });

  it('names update sources the way people know them', () => {
    const named = (manager: string): string => describeReason({ kind: 'manager-current', manager });
    expect(named('apt')).toBe('apt offers nothing newer');
    expect(named('softwareupdate')).toBe('Software Update offers nothing newer');
    expect(named('brew')).toBe('Homebrew offers nothing newer');
    expect(named('winget')).toBe('winget offers nothing newer');
    expect(named('flatpak')).toBe('Flatpak offers nothing newer');
    expect(named('pkg')).toBe('pkg offers nothing newer');
    expect(named(' ')).toBe('The package manager offers nothing newer');
    // An inherited property name is not a source.
    expect(named('toString')).toBe('toString offers nothing newer');
    expect(describeReason({ kind: 'updates-unchecked', manager: 'apt' })).toBe(
      'Could not ask apt for updates this time',
    );
    expect(describeReason({ kind: 'updates-unchecked', manager: 'other' })).toBe(
      'Could not ask the package manager for updates this time',
    );
  });

  it("words the school's own rules", () => {
    expect(describeReason({ kind: 'below-minimum', minimumVersion: '130.0' })).toBe(
      "Older than the school's minimum, 130.0",
    );
    expect(describeReason({ kind: 'meets-minimum', minimumVersion: '130.0' })).toBe(
      "Meets the school's minimum, 130.0",
    );
    expect(describeReason({ kind: 'required-missing' })).toBe(
      'Required by the school but not installed',
    );
    expect(describeReason({ kind: 'banned' })).toBe('Not allowed at this school');
  });

  it('adds the catalog date and source only when known', () => {
    const reason = (releaseDate: string | null, catalogSource: string | null): VerdictReason => ({
      kind: 'catalog-newer',
      latestVersion: '133.0',
      releaseDate,
      catalogSource,
    });
    expect(describeReason(reason('2024-11-26', 'District list'))).toBe(
      'The catalog lists 133.0 (released 2024-11-26, from District list)',
    );
    expect(describeReason(reason(null, 'District list'))).toBe(
      'The catalog lists 133.0 (from District list)',
    );
    expect(describeReason(reason('2024-11-26', null))).toBe(
      'The catalog lists 133.0 (released 2024-11-26)',
    );
    expect(describeReason(reason(null, null))).toBe('The catalog lists 133.0');
    expect(describeReason({ kind: 'catalog-current', latestVersion: '133.0' })).toBe(
      "Up to date with the catalog's latest, 133.0",
    );
  });

  it('counts similar devices in plain words', () => {
    expect(describeReason({ kind: 'fleet-newer', newestVersion: '133.0', devicesNewer: 12 })).toBe(
      '12 similar devices run a newer version, up to 133.0',
    );
    expect(describeReason({ kind: 'fleet-newer', newestVersion: '133.0', devicesNewer: 1 })).toBe(
      '1 similar device runs a newer version, up to 133.0',
    );
    expect(
      describeReason({ kind: 'fleet-newer', newestVersion: '133.0', devicesNewer: 1200 }),
    ).toBe('1,200 similar devices run a newer version, up to 133.0');
    expect(describeReason({ kind: 'fleet-newest', devices: 40 })).toBe(
      'The newest version among 40 similar devices',
    );
    expect(describeReason({ kind: 'fleet-newest', devices: 1 })).toBe(
      'No similar device runs a newer version',
    );
  });

  it('gives operating-system support dates', () => {
    expect(
      describeReason({ kind: 'os-end-of-life', release: 'Windows 10', endOfLife: '2025-10-14' }),
    ).toBe('Windows 10 support ended on 2025-10-14');
    expect(
      describeReason({
        kind: 'os-supported',
        release: 'Windows 11 24H2',
        endOfLife: '2026-10-13',
      }),
    ).toBe('Supported until 2026-10-13');
  });

  it('says what was missing when nothing could be judged', () => {
    expect(describeReason({ kind: 'no-reference' })).toBe(
      'Nothing to compare with: no catalog entry, no policy, no other device runs it',
    );
    expect(describeReason({ kind: 'no-version' })).toBe('The device did not report a version');
  });

  it('shows the kind of a reason it does not know instead of throwing', () => {
    const future = { kind: 'vendor-recalled' } as unknown as VerdictReason;
    expect(describeReason(future)).toBe('vendor-recalled');
  });
});

describe('describeVerdict', () => {
  it('joins the reasons with semicolons', () => {
    expect(
      describeVerdict({
        status: 'behind',
        targetVersion: '133.0',
        reasons: [
          { kind: 'below-minimum', minimumVersion: '130.0' },
          { kind: 'fleet-newer', newestVersion: '133.0', devicesNewer: 12 },
        ],
      }),
    ).toBe(
      "Older than the school's minimum, 130.0; 12 similar devices run a newer version, up to 133.0",
    );
    expect(describeVerdict({ status: 'unknown', targetVersion: null, reasons: [] })).toBe('');
  });
});
