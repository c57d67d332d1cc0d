import { describe, expect, it } from 'vitest';
import { compareRpm, rpmvercmp } from './rpm.ts';

/** Every later version is newer than every earlier one, in both directions. */
function expectAscending(versions: string[]): void {
  versions.forEach((older, i) => {
    for (const newer of versions.slice(i + 1)) {
      expect([compareRpm(older, newer), compareRpm(newer, older)], `${older} < ${newer}`).toEqual([
        -1, 1,
      ]);
    }
  });
}

describe('rpmvercmp', () => {
  it('sorts ~ before everything and ^ after the base but before any further segment', () => {
    expectAscending(['1.0~rc1', '1.0~rc1^git1', '1.0', '1.0^git1', '1.0^git2', '1.0.1']);
  });

  it('ignores separators and lets numbers beat letters', () => {
    expect(rpmvercmp('1.0', '1_0')).toBe(0);
    expect(rpmvercmp('1.0', '1..0')).toBe(0);
    expect(rpmvercmp('1.0.', '1.0')).toBe(0);
    expect(rpmvercmp('1.a', '1.1')).toBe(-1);
    expect(rpmvercmp('2.0é', '2.0')).toBe(0);
  });

  it('lets the longer side win when the other runs out, letters included (unlike pacman)', () => {
    expect(rpmvercmp('1.0a', '1.0')).toBe(1);
    expect(rpmvercmp('1.0', '1.0.0')).toBe(-1);
  });

  it('compares letters by byte and numbers by value at any length', () => {
    expect(rpmvercmp('1.fc17', '1.el9')).toBe(1);
    expect(rpmvercmp('1.B', '1.a')).toBe(-1);
    expect(rpmvercmp('1.010', '1.9')).toBe(1);
    expect(rpmvercmp('99999999999999999999', '99999999999999999998')).toBe(1);
  });
});

describe('compareRpm', () => {
  it('compares epoch, then version, then release', () => {
    expectAscending(['2.0-1', '1:1.0-1', '1:1.0-2', '2:0.1-1']);
    expect(compareRpm('0:1.0-1', '1.0-1')).toBe(0);
    expect(compareRpm(':1.0-1', '1.0-1')).toBe(0);
    expectAscending(['1.0-1.el8', '1.0-1.el9', '1.0-1.el9_2', '1.0-2.el8', '1.1-0.el8']);
  });

  it('sorts a missing release below any release, as rpmdev-vercmp does', () => {
    expectAscending(['1.2.3', '1.2.3-~pre', '1.2.3-1.el5', '1.2.3-2.el5', '1.2.4']);
  });

  it('orders real kernel and package EVRs', () => {
    expectAscending([
      '3.10.0-1127.el7',
      '3.10.0-1160.el7',
      '3.10.0-1160.6.1.el7',
      '3.10.0-1160.119.1.el7',
      '4.18.0-80.el8',
    ]);
  });

  it('never throws and sorts blank lowest', () => {
    expect(compareRpm('', '~')).toBe(-1);
    expect(compareRpm('::--', '')).toBe(1);
  });
});
