// How dmidecode writes dates, sizes, speeds and firm strings, read into plain values.
import type { DmiBlock } from './dmidecode-blocks.ts';
import { meaningful } from './placeholders.ts';

/** Two-digit years: firmware dates start in the 1980s, so 70–99 are 19xx and the rest 20xx. */
const TWO_DIGIT_YEAR_PIVOT = 70;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/;
const ISO_DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const MONTHS_PER_YEAR = 12;
const MAX_DAY_OF_MONTH = 31;

function fullYear(year: string): number {
  const value = Number(year);
  if (year.length === 4) return value;
  return value >= TWO_DIGIT_YEAR_PIVOT ? 1900 + value : 2000 + value;
}

function isoDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > MONTHS_PER_YEAR || day < 1 || day > MAX_DAY_OF_MONTH) return undefined;
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

/** "08/13/2002", "02/11/99" (MM/DD/YY) or "2006-03-11" as YYYY-MM-DD; undefined otherwise. */
export function dmiDate(text: string | undefined): string | undefined {
  const trimmed = meaningful(text);
  if (trimmed === undefined) return undefined;
  const us = US_DATE.exec(trimmed);
  if (us?.[1] && us[2] && us[3]) return isoDate(fullYear(us[3]), Number(us[1]), Number(us[2]));
  const iso = ISO_DATE.exec(trimmed);
  if (iso?.[1] && iso[2] && iso[3]) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return undefined;
}

/** dmidecode counts memory in binary units ("1024 MB" is 2^30 bytes). */
const BYTES_PER_UNIT: ReadonlyMap<string, number> = new Map([
  ['k', 2 ** 10],
  ['m', 2 ** 20],
  ['g', 2 ** 30],
  ['t', 2 ** 40],
]);
/** "1024 MB", "8 GB", "512 kB", and the old "1024Mbyte". */
const SIZE = /^(\d+)\s*([kmgt])(?:b|byte|bytes)?\b/i;

/** A memory size as bytes; undefined for "No Module Installed", "Not Installed", 0 and words. */
export function dmiSizeBytes(text: string | undefined): number | undefined {
  const size = SIZE.exec(text?.trim() ?? '');
  const unit = BYTES_PER_UNIT.get(size?.[2]?.toLowerCase() ?? '');
  if (!size?.[1] || unit === undefined) return undefined;
  const bytes = Number(size[1]) * unit;
  return bytes > 0 ? bytes : undefined;
}

/** "1333 MHz", "3200 MT/s", "667 MHz (1.5 ns)": the module's transfer rate. */
const SPEED = /^(\d+)\s*(?:MHz|MT\/s)\b/i;

/** Rated module speed in MT/s (dmidecode's "MHz" is the transfer rate too); "Unknown" and "70 ns" give undefined. */
export function dmiSpeedMTs(text: string | undefined): number | undefined {
  const speed = SPEED.exec(text?.trim() ?? '');
  const value = Number(speed?.[1] ?? 0);
  return value > 0 ? value : undefined;
}

const WHOLE_NUMBER = /^\d+$/;

/** A whole number field ("Core Count: 4"); undefined for "Unknown" and 0. */
export function dmiCount(text: string | undefined): number | undefined {
  const trimmed = text?.trim() ?? '';
  if (!WHOLE_NUMBER.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return value > 0 ? value : undefined;
}

/** IBM wraps machine types and BIOS levels in `-[…]-` ("-[86494jg]-"); the inside is the value. */
const IBM_BRACKETS = /^-\[(.+)\]-$/;

/** The first of the keys whose value is meaningful, trimmed and unwrapped. */
export function meaningfulField(
  block: DmiBlock | undefined,
  ...keys: string[]
): string | undefined {
  if (block === undefined) return undefined;
  for (const key of keys) {
    const value = meaningful(block.fields.get(key));
    if (value !== undefined) return meaningful(IBM_BRACKETS.exec(value)?.[1] ?? value);
  }
  return undefined;
}

/** The same facts without the keys whose value is undefined, so absent facts are absent keys. */
export function definedOnly<T extends object>(facts: T): T {
  return Object.fromEntries(Object.entries(facts).filter(([, value]) => value !== undefined)) as T;
}

/** Runs of blanks inside a string collapsed to one ("CPU  230   @ 1.60GHz"). */
export const collapseBlanks = (text: string): string => text.replace(/\s+/g, ' ');
