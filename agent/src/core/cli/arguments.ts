// The command line's shape: options, exit codes, settings. Light on purpose: every command loads
// it, so it imports no schema, logger or hub client (see cli.ts).
import type { parseArgs } from 'node:util';
import { defaultAgentDataDir } from '../agent-paths.ts';
import type { AgentSettings } from '../agent-service.ts';

/** Exit codes: 0 done, 1 bad usage or configuration, 2 the hub refused, 3 not delivered in time. */
export const EXIT = { ok: 0, usage: 1, refused: 2, undelivered: 3 } as const;

export const OPTIONS = {
  hub: { type: 'string' },
  token: { type: 'string' },
  'token-file': { type: 'string' },
  seat: { type: 'string' },
  'hub-fingerprint': { type: 'string' },
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
  urgent: { type: 'boolean' },
  source: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export type Values = ReturnType<
  typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>
>['values'];

export const say = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

export const settingsFrom = (values: Values): AgentSettings => ({
  dataDir: values['data-dir'] ?? defaultAgentDataDir(),
  hub: values.hub,
  token: values.token,
  tokenFile: values['token-file'],
  seat: values.seat,
  hubFingerprint: values['hub-fingerprint'],
  configPath: values.config,
});
