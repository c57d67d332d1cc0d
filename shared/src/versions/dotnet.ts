// .NET's System.Version ordering (file and assembly versions): 2 to 4 integer parts where an
// unset part is -1, so unlike winget's loose dotted order `1.2 < 1.2.0` and `2.3 != 2.3.0`.
import { compareBlank, compareText, signOf, type VersionOrder } from './order.ts';

const INT32_MAX = 2_147_483_647;

/**
 * Compares two System.Version strings part by part, an unset build or revision counting as -1.
 * Strings System.Version.Parse rejects (not 2-4 parts, non-numeric or out of int32 range) sort
 * below every valid version, ordered among themselves by code unit; blank sorts lowest.
 */
export function compareSystemVersion(a: string, b: string): VersionOrder {
  const blank = compareBlank(a, b);
  if (blank !== undefined) return blank;
  const x = parseSystemVersion(a);
  const y = parseSystemVersion(b);
  if (x === undefined || y === undefined) {
    if (x !== y) return x === undefined ? -1 : 1;
    return compareText(a.trim(), b.trim());
  }
  for (let i = 0; i < 4; i++) {
    const diff = (x[i] ?? -1) - (y[i] ?? -1);
    if (diff !== 0) return signOf(diff);
  }
  return 0;
}

/** The parts of a System.Version string (2 to 4 non-negative int32), or undefined if invalid. */
export function parseSystemVersion(text: string): number[] | undefined {
  const parts = text.split('.');
  if (parts.length < 2 || parts.length > 4) return undefined;
  const values: number[] = [];
  for (const part of parts) {
    // int.Parse with NumberStyles.Integer: surrounding whitespace and a leading '+' are allowed.
    const match = /^\s*\+?(\d+)\s*$/.exec(part);
    const value = match === null ? Number.NaN : Number(match[1]);
    if (!(value <= INT32_MAX)) return undefined;
    values.push(value);
  }
  return values;
}
