import { describe, expect, it } from 'vitest';
import { compareDotted } from './dotted.ts';

/** Every later version is newer than every earlier one, in both directions. */
function expectAscending(versions: string[]): void {
  versions.forEach((older, i) => {
    for (const newer of versions.slice(i + 1)) {
      expect(
        [compareDotted(older, newer), compareDotted(newer, older)],
        `${older} < ${newer}`,
      ).toEqual([-1, 1]);
    }
  });
}

describe('compareDotted', () => {
  it('pads missing parts with 0 and compares parts by value (Chrome: leading zeros ignored)', () => {
    expect(compareDotted('1', '1.0.0.0')).toBe(0);
    expect(compareDotted('1.01', '1.1')).toBe(0);
    expectAscending(['1.9', '1.10', '10.0.19045.3570', '10.0.19045.3803', '120.0.6099.109']);
    expectAscending(['1.18446744073709551615', '1.18446744073709551616']);
  });

  it('sorts text after a number below the bare number, and more parts above fewer', () => {
    expectAscending(['2.0.43.71a', '2.0.43.71', '2.0.43.72a', '2.0.43.72']);
    expectAscending(['1.1beta', '1.1', '1.1.0.1']);
    expect(compareDotted('1.0A', '1.0a')).toBe(-1);
  });

  it('puts Unknown below every version and Latest above, in any spelling', () => {
    expectAscending(['', 'Unknown', '0', '0.0.1', '99999', 'latest']);
    expect(compareDotted('unknown', 'UnKnOwN')).toBe(0);
    expect(compareDotted('Latest', 'LATEST.0')).toBe(0);
  });

  it('places < X just below X and > X just above it', () => {
    expectAscending(['1.9.9', '< 2.0', '2.0', '> 2.0', '2.0.1']);
    expect(compareDotted('> 2.0', '> 2.0.0')).toBe(0);
    expectAscending(['< latest', 'latest', '> latest']);
  });

  it('ignores surrounding whitespace and never throws', () => {
    expect(compareDotted(' 1.2 ', '1.2')).toBe(0);
    expect(compareDotted('...', '0')).toBe(0);
    expect(compareDotted('v1.2', '0.1')).toBe(-1);
  });
});
