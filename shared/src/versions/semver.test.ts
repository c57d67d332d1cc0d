import { describe, expect, it } from 'vitest';
import { compareSemver, parseSemver } from './semver.ts';

/** Every later version is newer than every earlier one, in both directions. */
function expectAscending(versions: string[]): void {
  versions.forEach((older, i) => {
    for (const newer of versions.slice(i + 1)) {
      expect(
        [compareSemver(older, newer), compareSemver(newer, older)],
        `${older} < ${newer}`,
      ).toEqual([-1, 1]);
    }
  });
}

describe('compareSemver', () => {
  it('follows the precedence example of SemVer 2.0 section 11', () => {
    expectAscending([
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-alpha.beta',
      '1.0.0-beta',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1.0.0',
      '2.0.0',
      '2.1.0',
      '2.1.1',
    ]);
  });

  it('compares numeric identifiers by value and below alphanumeric ones', () => {
    expect(compareSemver('1.0.0-alpha.10', '1.0.0-alpha.2')).toBe(1);
    expect(compareSemver('1.0.0-2', '1.0.0-10')).toBe(-1);
    expect(compareSemver('1.0.0-999', '1.0.0-a')).toBe(-1);
    expect(compareSemver('1.2.99999999999999999999', '1.2.9')).toBe(1);
  });

  it('ignores build metadata and the loose prefixes', () => {
    expect(compareSemver('1.0.0+20130313144700', '1.0.0')).toBe(0);
    expect(compareSemver('1.0.0-beta+exp.sha.5114f85', '1.0.0-beta')).toBe(0);
    expect(compareSemver('v1.2.3', '=1.2.3')).toBe(0);
    expect(compareSemver('1.2.3beta', '1.2.3-beta')).toBe(0);
    expect(compareSemver('1.2', '1.2.0')).toBe(0);
  });

  it('sorts non-semver strings below every version, by the dotted order among themselves', () => {
    expectAscending(['', 'not a version', '1.2.3.4', '1.2.3.5', '0.0.0-0', '0.0.0']);
  });
});

describe('parseSemver', () => {
  it('splits core and pre-release, and refuses what is not semver', () => {
    expect(parseSemver(' v1.2.3-rc.1+build.7 ')).toEqual({
      core: ['1', '2', '3'],
      prerelease: ['rc', '1'],
    });
    expect(parseSemver('1.2.34')).toEqual({ core: ['1', '2', '34'], prerelease: [] });
    expect(parseSemver('1.2.3.4')).toBeUndefined();
    expect(parseSemver('1.2.3-a..b')).toBeUndefined();
  });
});
