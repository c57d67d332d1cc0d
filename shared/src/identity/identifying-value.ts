// Which machine ids, UUIDs and serial numbers can tell one computer from another. Firmware and
// system images ship the same filler on thousands of machines ("To be filled by O.E.M.", an
// all-zero UUID, an empty /etc/machine-id); taken as an identity, it would make unrelated
// computers look like one re-installed computer. The agent drops them before sending, and the
// hub again before matching, with this one rule.
import { MAX_SHORT_STRING } from '../limits.ts';

/** Fewer characters than this (once separators are dropped) cannot be unique in a school. */
const MIN_IDENTITY_CHARS = 3;

/**
 * Fillers, lower-case, each found on real machines: systeminformation's "-", dmidecode's words
 * for an absent value, board makers' unfilled defaults, the names of the fields themselves left as
 * values, and systemd's `uninitialized` in an image not yet booted.
 */
const FILLERS: ReadonlySet<string> = new Set([
  '-',
  'default string',
  'default',
  'to be filled by o.e.m.',
  'to be filled by oem',
  'o.e.m.',
  'oem',
  'system product name',
  'system manufacturer',
  'system serial number',
  'system version',
  'system uuid',
  'chassis serial number',
  'base board serial number',
  'serial number',
  'serial',
  'uuid',
  'no asset tag',
  'not specified',
  'not applicable',
  'not available',
  'not present',
  'not settable',
  'none',
  'n/a',
  'unknown',
  'invalid',
  'empty',
  'null',
  'undefined',
  'uninitialized',
  '03000200-0400-0500-0006-000700080009',
]);

/** Separators that vary between tools printing the same id (dashes, blanks, dots, colons). */
const SEPARATORS = /[\s\-.:_]/g;

/** Digits counting up from 0 or 1 ("0123456789", "12345678"): typed in by a board maker. */
function isCountingRun(compact: string): boolean {
  if (!/^\d{5,}$/.test(compact)) return false;
  const first = Number(compact[0]);
  if (first > 1) return false;
  return [...compact].every((digit, i) => Number(digit) === (first + i) % 10);
}

/**
 * The value, trimmed, if it can identify a computer; undefined for a placeholder: "-", empty,
 * "To be filled by O.E.M.", "Default string", "System Serial Number", "Not Specified", "None",
 * all-zero and all-F UUIDs, one character repeated ("XXXXXXXXXX", ".........", "EEEEEEEE-…"),
 * digits counting up ("0123456789"), anything shorter than three characters, and anything longer
 * than the contract's short strings.
 */
export function identifyingValue(raw: string | null | undefined): string | undefined {
  const value = raw?.trim();
  if (!value || value.length > MAX_SHORT_STRING) return undefined;
  const lower = value.toLowerCase();
  if (FILLERS.has(lower)) return undefined;
  const compact = lower.replace(SEPARATORS, '');
  if (compact.length < MIN_IDENTITY_CHARS) return undefined;
  if (/^(.)\1*$/.test(compact)) return undefined;
  if (isCountingRun(compact)) return undefined;
  return value;
}
