import { describe, expect, it } from 'vitest';
import { compareHomebrew } from './homebrew.ts';

/** Every later version is newer than every earlier one, in both directions. */
function expectAscending(versions: string[]): void {
  versions.forEach((older, i) => {
    for (const newer of versions.slice(i + 1)) {
      expect(
        [compareHomebrew(older, newer), compareHomebrew(newer, older)],
        `${older} < ${newer}`,
      ).toEqual([-1, 1]);
    }
  });
}

describe('compareHomebrew', () => {
  // Homebrew itself compares a letter suffix, -p and .post tokens with each other as raw text,
  // which goes in circles; the documented order (release < -p patch < .post) is used instead.
  it('orders alpha < beta < pre < rc < release < letter suffix < patch < post', () => {
    expectAscending([
      '2.0alpha1',
      '2.0b2',
      '2.0pre1',
      '2.0-rc1',
      '2.0',
      '2.0a',
      '2.0-p1',
      '2.0.post1',
      '2.0.1',
    ]);
  });

  it('compares marker tokens by their number, whatever their spelling', () => {
    expect(compareHomebrew('3.1beta7', '3.1B7')).toBe(0);
    expect(compareHomebrew('3.1rc10', '3.1RC9')).toBe(1);
  });

  it('treats zeros facing a non-number as padding', () => {
    expect(compareHomebrew('1.0.0', '1')).toBe(0);
    expect(compareHomebrew('1.0.0a1', '1a1')).toBe(0);
    expect(compareHomebrew('1.0.5', '1.0a1')).toBe(1);
  });

  it('sorts a formula revision after its version', () => {
    expectAscending(['1.2.3', '1.2.3_1', '1.2.3_2', '1.2.4']);
  });

  it("puts HEAD and a cask's latest above every version", () => {
    expectAscending(['99.9', 'HEAD']);
    expect(compareHomebrew('HEAD-1a2b3c', 'HEAD')).toBe(0);
    expect(compareHomebrew('latest', 'HEAD')).toBe(0);
    expect(compareHomebrew('latest', '2024.1')).toBe(1);
    expect(compareHomebrew('head', '1')).toBe(-1);
  });

  it('sorts blank lowest and never throws', () => {
    expect(compareHomebrew('', '0')).toBe(-1);
    expect(compareHomebrew('...', '0')).toBe(0);
  });
});
