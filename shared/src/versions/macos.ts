// macOS app versions (CFBundleShortVersionString, CFBundleVersion) ordered the way Sparkle's
// SUStandardVersionComparator, the de-facto comparator for Mac app updates, orders them.
import {
  compareBlank,
  compareDigits,
  compareSequences,
  compareText,
  isAsciiDigit,
  isZeroDigits,
  type VersionOrder,
} from './order.ts';

/** A run of digits or of other characters, or one separator (period, space or punctuation). */
type Part =
  | { kind: 'number'; digits: string }
  | { kind: 'string'; text: string }
  | { kind: 'separator'; period: boolean };

// Where each kind sorts at the first position two versions differ: letters mark a pre-release
// (`1.0b1 < 1.0`), so they sort below the end; any further separator or number makes a version
// newer (`1.0 < 1.0.1`, `1.0 < 1.0 (5)`), and a number beats a separator.
const RANK = { string: 0, end: 1, separator: 2, number: 3 } as const;

/**
 * Compares two app versions Sparkle's way: split into number, text and separator runs and compare
 * run by run (numbers by value, text case-sensitively, all separators alike), with text below the
 * end of the version (`1.0a1 < 1.0b1 < 1.0`). Trailing zeros of the leading number block do not
 * count (`1.0 == 1.0.0`, `3.3 (5847) == 3.3.0 (5847)`), everything from a hyphen on is ignored
 * (`1.5-335d3e2 == 1.5.0-a655360`), and a build in parentheses compares after the version.
 * Deviations chosen for a total order: surrounding whitespace is trimmed, a leading hyphen counts
 * as punctuation, numbers have no 64-bit limit. Blank sorts lowest.
 */
export function compareMacos(a: string, b: string): VersionOrder {
  const blank = compareBlank(a, b);
  if (blank !== undefined) return blank;
  return compareSequences(canonicalParts(a), canonicalParts(b), compareParts);
}

function canonicalParts(version: string): Part[] {
  const parts = splitParts(version.trim());
  // Sparkle pads the shorter leading block of numbers and periods with `.0` to match the other;
  // dropping the zeros and periods that end that block is the same, and independent of the
  // other version, which keeps the order transitive.
  let blockEnd = 0;
  while (blockEnd < parts.length && isNumberOrPeriod(parts[blockEnd])) blockEnd++;
  let keep = blockEnd;
  while (keep > 0 && isZeroOrPeriod(parts[keep - 1])) keep--;
  return [...parts.slice(0, keep), ...parts.slice(blockEnd)];
}

function splitParts(text: string): Part[] {
  const parts: Part[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    // A hyphen after the start begins a suffix such as a commit hash, which Sparkle ignores.
    if (char === '-' && i > 0) break;
    const kind = kindOf(char);
    const last = parts[parts.length - 1];
    if (kind === 'separator') parts.push({ kind, period: char === '.' });
    else if (kind === 'number' && last?.kind === 'number') last.digits += char;
    else if (kind === 'string' && last?.kind === 'string') last.text += char;
    else parts.push(kind === 'number' ? { kind, digits: char } : { kind, text: char });
  }
  return parts;
}

function kindOf(char: string): Part['kind'] {
  if (isAsciiDigit(char.charCodeAt(0))) return 'number';
  return /^[\s\p{P}]$/u.test(char) ? 'separator' : 'string';
}

function isNumberOrPeriod(part: Part | undefined): boolean {
  return part?.kind === 'number' || (part?.kind === 'separator' && part.period);
}

function isZeroOrPeriod(part: Part | undefined): boolean {
  if (part?.kind === 'number') return isZeroDigits(part.digits);
  return part?.kind === 'separator' && part.period;
}

function compareParts(a: Part | undefined, b: Part | undefined): VersionOrder {
  const rankA = RANK[a?.kind ?? 'end'];
  const rankB = RANK[b?.kind ?? 'end'];
  if (rankA !== rankB) return rankA < rankB ? -1 : 1;
  if (a?.kind === 'number' && b?.kind === 'number') return compareDigits(a.digits, b.digits);
  if (a?.kind === 'string' && b?.kind === 'string') return compareText(a.text, b.text);
  return 0;
}
