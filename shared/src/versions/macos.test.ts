import { describe, expect, it } from 'vitest';
import { compareMacos } from './macos.ts';

/** Every later version is newer than every earlier one, in both directions. */
function expectAscending(versions: string[]): void {
  versions.forEach((older, i) => {
    for (const newer of versions.slice(i + 1)) {
      expect(
        [compareMacos(older, newer), compareMacos(newer, older)],
        `${older} < ${newer}`,
      ).toEqual([-1, 1]);
    }
  });
}

describe('compareMacos', () => {
  it('sorts letter suffixes as pre-releases, below the release', () => {
    expectAscending(['0.9', '1.0a1', '1.0a2', '1.0b', '1.0b1', '1.0b10', '1.0rc1', '1.0', '1.0.1']);
  });

  it('ignores trailing zeros of the version block, wherever the build follows', () => {
    expect(compareMacos('10.15', '10.15.0.0')).toBe(0);
    expect(compareMacos('2.0b3 (900)', '2.0.0b3 (900)')).toBe(0);
    expectAscending(['10.9', '10.15', '10.15.7', '11.0.1']);
  });

  it('compares a build in parentheses after the version, a build beating none', () => {
    expectAscending(['6.0', '6.0 (517)', '6.0 (518)', '6.0.1 (12)', '6.1b1 (600)', '6.1']);
  });

  it('drops a hyphenated suffix such as a commit hash', () => {
    expect(compareMacos('2.4-beta', '2.4')).toBe(0);
    expect(compareMacos('2.4-9f2c1', '2.4.0-0aa11')).toBe(0);
  });

  it('compares letters case-sensitively and numbers at any length', () => {
    expect(compareMacos('1.0B1', '1.0a1')).toBe(-1);
    expect(compareMacos('99999999999999999999', '99999999999999999998')).toBe(1);
  });

  it('trims whitespace, sorts blank lowest and never throws', () => {
    expect(compareMacos(' 1.0 ', '1.0')).toBe(0);
    expect(compareMacos('', '0')).toBe(-1);
    expect(compareMacos('-1', '.1')).toBe(0);
  });
});
