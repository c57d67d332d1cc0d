// SemVer 2.0.0 precedence (npm packages, many Electron apps), parsed as loosely as node-semver's
// loose mode: `v`/`=`/spaces before the version, a pre-release without its hyphen (`1.2.3beta`).
import { compareDotted } from './dotted.ts';
import {
  compareBlank,
  compareDigits,
  compareSequences,
  compareText,
  type VersionOrder,
} from './order.ts';

type SemVer = { core: [string, string, string]; prerelease: string[] };

const IDENTIFIER = '[0-9A-Za-z-]+';
const IDENTIFIERS = `${IDENTIFIER}(?:\\.${IDENTIFIER})*`;
// Major is required; a missing minor or patch counts as 0, a tolerance beyond node-semver (which
// refuses `1.2`) so that a short version still sorts among its neighbours. Without a hyphen a
// pre-release must start with a letter, so `1.2.34` cannot be read as `1.2.3-4`.
const LOOSE_SEMVER = new RegExp(
  `^[v=\\s]*(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?` +
    `(?:-(${IDENTIFIERS})|([A-Za-z-][0-9A-Za-z-]*(?:\\.${IDENTIFIER})*))?` +
    `(?:\\+${IDENTIFIERS})?$`,
);

/**
 * Compares two versions by SemVer 2.0 precedence: major, minor, patch by value; a pre-release
 * sorts below its release; pre-release identifiers compare numerically when both are digits,
 * digits below text, text by ASCII, and a shorter list first; build metadata is ignored.
 * Strings that are not semver sort below every valid version and, among themselves, by the loose
 * dotted order; blank sorts lowest.
 */
export function compareSemver(a: string, b: string): VersionOrder {
  const blank = compareBlank(a, b);
  if (blank !== undefined) return blank;
  const x = parseSemver(a);
  const y = parseSemver(b);
  if (x === undefined || y === undefined) {
    return x === y ? compareDotted(a, b) : x === undefined ? -1 : 1;
  }
  return (
    compareDigits(x.core[0], y.core[0]) ||
    compareDigits(x.core[1], y.core[1]) ||
    compareDigits(x.core[2], y.core[2]) ||
    comparePrerelease(x.prerelease, y.prerelease)
  );
}

/** The parts of a (loose) semver string, or undefined when it is not one. */
export function parseSemver(text: string): SemVer | undefined {
  const match = LOOSE_SEMVER.exec(text.trim());
  if (match === null) return undefined;
  const prerelease = match[4] ?? match[5];
  return {
    core: [match[1] ?? '0', match[2] ?? '0', match[3] ?? '0'],
    prerelease: prerelease === undefined ? [] : prerelease.split('.'),
  };
}

function comparePrerelease(a: readonly string[], b: readonly string[]): VersionOrder {
  // A release (no identifiers) has higher precedence than any of its pre-releases.
  if (a.length === 0 || b.length === 0) return a.length === b.length ? 0 : a.length === 0 ? 1 : -1;
  return compareSequences(a, b, (x, y) => {
    if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? -1 : 1;
    const numericX = /^\d+$/.test(x);
    const numericY = /^\d+$/.test(y);
    if (numericX && numericY) return compareDigits(x, y);
    if (numericX !== numericY) return numericX ? -1 : 1;
    return compareText(x, y);
  });
}
