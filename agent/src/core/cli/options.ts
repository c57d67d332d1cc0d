// Shared by the commands beyond `inventory`: usage text (it lists the help categories), the
// logger, timeouts. The light part every command needs is in arguments.ts.
import pino, { type Logger } from 'pino';
import { HELP_CATEGORIES } from '@handraise/shared';
import { AgentConfigError } from '../agent-config-error.ts';
import { defaultAgentDataDir } from '../agent-paths.ts';
import { AGENT_VERSION } from '../agent-version.ts';
import { ENROLL_TOKEN_VARIABLE } from '../enrollment/token-sources.ts';
import type { Values } from './arguments.ts';

export const USAGE = `handraise-agent ${AGENT_VERSION}

Usage:
  handraise-agent run [--hub URL] [--token-file FILE | --token -] [--seat SEAT]
                      [--hub-fingerprint SHA256] [--once] [--timeout SECONDS]
  handraise-agent inventory [--json]
  handraise-agent help [TEXT] [--category NAME] [--screenshot FILE | --screenshot-now]
                       [--blur X,Y,W,H ...] [--requester NAME] [--urgent] [--once] [--timeout SECONDS]
  handraise-agent status
  handraise-agent enroll [--hub URL] [--token-file FILE | --token -] [--hub-fingerprint SHA256]
                         enroll again on purpose (a retired or revoked computer stays away until then)
  handraise-agent parse --source NAME FILE
  handraise-agent service install|uninstall|run
  handraise-agent release keygen KEY_FILE | sign PACKAGE KEY_FILE VERSION PLATFORM ARCH
  handraise-agent launch -- COMMAND…   (what the service runs: starts updates, rolls them back)

Options for every command:
  --data-dir DIR    where credentials and the outbox live (default ${defaultAgentDataDir()})
  --config FILE     JSON settings: { "hub": URL, "token": TOKEN, "inventoryIntervalHours": N }

The enrollment token (needed once, to enroll), the first of:
  --token-file FILE          its first line; the file must be private (chmod 600 FILE)
  --token -                  read from standard input: handraise-agent run --token - < FILE
  ${ENROLL_TOKEN_VARIABLE}     in the environment
  "token" in the config file
  --token TOKEN works too, but any local user can read a command line while it runs.

At enrollment, --seat names where the computer sits in its room: "B3", or "row 2 seat 3"
(also "row 2, pc 3"), which places it on the room's floor grid in the console.

With an https:// hub, --hub-fingerprint (or "hubFingerprint" in the config file) is the hub's
certificate as the console's Settings shows it (or as openssl prints it); without it, the
certificate the hub presents at a first enrollment is trusted from then on. Any other certificate
is refused, also when enrolling again; remove credentials.json first to pin another one.

With help, --urgent says the class is stopped: the help desk sees it first.

service install registers the machine-wide service (systemd, launchd or a Windows service) and
starts it; service uninstall stops and removes it (both as root / Administrator). The service
runs the agent for the whole computer, and each signed-in user's tray asks for help through it.

Categories: ${HELP_CATEGORIES.join(', ')}
`;

/** Logs go to stderr so that stdout carries only what the command prints for people and scripts. */
export function cliLogger(): Logger {
  return pino(
    { name: 'handraise-agent', level: process.env.HANDRAISE_LOG_LEVEL ?? 'info' },
    pino.destination(2),
  );
}

/** `--timeout` in seconds, or the command's default. */
export function timeoutSeconds(values: Values, fallback: number): number {
  if (values.timeout === undefined) return fallback;
  const seconds = Number(values.timeout);
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new AgentConfigError('--timeout takes a positive number of seconds');
  }
  return seconds;
}

/** Resolves true if `done` resolves before the deadline. */
export async function within(seconds: number, done: Promise<unknown>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<false>(
    (resolve) => (timer = setTimeout(() => resolve(false), seconds * 1000)),
  );
  const result = await Promise.race([done.then(() => true), expired]);
  clearTimeout(timer);
  return result;
}
