import type { SoftwareItem } from '@handraise/shared';
import { DPKG_QUERY_FORMAT, parseDpkgQuery } from '../../parsers/linux/dpkg-query.ts';
import { CommandNotFoundError, runCommand } from '../../run-command.ts';

// The parser and its format moved to parsers/linux; kept importable from here.
export { DPKG_QUERY_FORMAT, parseDpkgQuery };

/** dpkg-query reads one local database; even 6,000 packages take well under a second. */
const DPKG_QUERY_TIMEOUT_MS = 15_000;

/** Lists installed dpkg packages; a machine without dpkg-query has none. */
export async function collectDpkg(run: typeof runCommand = runCommand): Promise<SoftwareItem[]> {
  try {
    const { stdout } = await run('dpkg-query', ['-W', `-f=${DPKG_QUERY_FORMAT}`], {
      timeoutMs: DPKG_QUERY_TIMEOUT_MS,
    });
    return parseDpkgQuery(stdout);
  } catch (error) {
    if (error instanceof CommandNotFoundError) return [];
    throw error;
  }
}
