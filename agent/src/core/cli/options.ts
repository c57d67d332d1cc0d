import { type parseArgs } from 'node:util';
import pino, { type Logger } from 'pino';
import { HELP_CATEGORIES } from '@handraise/shared';
import { AgentConfigError } from '../agent-config.ts';
import { defaultAgentDataDir } from '../agent-paths.ts';
import type { AgentSettings } from '../agent-service.ts';
import { AGENT_VERSION } from '../agent-version.ts';

/** Exit codes: 0 done, 1 bad usage or configuration, 2 the hub refused, 3 not delivered in time. */
export const EXIT = { ok: 0, usage: 1, refused: 2, undelivered: 3 } as const;

export const USAGE = `handraise-agent ${AGENT_VERSION}

Usage:
  handraise-agent run [--hub URL] [--token TOKEN] [--once] [--timeout SECONDS]
  handraise-agent inventory [--json]
  handraise-agent help [TEXT] [--category NAME] [--screenshot FILE | --screenshot-now]
                       [--blur X,Y,W,H ...] [--requester NAME] [--once] [--timeout SECONDS]
  handraise-agent status
  handraise-agent parse --source NAME FILE

Options for every command:
  --data-dir DIR    where credentials and the outbox live (default ${defaultAgentDataDir()})
  --config FILE     JSON settings: { "hub": URL, "token": TOKEN, "inventoryIntervalHours": N }

Categories: ${HELP_CATEGORIES.join(', ')}
`;

export const OPTIONS = {
  hub: { type: 'string' },
  token: { type: 'string' },
  config: { type: 'string' },
  'data-dir': { type: 'string' },
  once: { type: 'boolean' },
  timeout: { type: 'string' },
  json: { type: 'boolean' },
  category: { type: 'string' },
  screenshot: { type: 'string' },
  'screenshot-now': { type: 'boolean' },
  blur: { type: 'string', multiple: true },
  requester: { type: 'string' },
  source: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export type Values = ReturnType<
  typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>
>['values'];

/** Logs go to stderr so that stdout carries only what the command prints for people and scripts. */
export function cliLogger(): Logger {
  return pino(
    { name: 'handraise-agent', level: process.env.HANDRAISE_LOG_LEVEL ?? 'info' },
    pino.destination(2),
  );
}

export const say = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

/** `--timeout` in seconds, or the command's default. */
export function timeoutSeconds(values: Values, fallback: number): number {
  if (values.timeout === undefined) return fallback;
  const seconds = Number(values.timeout);
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new AgentConfigError('--timeout takes a positive number of seconds');
  }
  return seconds;
}

export const settingsFrom = (values: Values): AgentSettings => ({
  dataDir: values['data-dir'] ?? defaultAgentDataDir(),
  hub: values.hub,
  token: values.token,
  configPath: values.config,
});

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
