import type { PendingUpdate } from '@handraise/shared';
import { parseBrewOutdatedJson } from '../../parsers/macos/brew-outdated-json.ts';
import { CommandNotFoundError, runCommand } from '../../run-command.ts';

/** The command runner; tests pass a stand-in. */
type RunCommandFn = typeof runCommand;

/** `brew outdated` reads local tap data only; big installs still take several seconds. */
const BREW_TIMEOUT_MS = 60_000;

const ROOT_UID = 0;

/**
 * Keeps brew from refreshing its taps (network, minutes) and from sending analytics on behalf of
 * an inventory run. The answer is as fresh as the user's last `brew update`.
 */
const BREW_ENV = { HOMEBREW_NO_AUTO_UPDATE: '1', HOMEBREW_NO_ANALYTICS: '1' } as const;

/**
 * Lists outdated Homebrew formulae and casks, when `brew` is on the agent's PATH. Skipped when the
 * agent runs as root: Homebrew refuses to run as root, and running a user-owned prefix's Ruby
 * code with root rights would hand that user root. `uid` is injectable for tests.
 */
export async function collectBrewOutdated(
  run: RunCommandFn = runCommand,
  uid: number | undefined = process.getuid?.(),
): Promise<PendingUpdate[]> {
  if (uid === ROOT_UID) return [];
  try {
    const { stdout } = await run('brew', ['outdated', '--json=v2'], {
      timeoutMs: BREW_TIMEOUT_MS,
      env: { ...BREW_ENV },
    });
    return parseBrewOutdatedJson(stdout);
  } catch (error) {
    if (error instanceof CommandNotFoundError) return [];
    throw error;
  }
}
