import type { SoftwareItem } from '@handraise/shared';
import { RPM_QUERY_FORMAT, parseRpmQuery } from '../../parsers/linux/rpm-query.ts';
import { CommandNotFoundError, runCommand } from '../../run-command.ts';

/** `rpm -qa` reads one local database: 2,000 packages take a second or two. */
const RPM_QUERY_TIMEOUT_MS = 15_000;

/** Lists installed rpm packages (every kernel, no gpg-pubkey); a machine without rpm has none. */
export async function collectRpm(run: typeof runCommand = runCommand): Promise<SoftwareItem[]> {
  try {
    const { stdout } = await run('rpm', ['-qa', '--qf', RPM_QUERY_FORMAT], {
      timeoutMs: RPM_QUERY_TIMEOUT_MS,
    });
    return parseRpmQuery(stdout);
  } catch (error) {
    if (error instanceof CommandNotFoundError) return [];
    throw error;
  }
}
