// `handraise-agent`: the headless agent. Commands: run, inventory, help, status.
import { parseArgs } from 'node:util';
import pino from 'pino';
import { HELP_CATEGORIES, helpCategorySchema, helpCreateSchema } from '@handraise/shared';
import { AgentConfigError } from './agent-config.ts';
import { defaultAgentDataDir } from './agent-paths.ts';
import {
  ensureEnrolled,
  resolveSettings,
  startAgent,
  type AgentSettings,
} from './agent-service.ts';
import { AGENT_VERSION } from './agent-version.ts';
import { readCredentials } from './credentials.ts';
import { EnrollmentError } from './enroll.ts';
import {
  newHelpRequest,
  readScreenshot,
  ScreenshotFileError,
  takeSnapshot,
} from './help-request.ts';
import { collectInventory } from './inventory.ts';
import { fullReport } from './inventory-report.ts';
import { openOutbox } from './outbox.ts';
import { createHubClient } from './hub-client.ts';

/** Exit codes: 0 done, 1 bad usage or configuration, 2 the hub refused, 3 not delivered in time. */
export const EXIT = { ok: 0, usage: 1, refused: 2, undelivered: 3 } as const;

/** How long `--once` waits for the hub by default. */
const DEFAULT_ONCE_TIMEOUT_S = 60;
/** How long `help` without `--once` tries to send before leaving the request to the service. */
const HELP_TRY_S = 15;

const USAGE = `handraise-agent ${AGENT_VERSION}

Usage:
  handraise-agent run [--hub URL] [--token TOKEN] [--once] [--timeout SECONDS]
  handraise-agent inventory [--json]
  handraise-agent help [TEXT] [--category NAME] [--screenshot FILE] [--requester NAME] [--once] [--timeout SECONDS]
  handraise-agent status

Options for every command:
  --data-dir DIR    where credentials and the outbox live (default ${defaultAgentDataDir()})
  --config FILE     JSON settings: { "hub": URL, "token": TOKEN, "inventoryIntervalHours": N }

Categories: ${HELP_CATEGORIES.join(', ')}
`;

const OPTIONS = {
  hub: { type: 'string' },
  token: { type: 'string' },
  config: { type: 'string' },
  'data-dir': { type: 'string' },
  once: { type: 'boolean' },
  timeout: { type: 'string' },
  json: { type: 'boolean' },
  category: { type: 'string' },
  screenshot: { type: 'string' },
  requester: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<
  typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>
>['values'];

const logger = pino(
  { name: 'handraise-agent', level: process.env.HANDRAISE_LOG_LEVEL ?? 'info' },
  pino.destination(2),
);
const say = (line: string) => process.stdout.write(`${line}\n`);

function timeoutSeconds(values: Values, fallback: number): number {
  if (values.timeout === undefined) return fallback;
  const seconds = Number(values.timeout);
  if (!Number.isFinite(seconds) || seconds <= 0)
    throw new AgentConfigError('--timeout takes a positive number of seconds');
  return seconds;
}

const settingsFrom = (values: Values): AgentSettings => ({
  dataDir: values['data-dir'] ?? defaultAgentDataDir(),
  hub: values.hub,
  token: values.token,
  configPath: values.config,
});

/** Resolves true if `done` resolves before the deadline. */
async function within(seconds: number, done: Promise<unknown>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<false>(
    (resolve) => (timer = setTimeout(() => resolve(false), seconds * 1000)),
  );
  const result = await Promise.race([done.then(() => true), expired]);
  clearTimeout(timer);
  return result;
}

async function commandRun(values: Values): Promise<number> {
  let fatal: ((error: Error) => void) | undefined;
  const failed = new Promise<Error>((resolve) => (fatal = resolve));
  const agent = await startAgent(settingsFrom(values), {
    logger,
    onFatal: (error) => fatal?.(error),
    reportOnConnect: !values.once,
  });
  say(
    `Handraise agent ${AGENT_VERSION}: device ${agent.credentials.deviceId}, hub ${agent.credentials.hub}`,
  );

  if (values.once) {
    const deadline = timeoutSeconds(values, DEFAULT_ONCE_TIMEOUT_S);
    let delivered = false;
    const work = (async () => {
      await agent.client.connected();
      const reported = await agent.client.reportInventory({ fresh: true });
      const flushed = await agent.client.flushOutbox();
      delivered = reported && flushed.pending === 0;
    })();
    const outcome = await Promise.race([within(deadline, work), failed]);
    agent.close();
    if (outcome instanceof Error) throw outcome;
    say(
      delivered
        ? 'Inventory and requests delivered.'
        : `Not everything was delivered within ${deadline} s.`,
    );
    return delivered ? EXIT.ok : EXIT.undelivered;
  }

  const stop = new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  const outcome = await Promise.race([stop, failed]);
  agent.close();
  if (outcome instanceof Error) throw outcome;
  return EXIT.ok;
}

async function commandInventory(values: Values): Promise<number> {
  const inventory = await collectInventory();
  if (values.json) {
    say(JSON.stringify(fullReport(inventory), null, 2));
    return EXIT.ok;
  }
  const { os, hardware, software, updates } = inventory.sections;
  say(`${os.hostname}: ${os.name} ${os.version} (${os.arch})`);
  say(`${hardware.manufacturer ?? ''} ${hardware.model ?? ''}`.trim() || 'hardware maker unknown');
  say(
    `CPU ${hardware.cpu.brand}, ${hardware.cpu.cores} threads; memory ${(hardware.memoryBytes / 1024 ** 3).toFixed(1)} GiB`,
  );
  say(`${software.length} installed packages, ${updates.length} pending updates`);
  for (const note of inventory.notes) say(`note: ${note.collector}: ${note.error}`);
  return EXIT.ok;
}

async function commandHelp(values: Values, positionals: string[]): Promise<number> {
  const category = helpCategorySchema.safeParse(values.category ?? 'other');
  if (!category.success)
    throw new AgentConfigError(`unknown category; use one of: ${HELP_CATEGORIES.join(', ')}`);
  const screenshot = values.screenshot ? readScreenshot(values.screenshot) : undefined;
  const request = newHelpRequest({
    category: category.data,
    text: positionals.join(' '),
    requester: values.requester,
    screenshot,
    snapshot: await takeSnapshot(),
  });
  const checked = helpCreateSchema.safeParse(request);
  if (!checked.success)
    throw new AgentConfigError(
      `cannot send this request: ${checked.error.issues[0]?.message ?? 'invalid'}`,
    );

  const settings = settingsFrom(values);
  const resolved = resolveSettings(settings);
  // Saved before anything else: from here on the request survives a crash or a hub that is down.
  const store = openOutbox(resolved.files.store);
  store.add({ kind: 'help:create', payload: request });
  say(`Saved your request (${request.idempotencyKey}).`);

  const seconds = timeoutSeconds(values, values.once ? DEFAULT_ONCE_TIMEOUT_S : HELP_TRY_S);
  const credentials = readCredentials(resolved.files.credentials);
  if (!credentials) {
    store.close();
    say('This computer is not enrolled yet; the request will be sent once it is.');
    return values.once ? EXIT.undelivered : EXIT.ok;
  }
  const client = createHubClient({
    credentials,
    agentVersion: AGENT_VERSION,
    store,
    collect: () => collectInventory(),
    logger,
    // A one-off command does not report inventory on a schedule; the service does.
    inventoryIntervalMs: 2 ** 31 - 1,
    reportOnConnect: false,
  });
  client.start();
  await within(
    seconds,
    (async () => {
      await client.connected();
      await client.flushOutbox();
    })(),
  );
  client.close();
  const item = store.get(request.idempotencyKey);
  store.close();
  if (item?.status === 'delivered') {
    say(`Sent. Someone will look at it soon (request ${item.requestId}).`);
    return EXIT.ok;
  }
  if (item?.status === 'rejected') {
    say(`The hub refused the request (${item.lastError}).`);
    return EXIT.refused;
  }
  say('Saved — it will be sent when the school network is back.');
  return values.once ? EXIT.undelivered : EXIT.ok;
}

function commandStatus(values: Values): number {
  const resolved = resolveSettings(settingsFrom(values));
  const credentials = readCredentials(resolved.files.credentials);
  say(
    credentials
      ? `Enrolled as device ${credentials.deviceId} with ${credentials.hub}`
      : 'Not enrolled.',
  );
  const store = openOutbox(resolved.files.store);
  const items = store.all();
  store.close();
  const count = (status: string) => items.filter((i) => i.status === status).length;
  say(
    `Requests: ${count('pending')} waiting to be sent, ${count('delivered')} delivered, ${count('rejected')} refused.`,
  );
  return EXIT.ok;
}

/** Runs one command line; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    process.stdout.write(USAGE);
    return values.help ? EXIT.ok : EXIT.usage;
  }
  try {
    switch (command) {
      case 'run':
        return await commandRun(values);
      case 'inventory':
        return await commandInventory(values);
      case 'help':
        return await commandHelp(values, rest);
      case 'status':
        return commandStatus(values);
      case 'enroll':
        await ensureEnrolled(resolveSettings(settingsFrom(values)), { force: true });
        say('Enrolled.');
        return EXIT.ok;
      default:
        process.stderr.write(`unknown command: ${command}\n\n${USAGE}`);
        return EXIT.usage;
    }
  } catch (error) {
    if (error instanceof AgentConfigError || error instanceof ScreenshotFileError) {
      process.stderr.write(`handraise-agent: ${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof EnrollmentError) {
      process.stderr.write(`handraise-agent: ${error.message}\n`);
      return error.code === 'unreachable' ? EXIT.undelivered : EXIT.refused;
    }
    throw error;
  }
}

if (import.meta.main) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      logger.fatal({ err: error }, 'handraise-agent failed');
      process.exitCode = EXIT.usage;
    },
  );
}
