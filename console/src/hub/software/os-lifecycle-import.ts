// The coordinator's import of a newer lifecycle table (JSON): every row checked, problems in words.
import type { OsLifecycleEntry, OsLifecycleTable } from '@handraise/shared';
import { z } from 'zod';
import { capped, missingOr } from './import-errors.ts';

/** More entries than any real table needs; a bigger file is a mistake. */
export const MAX_OS_LIFECYCLE_ENTRIES = 2_000;

const dateSchema = z.iso.date({ error: missingOr('must be a date written YYYY-MM-DD') });

const textSchema = (max: number) =>
  z
    .string({ error: missingOr('must be text') })
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`);

/** Optional text: absent and null both mean "not set". */
const optionalTextSchema = (max: number) =>
  z
    .string({ error: 'must be text or null' })
    .trim()
    .min(1, 'must not be empty (use null)')
    .max(max, `must be at most ${max} characters`)
    .nullish()
    .transform((value) => value ?? null);

const entrySchema = z.strictObject(
  {
    osKey: z
      .string({ error: missingOr('must be text') })
      .max(200, 'must be at most 200 characters')
      .regex(/^os:[a-z0-9][a-z0-9:+._-]*$/, 'must be an OS title key such as "os:windows-11"'),
    release: textSchema(200),
    versionPrefix: optionalTextSchema(100),
    edition: optionalTextSchema(100),
    endOfLife: dateSchema,
    source: optionalTextSchema(200),
  },
  { error: 'must be an object' },
);

const tableSchema = z.strictObject(
  {
    asOf: dateSchema,
    entries: z
      .array(entrySchema, { error: missingOr('must be a list') })
      .max(MAX_OS_LIFECYCLE_ENTRIES, 'must have at most 2,000 entries'),
  },
  { error: 'must be an object with "asOf" and "entries"' },
);

export type OsLifecycleParse =
  { ok: true; table: OsLifecycleTable } | { ok: false; errors: string[] };

/**
 * Reads a coordinator's lifecycle table: `{ "asOf": "YYYY-MM-DD", "entries": [...] }`, strictly.
 * Every problem names the entry and field ("entries[3].endOfLife: must be a date …").
 */
export function parseOsLifecycleTable(text: string): OsLifecycleParse {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, errors: [`not valid JSON: ${(error as Error).message}`] };
  }
  const parsed = tableSchema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, errors: capped(parsed.error.issues.map(describeIssue)) };
  }
  const errors = duplicateErrors(parsed.data.entries);
  if (errors.length > 0) return { ok: false, errors: capped(errors) };
  return { ok: true, table: parsed.data };
}

/** Two rows with the same conditions would make matching depend on their order. */
function duplicateErrors(entries: readonly OsLifecycleEntry[]): string[] {
  const seen = new Map<string, number>();
  const errors: string[] = [];
  entries.forEach((entry, index) => {
    const conditions = JSON.stringify([
      entry.osKey,
      entry.versionPrefix,
      entry.edition?.toLowerCase() ?? null,
    ]);
    const first = seen.get(conditions);
    if (first === undefined) seen.set(conditions, index);
    else {
      errors.push(`entries[${index}]: same osKey, versionPrefix and edition as entries[${first}]`);
    }
  });
  return errors;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  let where = '';
  for (const part of issue.path) {
    if (typeof part === 'number') where += `[${part}]`;
    else where += where === '' ? String(part) : `.${String(part)}`;
  }
  const place = where === '' ? 'the table' : where;
  if (issue.code === 'unrecognized_keys') {
    const names = issue.keys.map((k) => `"${k}"`).join(', ');
    return `${place}: unknown field${issue.keys.length === 1 ? '' : 's'} ${names}`;
  }
  return `${place}: ${issue.message}`;
}
