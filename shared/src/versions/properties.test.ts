// Every scheme must be a total order on any input: reflexive, antisymmetric, transitive, and never
// throwing, so that verdicts and sorted version lists are consistent whatever devices report.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareVersions, VERSION_SCHEMES, type VersionScheme } from './index.ts';

// Pieces every scheme gives meaning to, so generated strings hit the interesting rules often.
const PIECES = [
  '0',
  '1',
  '2',
  '9',
  '10',
  '007',
  '18446744073709551616',
  'a',
  'b',
  'B',
  'rc',
  'alpha',
  'beta',
  'pre',
  'p',
  'post',
  'git',
  'el9',
  'HEAD',
  'latest',
  'Unknown',
  '.',
  '.',
  '-',
  '_',
  '~',
  '^',
  ':',
  '+',
  ' ',
  '(',
  ')',
  '< ',
  '> ',
  'v',
  '=',
  'é',
  'α',
];

const versionLike = fc
  .oneof(
    { weight: 4, arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }) },
    { weight: 1, arbitrary: fc.array(fc.string({ maxLength: 3 }), { maxLength: 4 }) },
  )
  .map((pieces) => pieces.join(''));

function propertiesOf(scheme: VersionScheme): void {
  const compare = (a: string, b: string): number => compareVersions(a, b, scheme);

  it('is reflexive and antisymmetric', () => {
    fc.assert(
      fc.property(versionLike, versionLike, (a, b) => {
        expect(compare(a, a)).toBe(0);
        expect(compare(a, b) + compare(b, a)).toBe(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('is transitive, so any list sorts consistently', () => {
    fc.assert(
      fc.property(fc.array(versionLike, { minLength: 3, maxLength: 12 }), (versions) => {
        const sorted = [...versions].sort(compare);
        sorted.forEach((earlier, i) => {
          for (const later of sorted.slice(i + 1)) expect(compare(earlier, later)).toBeLessThan(1);
        });
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(versionLike, versionLike, versionLike, (a, b, c) => {
        if (compare(a, b) <= 0 && compare(b, c) <= 0) expect(compare(a, c)).toBeLessThan(1);
        if (compare(a, b) === 0 && compare(b, c) === 0) expect(compare(a, c)).toBe(0);
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws on arbitrary text and puts blank lowest', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 24 }), versionLike, (a, b) => {
        expect([-1, 0, 1]).toContain(compare(a, b));
        if (b.trim() !== '') expect(compare(' ', b)).toBe(-1);
      }),
      { numRuns: 1000 },
    );
  });
}

describe.each(VERSION_SCHEMES)('compareVersions(…, %s)', (scheme) => {
  propertiesOf(scheme);
});
