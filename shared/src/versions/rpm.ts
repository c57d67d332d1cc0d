// RPM package versions: rpmvercmp over each part of [epoch:]version[-release].
import {
  compareBlank,
  compareDigits,
  compareSequences,
  compareText,
  isAsciiDigit,
  isAsciiLetter,
  type VersionOrder,
} from './order.ts';

type RpmVersion = { epoch: string; version: string; release: string | undefined };

/** A segment of an rpm version; separators (anything not alphanumeric, `~` or `^`) vanish. */
type Segment =
  | { kind: 'tilde' }
  | { kind: 'caret' }
  | { kind: 'alpha'; text: string }
  | { kind: 'number'; digits: string };

// Where each kind sorts against the others and against the end of the version: `~` before
// everything (even the end: pre-release), `^` after the end but before any further segment
// (post-release snapshot), and a number beats letters.
const RANK = { tilde: 0, end: 1, caret: 2, alpha: 3, number: 4 } as const;

/**
 * Compares two rpm EVR strings: epoch (missing = 0), then version, then release, each with
 * rpmvercmp. A missing release sorts below any release, as `rpmdev-vercmp` and rpm's Python
 * `labelCompare` have it (so `1.2.3` < `1.2.3-2.el5`), not "matches any" as in dependency
 * ranges: that rule is not transitive (1.2.3-1 = 1.2.3 = 1.2.3-2) and cannot sort a list.
 * A blank version sorts lowest.
 */
export function compareRpm(a: string, b: string): VersionOrder {
  const blank = compareBlank(a, b);
  if (blank !== undefined) return blank;
  const x = parseRpm(a);
  const y = parseRpm(b);
  return (
    rpmvercmp(x.epoch, y.epoch) ||
    rpmvercmp(x.version, y.version) ||
    compareRelease(x.release, y.release)
  );
}

/**
 * rpm's segment comparison of one version string: alphanumeric segments, separators ignored
 * (`2.0 == 2_0`), numbers by value and above letters, letters by byte, `~` and `^` as above;
 * when one side runs out, the side with segments left is newer. Non-ASCII characters are
 * separators, as in rpm.
 */
export function rpmvercmp(a: string, b: string): VersionOrder {
  if (a === b) return 0;
  return compareSequences(segmentsOf(a), segmentsOf(b), compareSegments);
}

function compareRelease(a: string | undefined, b: string | undefined): VersionOrder {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? -1 : 1;
  return rpmvercmp(a, b);
}

function parseRpm(raw: string): RpmVersion {
  const text = raw.trim();
  // An epoch is only the digits before a colon at the very start (`:1.0` has epoch 0).
  const epochMatch = /^(\d*):/.exec(text);
  const epoch = epochMatch === null ? '0' : epochMatch[1] || '0';
  const rest = epochMatch === null ? text : text.slice(epochMatch[0].length);
  const hyphen = rest.lastIndexOf('-');
  if (hyphen < 0) return { epoch, version: rest, release: undefined };
  return { epoch, version: rest.slice(0, hyphen), release: rest.slice(hyphen + 1) };
}

function segmentsOf(text: string): Segment[] {
  const segments: Segment[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 0x7e || code === 0x5e) {
      segments.push({ kind: code === 0x7e ? 'tilde' : 'caret' });
      i++;
    } else if (isAsciiDigit(code) || isAsciiLetter(code)) {
      const numeric = isAsciiDigit(code);
      const start = i;
      const sameKind = numeric ? isAsciiDigit : isAsciiLetter;
      while (i < text.length && sameKind(text.charCodeAt(i))) i++;
      const run = text.slice(start, i);
      segments.push(numeric ? { kind: 'number', digits: run } : { kind: 'alpha', text: run });
    } else {
      i++;
    }
  }
  return segments;
}

function compareSegments(a: Segment | undefined, b: Segment | undefined): VersionOrder {
  const rankA = RANK[a?.kind ?? 'end'];
  const rankB = RANK[b?.kind ?? 'end'];
  if (rankA !== rankB) return rankA < rankB ? -1 : 1;
  if (a?.kind === 'number' && b?.kind === 'number') return compareDigits(a.digits, b.digits);
  if (a?.kind === 'alpha' && b?.kind === 'alpha') return compareText(a.text, b.text);
  return 0;
}
