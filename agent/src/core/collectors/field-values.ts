import { MAX_SHORT_STRING } from '@handraise/shared';

/**
 * Strings that firmware, drivers and systeminformation put where a value is unknown. Compared
 * case-insensitively after trimming. Sending them would make unrelated machines look alike.
 */
const PLACEHOLDER_VALUES: ReadonlySet<string> = new Set(
  [
    '',
    '-',
    '0',
    'default string',
    'to be filled by o.e.m.',
    'o.e.m.',
    'oem',
    'system product name',
    'system manufacturer',
    'system serial number',
    'system version',
    'chassis serial number',
    'not specified',
    'not applicable',
    'not available',
    'none',
    'n/a',
    'unknown',
    'invalid',
    '123456789',
    '0123456789',
    '00000000-0000-0000-0000-000000000000',
    'ffffffff-ffff-ffff-ffff-ffffffffffff',
    '03000200-0400-0500-0006-000700080009',
  ].map((value) => value.toLowerCase()),
);

/** Cuts a string to the contract's short-string bound so a freak value cannot void a report. */
export function clipShortString(value: string): string {
  return value.length > MAX_SHORT_STRING ? value.slice(0, MAX_SHORT_STRING) : value;
}

/** Returns the trimmed, clipped value, or undefined when it is missing or a known placeholder. */
export function presentValue(raw: string | null | undefined): string | undefined {
  if (raw === null || raw === undefined) return undefined;
  const trimmed = raw.trim();
  if (PLACEHOLDER_VALUES.has(trimmed.toLowerCase())) return undefined;
  return clipShortString(trimmed);
}

/** Trimmed and clipped, or undefined when empty: the wire schema takes no empty strings. */
export function wireText(raw: string | undefined): string | undefined {
  const trimmed = raw?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : clipShortString(trimmed);
}

/** A whole, non-negative number, or undefined for anything else (NaN, negative, fractional). */
export function wireCount(raw: number | undefined): number | undefined {
  return raw !== undefined && Number.isSafeInteger(raw) && raw >= 0 ? raw : undefined;
}

/** A YYYY-MM-DD day, or undefined for any other text. */
export function wireDay(raw: string | undefined): string | undefined {
  return raw !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(raw) ? raw : undefined;
}

/** The object without its undefined keys, so an unknown fact is an absent key, never `undefined`. */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
