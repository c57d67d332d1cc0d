import type { SoftwareItem } from '@handraise/shared';
import { parseSystemProfilerXml } from '../../parsers/macos/system-profiler-xml.ts';
import { CommandNotFoundError, runCommand } from '../../run-command.ts';

/** The command runner; tests pass a stand-in. */
type RunCommandFn = typeof runCommand;

const SYSTEM_PROFILER = '/usr/sbin/system_profiler';

/**
 * The XML form (a plist, stable across macOS versions and not localized like the text form);
 * `-detailLevel mini` leaves out personal details the inventory does not need.
 */
export const SYSTEM_PROFILER_ARGS = ['-xml', '-detailLevel', 'mini', 'SPApplicationsDataType'];

/** system_profiler walks every app bundle Spotlight knows: seconds, up to a minute on old Macs. */
const SYSTEM_PROFILER_TIMEOUT_MS = 60_000;

/** Lists installed applications as system_profiler reports them. */
export async function collectMacApplications(
  run: RunCommandFn = runCommand,
): Promise<SoftwareItem[]> {
  try {
    const { stdout } = await run(SYSTEM_PROFILER, SYSTEM_PROFILER_ARGS, {
      timeoutMs: SYSTEM_PROFILER_TIMEOUT_MS,
    });
    return parseSystemProfilerXml(stdout);
  } catch (error) {
    if (error instanceof CommandNotFoundError) return [];
    throw error;
  }
}
