import { describe, expect, it } from 'vitest';
import { compareDeb, compareDebPart } from './deb.ts';

/** Every later version is newer than every earlier one, in both directions. */
function expectAscending(versions: string[]): void {
  versions.forEach((older, i) => {
    for (const newer of versions.slice(i + 1)) {
      expect([compareDeb(older, newer), compareDeb(newer, older)], `${older} < ${newer}`).toEqual([
        -1, 1,
      ]);
    }
  });
}

describe('compareDeb', () => {
  it('puts ~ before the end, the end before letters, letters before other characters', () => {
    expectAscending(['1.0~~', '1.0~', '1.0~rc1', '1.0~rc1+b1', '1.0', '1.0a', '1.0+', '1.0.1']);
  });

  it('compares digit runs by value at any length, ignoring leading zeros', () => {
    expect(compareDeb('1.001', '1.1')).toBe(0);
    expectAscending(['1.9', '1.10', '1.99999999999999999998', '1.99999999999999999999']);
  });

  it('lets the epoch decide first, 0 being the same as none', () => {
    expectAscending(['9.9', '1:0.1', '2:0.0.1']);
    expect(compareDeb('0:1.0', '1.0')).toBe(0);
    expect(compareDeb('00:1.0', '1.0')).toBe(0);
  });

  it('splits the revision at the last hyphen; a missing revision equals 0', () => {
    expectAscending(['1.0-1~bpo1', '1.0-1', '1.0-1ubuntu1', '1.0-2']);
    expect(compareDeb('1.0', '1.0-0')).toBe(0);
    expect(compareDeb('1.0', '1.0-0.1')).toBe(-1);
    // '1.0-beta-2' is upstream '1.0-beta' with revision '2': newer than upstream '1.0'.
    expect(compareDeb('1.0-beta-2', '1.0-9')).toBe(1);
  });

  it('orders real Debian and Ubuntu package versions', () => {
    expectAscending([
      '2.7.4-0ubuntu1',
      '2.7.4-0ubuntu1.6',
      '2.7.4-0ubuntu1.10',
      '2.7.4-1',
      '1:2.34-1',
      '1:2.34-1+deb12u1',
    ]);
  });

  it('ignores surrounding whitespace and sorts blank lowest without throwing', () => {
    expect(compareDeb(' 1.0 ', '1.0')).toBe(0);
    expect(compareDeb('', '~')).toBe(-1);
    expect(compareDeb('  ', '')).toBe(0);
    expect(compareDeb('-', 'a')).toBe(1);
  });
});

describe('compareDebPart', () => {
  it('treats an empty part as 0', () => {
    expect(compareDebPart('', '0')).toBe(0);
    expect(compareDebPart('', '~')).toBe(1);
  });
});
