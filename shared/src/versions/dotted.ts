// Loose dotted versions as winget compares them (ARP DisplayVersion, Chrome/Edge, winget
// manifests): numeric parts with optional trailing text, `Unknown` lowest, `Latest` highest,
// and the approximate `< X` / `> X` that `winget upgrade` shows when only a range is known.
import {
  compareBlank,
  compareDigits,
  compareSequences,
  compareText,
  isZeroDigits,
  signOf,
  type VersionOrder,
} from './order.ts';

/** One dot-separated part: its leading number (empty = 0) and whatever text follows it. */
type Part = { digits: string; other: string };

type DottedVersion = {
  /** Unknown below everything, ordinary versions, Latest above everything. */
  tier: 0 | 1 | 2;
  parts: Part[];
  /** `< X` is just below X, `> X` just above it. */
  approximate: -1 | 0 | 1;
};

/**
 * Compares two loose dotted versions. Numeric parts compare by value (leading zeros ignored,
 * any length) and missing parts count as 0, so `1.0 == 1.0.0` and `1.01 == 1.1`; text after a
 * part's number sorts that part below the bare number (`1.1beta < 1.1`), texts compare
 * case-sensitively. `unknown` (any case) sorts below every version and `latest` above;
 * `< X` sorts just below X and `> X` just above. Blank sorts lowest, below `unknown`.
 */
export function compareDotted(a: string, b: string): VersionOrder {
  const blank = compareBlank(a, b);
  if (blank !== undefined) return blank;
  const x = parseDotted(a);
  const y = parseDotted(b);
  if (x.tier !== y.tier) return signOf(x.tier - y.tier);
  // `Unknown` and `Latest` are words, not numbers: any spelling is the same version.
  const parts = x.tier === 1 ? compareSequences(x.parts, y.parts, compareParts) : 0;
  return parts !== 0 ? parts : signOf(x.approximate - y.approximate);
}

function parseDotted(raw: string): DottedVersion {
  const text = raw.trim();
  const approximate = text.startsWith('< ') ? -1 : text.startsWith('> ') ? 1 : 0;
  const base = approximate === 0 ? text : text.slice(2);
  const parts = base.split('.').map(parsePart);
  // Trailing zero parts carry no information: 1.0.0 is 1.
  while (parts.length > 0 && isZeroPart(parts[parts.length - 1])) parts.pop();
  const only = parts.length === 1 ? parts[0] : undefined;
  const word = only !== undefined && isZeroDigits(only.digits) ? only.other.toLowerCase() : '';
  const tier = word === 'unknown' ? 0 : word === 'latest' ? 2 : 1;
  return { tier, parts, approximate };
}

function parsePart(part: string): Part {
  const match = /^\s*(\d+)/.exec(part);
  if (match === null) return { digits: '', other: part };
  return { digits: match[1] ?? '', other: part.slice(match[0].length) };
}

function isZeroPart(part: Part | undefined): boolean {
  return part !== undefined && part.other === '' && isZeroDigits(part.digits);
}

// The version that runs out of parts first is older: its remaining parts were all zero and
// trimmed, so the other one still has something.
function compareParts(a: Part | undefined, b: Part | undefined): VersionOrder {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? -1 : 1;
  const number = compareDigits(a.digits, b.digits);
  if (number !== 0) return number;
  if (a.other === '' || b.other === '') return a.other === b.other ? 0 : a.other === '' ? 1 : -1;
  return compareText(a.other, b.other);
}
