// Corpus support: the real-world command outputs in ../shared/fixtures, read in place (never copied
// into this repository; several are GPL-licensed).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The fixtures folder: HANDRAISE_FIXTURES, else `shared/fixtures` beside the repository. */
export const FIXTURES_DIR =
  process.env.HANDRAISE_FIXTURES ??
  join(import.meta.dirname, '..', '..', '..', '..', '..', '..', 'shared', 'fixtures');

/** Path of a fixture, e.g. `fixture('linux/glpi-agent/rpm')`; throws if the corpus is missing. */
export function fixture(relativePath: string): string {
  const path = join(FIXTURES_DIR, relativePath);
  if (!existsSync(path))
    throw new Error(`corpus fixture missing: ${path} (set HANDRAISE_FIXTURES)`);
  return path;
}

export const readFixture = (relativePath: string): Buffer => readFileSync(fixture(relativePath));
export const readFixtureText = (relativePath: string): string =>
  readFixture(relativePath).toString('utf8');

/** Prints one corpus result line; `npm run test:corpus` output carries these counts. */
export function reportMatches(name: string, matched: number, total: number): void {
  process.stdout.write(`corpus ${name}: ${matched}/${total} matched\n`);
}
