// Building blocks shared by the version comparators: every scheme reduces to comparing digit runs
// by value, text by code unit, and ranks of token kinds.

/** The sign of a version comparison: -1 (older), 0 (same), 1 (newer). */
export type VersionOrder = -1 | 0 | 1;

/** The sign of a number as a VersionOrder. */
export function signOf(value: number): VersionOrder {
  return value < 0 ? -1 : value > 0 ? 1 : 0;
}

/** True for the ASCII digits 0-9 (the only digits any of the schemes count as numbers). */
export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** True for the ASCII letters A-Z and a-z (C's `isalpha` in the "C" locale). */
export function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/**
 * Compares two runs of ASCII digits by value at any length (no overflow, unlike the C originals),
 * ignoring leading zeros; an empty run counts as zero.
 */
export function compareDigits(a: string, b: string): VersionOrder {
  const x = withoutLeadingZeros(a);
  const y = withoutLeadingZeros(b);
  if (x.length !== y.length) return x.length < y.length ? -1 : 1;
  return compareText(x, y);
}

/** True when a run of digits is worth nothing (empty or all zeros). */
export function isZeroDigits(digits: string): boolean {
  return withoutLeadingZeros(digits) === '';
}

/** Compares by UTF-16 code unit: C's `strcmp` order for ASCII, case-sensitive. */
export function compareText(a: string, b: string): VersionOrder {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The rule every scheme shares for missing versions: a blank string (empty or whitespace only)
 * sorts below every non-blank one, and two blanks are equal. Undefined when neither is blank.
 */
export function compareBlank(a: string, b: string): VersionOrder | undefined {
  const blankA = a.trim() === '';
  const blankB = b.trim() === '';
  if (!blankA && !blankB) return undefined;
  return blankA && blankB ? 0 : blankA ? -1 : 1;
}

/** Compares two sequences element by element; a missing element is `end`, ranked by `compare`. */
export function compareSequences<T>(
  a: readonly T[],
  b: readonly T[],
  compare: (x: T | undefined, y: T | undefined) => VersionOrder,
): VersionOrder {
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const result = compare(a[i], b[i]);
    if (result !== 0) return result;
  }
  return 0;
}

function withoutLeadingZeros(digits: string): string {
  let start = 0;
  while (start < digits.length && digits.charCodeAt(start) === 0x30) start++;
  return digits.slice(start);
}
