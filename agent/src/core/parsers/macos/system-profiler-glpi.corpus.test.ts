import { describe, expect, it } from 'vitest';
import { softwareItemSchema, type SoftwareItem } from '@handraise/shared';
import { readFixtureText, reportMatches } from '../testing/fixtures.ts';
import { parseSystemProfilerText } from './system-profiler-text.ts';
import { parseSystemProfilerXml } from './system-profiler-xml.ts';
import { readPerlRecords, type PerlRecord, type PerlValue } from './testing/perl-data.ts';

const GLPI = 'macos/glpi-agent';

/** GLPI's ARCH words for each of ours; 'Intel' is the text Kind, the rest come from arch_kind. */
const GLPI_ARCH: Readonly<Record<string, readonly string[]>> = {
  universal: ['Universal'],
  x86_64: ['Intel', 'Intel (x86_64)'],
  i386: ['Intel', 'Intel (i386)'],
  ppc: ['PowerPC'],
  arm64: ['Arm'],
};

type Comparison = {
  total: number;
  names: number;
  versions: number;
  archs: number;
  dates: number;
  publishersBoth: number;
  publishersEqual: number;
};

// GLPI keys apps by name and renames repeats `Name_0`, `Name_1`, ... in output order.
function glpiNames(items: readonly SoftwareItem[]): string[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const count = seen.get(item.name);
    seen.set(item.name, (count ?? -1) + 1);
    return count === undefined ? item.name : `${item.name}_${count}`;
  });
}

// GLPI dates are `a/b/yyyy`; `order` says which of a and b is the month.
function glpiIsoDate(raw: unknown, order: 'mdy' | 'dmy'): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const [a, b, year] = raw.split('/');
  return order === 'mdy' ? `${year}-${a}-${b}` : `${year}-${b}-${a}`;
}

function compare(
  items: readonly SoftwareItem[],
  golden: readonly PerlRecord[],
  dateOrder: 'mdy' | 'dmy',
): Comparison {
  const byName = new Map(glpiNames(items).map((name, index) => [name, items[index]]));
  const result: Comparison = {
    total: golden.length,
    names: 0,
    versions: 0,
    archs: 0,
    dates: 0,
    publishersBoth: 0,
    publishersEqual: 0,
  };
  for (const expected of golden) {
    const item = byName.get(scalar(expected.NAME));
    if (!item) continue;
    result.names++;
    if (item.version === scalar(expected.VERSION)) result.versions++;
    const known =
      item.arch === undefined ? expected.ARCH == null || expected.ARCH === 'Other' : false;
    if (known || GLPI_ARCH[item.arch ?? '']?.includes(scalar(expected.ARCH))) result.archs++;
    if (item.installDate === glpiIsoDate(expected.INSTALLDATE, dateOrder)) result.dates++;
    if (typeof expected.PUBLISHER === 'string' && item.publisher !== undefined) {
      result.publishersBoth++;
      if (item.publisher === expected.PUBLISHER) result.publishersEqual++;
    }
  }
  return result;
}

// GLPI's scalars as text: strings, numbers (`'VERSION' => 169`), undef as ''.
function scalar(value: PerlValue | undefined): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

function report(name: string, result: Comparison): void {
  reportMatches(`${name}: name`, result.names, result.total);
  reportMatches(`${name}: version`, result.versions, result.total);
  reportMatches(`${name}: arch`, result.archs, result.total);
  reportMatches(`${name}: install date`, result.dates, result.total);
  reportMatches(
    `${name}: publisher where both have one`,
    result.publishersEqual,
    result.publishersBoth,
  );
}

function golden(file: string): PerlRecord[] {
  return readPerlRecords(readFixtureText(`${GLPI}/${file}.results.txt`), 'results');
}

function expectValid(items: readonly SoftwareItem[]): void {
  for (const item of items) expect(softwareItemSchema.parse(item)).toEqual(item);
}

// Publishers differ by design: GLPI guesses them from copyright strings and trims "Corporation";
// the agent takes the Developer ID of the signature as written, or Apple for Apple's own apps,
// and leaves the rest unknown. Where both have one they are compared and the differences pinned.
describe('system_profiler text against GLPI', () => {
  it('sample1 (French names, dd/mm/yy dates): every app, field for field', () => {
    const items = parseSystemProfilerText(
      readFixtureText(`${GLPI}/sample1.SPApplicationsDataType`),
    );
    const result = compare(items, golden('sample1.SPApplicationsDataType'), 'mdy');
    report('macos text sample1', result);
    expectValid(items);
    expect(items).toHaveLength(349);
    expect(result).toEqual({
      total: 349,
      names: 349,
      versions: 349,
      archs: 349,
      dates: 349,
      publishersBoth: 122,
      publishersEqual: 122,
    });
    expect(items.find((item) => item.name === 'Mise à jour de logiciels')).toEqual({
      name: 'Mise à jour de logiciels',
      version: '4.0.6',
      source: 'macapp',
      publisher: 'Apple',
      arch: 'universal',
      installDate: '2011-09-04',
      id: '/System/Library/CoreServices/Software Update.app',
    });
  });

  it('sample2 (US m/d/yy dates, Parallels apps): GLPI reads its dates day-first', () => {
    const text = readFixtureText(`${GLPI}/sample2.SPApplicationsDataType`);
    const items = parseSystemProfilerText(text);
    const expected = golden('sample2.SPApplicationsDataType');
    const result = compare(items, expected, 'mdy');
    report('macos text sample2', result);
    expectValid(items);
    // 491 app blocks, 84 of them Windows programs published by Parallels: dropped by both.
    expect(text.match(/^ {4}\S.*:$/gm)).toHaveLength(491);
    expect(items).toHaveLength(407);
    // This Mac prints `3/7/11 10:30 PM`; GLPI always swaps the first two parts, so its dates are
    // day/month-swapped here (`20/02/2011` as mm/dd). Ours, read month-first, equal GLPI's with
    // the parts swapped back, all 407; only 24 (day = month, or both ≤ 12 and equal) agree as is.
    expect(result.dates).toBe(24);
    expect(compare(items, expected, 'dmy').dates).toBe(407);
    expect({ ...result, dates: 0 }).toEqual({
      total: 407,
      names: 407,
      versions: 407,
      archs: 407,
      dates: 0,
      publishersBoth: 117,
      publishersEqual: 117,
    });
  });
});

describe('system_profiler XML against GLPI', () => {
  it('sample5 (macOS 14, arch_kind, signed_by): every app', () => {
    const items = parseSystemProfilerXml(
      readFixtureText(`${GLPI}/sample5.SPApplicationsDataType-xml`),
    );
    const result = compare(items, golden('sample5.SPApplicationsDataType-xml'), 'dmy');
    report('macos xml sample5', result);
    expectValid(items);
    // GLPI's XML dates are local (its test machine's zone); ours are the plist's UTC date. They
    // agree for all 367 here. arch_other (9 apps) is 'Other' to GLPI, no arch to us.
    expect(result).toEqual({
      total: 367,
      names: 367,
      versions: 367,
      archs: 367,
      dates: 367,
      publishersBoth: 206,
      publishersEqual: 190,
    });
    const publisherOf = (name: string): string | undefined =>
      items.find((item) => item.name === name)?.publisher;
    // The 16 differences: GLPI drops "Corporation" (8 Microsoft, 6 F-Secure, 1 Mozilla) and
    // guesses "Seagate" for Apple's STMUIHelper (signed "Software Signing", obtained from apple).
    expect(publisherOf('OneDrive')).toBe('Microsoft Corporation');
    expect(publisherOf('STMUIHelper')).toBe('Apple');
    expect(items.filter((item) => item.origin === 'mac_app_store').length).toBeGreaterThan(0);
    expect(items.find((item) => item.name === 'com.apple.ctcategories')).toMatchObject({
      version: '',
      origin: 'unknown',
    });
  });
});
