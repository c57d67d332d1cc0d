// Debian package versions, ordered as `dpkg --compare-versions` and apt order them
// (deb-version(7)): [epoch:]upstream[-revision].
import {
  compareBlank,
  compareDigits,
  compareSequences,
  isAsciiDigit,
  isAsciiLetter,
  signOf,
  type VersionOrder,
} from './order.ts';

type DebVersion = { epoch: string; upstream: string; revision: string };

/** One non-digit run and the digit run after it; either may be empty. */
type Run = { text: string; digits: string };

const TILDE = 0x7e;

/**
 * Compares two Debian versions: epoch, then upstream, then revision, each by dpkg's rules.
 * Surrounding whitespace is ignored; a blank version sorts lowest. Strings dpkg rejects
 * (no leading digit, empty parts) are still ordered, the way apt orders them.
 */
export function compareDeb(a: string, b: string): VersionOrder {
  const blank = compareBlank(a, b);
  if (blank !== undefined) return blank;
  const x = parseDeb(a);
  const y = parseDeb(b);
  return (
    compareDebPart(x.epoch, y.epoch) ||
    compareDebPart(x.upstream, y.upstream) ||
    compareDebPart(x.revision, y.revision)
  );
}

/**
 * dpkg's comparison of one version part: alternating non-digit and digit runs; non-digit runs
 * compare character by character with `~` < end of run < letters < everything else, digit runs
 * compare by value. An empty part equals "0", which is why a missing revision equals `-0`.
 */
export function compareDebPart(a: string, b: string): VersionOrder {
  return compareSequences(runsOf(a), runsOf(b), (x, y) => {
    const text = compareRunText(x?.text ?? '', y?.text ?? '');
    return text !== 0 ? text : compareDigits(x?.digits ?? '', y?.digits ?? '');
  });
}

function parseDeb(raw: string): DebVersion {
  const text = raw.trim();
  // The epoch ends at the first colon; later colons belong to the upstream version.
  const colon = text.indexOf(':');
  const epoch = colon < 0 ? '' : text.slice(0, colon);
  const rest = colon < 0 ? text : text.slice(colon + 1);
  // The revision starts after the last hyphen. A hyphen in first place is kept in the upstream
  // part, as apt does (dpkg refuses such strings), so `-` is a version and not two empty parts.
  const hyphen = rest.lastIndexOf('-');
  if (hyphen <= 0) return { epoch, upstream: rest, revision: '' };
  return { epoch, upstream: rest.slice(0, hyphen), revision: rest.slice(hyphen + 1) };
}

function runsOf(part: string): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < part.length) {
    const textStart = i;
    while (i < part.length && !isAsciiDigit(part.charCodeAt(i))) i++;
    const digitStart = i;
    while (i < part.length && isAsciiDigit(part.charCodeAt(i))) i++;
    runs.push({ text: part.slice(textStart, digitStart), digits: part.slice(digitStart, i) });
  }
  return runs;
}

function compareRunText(a: string, b: string): VersionOrder {
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const diff = weight(a.charCodeAt(i)) - weight(b.charCodeAt(i));
    if (diff !== 0) return signOf(diff);
  }
  return 0;
}

// Past the end of a run (NaN from charCodeAt) weighs 0: above `~`, below any other character.
function weight(code: number): number {
  if (Number.isNaN(code)) return 0;
  if (code === TILDE) return -1;
  if (isAsciiLetter(code)) return code;
  return code + 0x100;
}
