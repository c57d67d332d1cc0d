import type { PendingUpdate } from '@handraise/shared';
import { parseSoftwareupdateList } from '../../parsers/macos/softwareupdate-list.ts';
import { CommandNotFoundError, runCommand } from '../../run-command.ts';

/** The command runner; tests pass a stand-in. */
type RunCommandFn = typeof runCommand;

const SOFTWAREUPDATE = '/usr/sbin/softwareupdate';

/** It asks Apple's catalog over the network and is known to hang; 90 s then give up. */
const SOFTWAREUPDATE_TIMEOUT_MS = 90_000;

/**
 * Lists updates Apple's Software Update offers. Recent macOS versions print the items on stdout
 * but the banner and "No new software available." on stderr, and older ones differ, so both
 * streams are read together.
 */
export async function collectSoftwareupdate(
  run: RunCommandFn = runCommand,
): Promise<PendingUpdate[]> {
  try {
    const { stdout, stderr } = await run(SOFTWAREUPDATE, ['--list'], {
      timeoutMs: SOFTWAREUPDATE_TIMEOUT_MS,
    });
    return parseSoftwareupdateList(`${stdout}\n${stderr}`);
  } catch (error) {
    if (error instanceof CommandNotFoundError) return [];
    throw error;
  }
}
