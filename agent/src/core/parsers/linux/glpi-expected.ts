// Corpus support: GLPI's expected parses (`expected-*.json`, converted from its Perl tests).
import { readFixtureText } from '../testing/fixtures.ts';

/** One GLPI software entry: upper-case field names (NAME, VERSION, ARCH…) to text. */
export type GlpiEntry = ReadonlyMap<string, string>;

/** Reads a GLPI golden-output file as a list of entries, numbers turned into text. */
export function readGlpiExpected(relativePath: string): GlpiEntry[] {
  const parsed: unknown = JSON.parse(readFixtureText(relativePath));
  if (!Array.isArray(parsed)) throw new Error(`${relativePath}: expected a JSON array`);
  return parsed.map((entry: unknown, index) => {
    if (typeof entry !== 'object' || entry === null) {
      throw new Error(`${relativePath}[${index}]: expected an object`);
    }
    const fields = new Map<string, string>();
    for (const [key, value] of Object.entries(entry)) {
      if (typeof value === 'string' || typeof value === 'number') fields.set(key, String(value));
    }
    return fields;
  });
}
