// The coordinator's catalog import: a district or vendor list of titles and their latest versions,
// as JSON or as CSV from a spreadsheet. All or nothing: one bad row and nothing is imported, and
// every problem is listed with the row it is on.
import type { CatalogEntry } from '@handraise/shared';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { capped, missingOr } from './import-errors.ts';

/** A catalog line before the hub computes its title key. */
export type ParsedCatalogEntry = Omit<CatalogEntry, 'titleKey'>;

export type CatalogParse =
  { ok: true; entries: ParsedCatalogEntry[] } | { ok: false; errors: string[] };

/** A district list is a few thousand titles; far more is the wrong file. */
export const MAX_CATALOG_ROWS = 20_000;

type Field = 'title' | 'latestVersion' | 'releaseDate' | 'source' | 'platform';

/** Column and field names, compared without case, spaces, hyphens or underscores. */
const FIELD_BY_NAME: ReadonlyMap<string, Field> = new Map<string, Field>([
  ['title', 'title'],
  ['name', 'title'],
  ['latestversion', 'latestVersion'],
  ['version', 'latestVersion'],
  ['latest', 'latestVersion'],
  ['releasedate', 'releaseDate'],
  ['source', 'source'],
  ['platform', 'platform'],
]);

const COLUMN_HELP = 'title, latest version, release date, source, platform';

function fieldFor(name: string): Field | undefined {
  return FIELD_BY_NAME.get(name.toLowerCase().replace(/[\s_-]+/g, ''));
}

// ---- one row ----

/** Blank and absent optional values mean "not given". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => {
    const text = typeof value === 'string' ? value.trim() : value;
    return text === undefined || text === '' ? null : text;
  }, schema.nullable());

const rowSchema = z.object({
  title: z
    .string({ error: missingOr('must be text') })
    .trim()
    .min(1, 'is missing')
    .max(200, 'is longer than 200 characters'),
  latestVersion: z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? 'is missing'
          : typeof issue.input === 'number'
            ? 'must be text: put the version in quotes, e.g. "133.0"'
            : 'must be text',
    })
    .trim()
    .min(1, 'is missing')
    .max(100, 'is longer than 100 characters'),
  releaseDate: optional(z.iso.date({ error: 'must be a date written YYYY-MM-DD' })),
  source: optional(z.string({ error: 'must be text' }).max(200, 'is longer than 200 characters')),
  platform: optional(
    z
      .string({ error: 'must be windows, macos or linux' })
      .toLowerCase()
      .pipe(z.enum(['windows', 'macos', 'linux'], { error: 'must be windows, macos or linux' })),
  ),
});

/**
 * One row: its label, its values by field (null when it has no fields at all), and the problems
 * found in its shape, reported before those of its values.
 */
type RawRow = {
  label: string;
  values: Partial<Record<Field, unknown>> | null;
  problems: string[];
};

type Rows = { ok: true; rows: RawRow[] } | { ok: false; errors: string[] };

// ---- the import ----

/**
 * Reads a catalog. JSON: a list of `{ title, latestVersion, releaseDate?, source?, platform? }`
 * (or `{ "titles": [...] }`), problems labelled "item N" (counting from 1). CSV: a header row
 * naming the columns in any order, `,` or `;` between values, problems labelled "row N", the line
 * the row starts on (the header is row 1, blank lines count, as in a spreadsheet).
 */
export function parseCatalog(format: 'json' | 'csv', text: string): CatalogParse {
  const read = format === 'json' ? jsonRows(text) : csvRows(text);
  if (!read.ok) return { ok: false, errors: capped(read.errors) };

  const errors: string[] = [];
  const entries: ParsedCatalogEntry[] = [];
  const firstLabel = new Map<string, string>();
  for (const row of read.rows) {
    errors.push(...row.problems);
    if (row.values === null) continue;
    const parsed = rowSchema.safeParse(row.values);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        errors.push(`${row.label}: ${String(issue.path[0] ?? 'the row')} ${issue.message}`);
      }
      continue;
    }
    const entry = parsed.data;
    // The hub keys titles by name, so "Google Chrome" and "google  chrome" are one title.
    const identity = `${entry.title.toLowerCase().replace(/\s+/g, ' ')}\u0000${entry.platform ?? ''}`;
    const earlier = firstLabel.get(identity);
    if (earlier !== undefined) {
      const platform = entry.platform === null ? '' : ` (${entry.platform})`;
      errors.push(`${row.label}: "${entry.title}"${platform} is already on ${earlier}`);
      continue;
    }
    firstLabel.set(identity, row.label);
    entries.push(entry);
  }
  return errors.length > 0 ? { ok: false, errors: capped(errors) } : { ok: true, entries };
}

// ---- JSON ----

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function jsonRows(text: string): Rows {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, errors: [`not valid JSON: ${(error as Error).message}`] };
  }
  let list: unknown = json;
  if (isObject(json)) {
    const extra = Object.keys(json).filter((key) => key !== 'titles');
    if (extra.length > 0) {
      return {
        ok: false,
        errors: extra.map(
          (key) => `unknown field "${key}" at the top level (only "titles" is read)`,
        ),
      };
    }
    list = json.titles;
  }
  if (!Array.isArray(list)) {
    return { ok: false, errors: ['expected a list of titles, or { "titles": [...] }'] };
  }
  if (list.length > MAX_CATALOG_ROWS) return { ok: false, errors: [tooMany()] };

  const rows = list.map((item: unknown, index): RawRow => {
    const label = `item ${index + 1}`;
    if (!isObject(item)) {
      return {
        label,
        values: null,
        problems: [`${label}: must be an object with a title and a latestVersion`],
      };
    }
    const values: Partial<Record<Field, unknown>> = {};
    const problems: string[] = [];
    const givenAs = new Map<Field, string>();
    for (const [key, value] of Object.entries(item)) {
      const field = fieldFor(key);
      const other = field === undefined ? undefined : givenAs.get(field);
      if (field === undefined) problems.push(`${label}: unknown field "${key}"`);
      else if (other !== undefined) {
        problems.push(`${label}: "${other}" and "${key}" both give the ${field}`);
      } else {
        givenAs.set(field, key);
        values[field] = value;
      }
    }
    return { label, values, problems };
  });
  return { ok: true, rows };
}

// ---- CSV ----

type CsvRecord = { record: string[]; info: { lines: number } };

function csvRows(text: string): Rows {
  const body = text.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(body);
  let records: CsvRecord[];
  try {
    // With `info`, csv-parse returns { record, info } per record; its types only know arrays.
    records = parse(body, {
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as CsvRecord[];
  } catch (error) {
    return { ok: false, errors: [csvErrorMessage(error)] };
  }

  const [header, ...data] = records;
  if (header === undefined) return { ok: false, errors: ['the file is empty'] };
  const columns = readHeader(header);
  if (!columns.ok) return columns;
  const rows = data.filter((r) => r.record.some((cell) => cell.trim() !== ''));
  if (rows.length > MAX_CATALOG_ROWS) return { ok: false, errors: [tooMany()] };

  const result = rows.map(({ record, info }): RawRow => {
    const label = `row ${startLine(record, info.lines)}`;
    const problems: string[] = [];
    const values: Partial<Record<Field, unknown>> = {};
    record.forEach((cell, index) => {
      const field = columns.fields[index];
      if (field !== undefined && field !== null) values[field] = cell;
      else if (cell.trim() === '') return;
      else if (field === null)
        problems.push(`${label}: a value in column ${index + 1}, which has no name`);
      else {
        const count = columns.fields.length;
        problems.push(
          `${label}: more values than the ${count} columns (a value containing "${delimiter}" needs double quotes)`,
        );
      }
    });
    // One "more values" problem per row is enough.
    return { label, values, problems: [...new Set(problems)] };
  });
  return { ok: true, rows: result };
}

type Columns = { ok: true; fields: (Field | null)[] } | { ok: false; errors: string[] };

/** The field of each column (null: an unnamed one, as spreadsheets leave at the end). */
function readHeader(header: CsvRecord): Columns {
  const label = `row ${startLine(header.record, header.info.lines)}`;
  const errors: string[] = [];
  const seen = new Map<Field, string>();
  const fields = header.record.map((cell): Field | null => {
    const name = cell.trim();
    if (name === '') return null;
    const field = fieldFor(name);
    if (field === undefined) {
      errors.push(
        `${label}: unknown column "${name}" (the first row names the columns: ${COLUMN_HELP})`,
      );
      return null;
    }
    const other = seen.get(field);
    if (other !== undefined)
      errors.push(`${label}: columns "${other}" and "${name}" both give the ${field}`);
    seen.set(field, name);
    return field;
  });
  if (errors.length === 0) {
    if (!seen.has('title')) errors.push(`${label}: no "title" column`);
    if (!seen.has('latestVersion')) errors.push(`${label}: no "latest version" column`);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, fields };
}

/** `;` when the header has more of them than commas (spreadsheets in comma-decimal locales). */
function detectDelimiter(body: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  let started = false;
  for (const char of body) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) {
      if (started) break;
    } else if (!quoted && char === ',') commas += 1;
    else if (!quoted && char === ';') semicolons += 1;
    if (char.trim() !== '') started = true;
  }
  return semicolons > commas ? ';' : ',';
}

/** csv-parse counts the line a record ends on; a quoted value can span lines. */
function startLine(record: readonly string[], endLine: number): number {
  const breaks = record.reduce((n, cell) => n + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
  return endLine - breaks;
}

function csvErrorMessage(error: unknown): string {
  const { code, lines } = isObject(error) ? error : {};
  const line = typeof lines === 'number' ? `row ${lines}` : 'the file';
  switch (code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return `${line}: a double quote opens a value that is never closed`;
    case 'INVALID_OPENING_QUOTE':
      return `${line}: a double quote inside a value; put the whole value in double quotes and write the quote twice ("")`;
    case 'CSV_INVALID_CLOSING_QUOTE':
      return `${line}: text after a closing double quote; inside a quoted value, write a quote twice ("")`;
    case 'CSV_MAX_RECORD_SIZE':
      return `${line}: a row is too long`;
    default:
      return `${line}: the file could not be read as CSV`;
  }
}

function tooMany(): string {
  return `more than ${MAX_CATALOG_ROWS.toLocaleString('en-US')} rows; keep only the titles the school uses`;
}
