// `handraise-agent`: the headless agent. Each command's module is loaded only when it runs, so
// `inventory` does not pay for the socket client, the outbox database, the logger or the
// usage text (which lists the help categories, and with them the whole protocol's schemas).
// Only light modules are imported here: the error classes, the options' shape and the reader of
// `--token -` (Node built-ins only).
import { AgentConfigError } from './agent-config-error.ts';
import { EnrollmentError } from './enrollment-error.ts';
import { HubRefusedError } from './hub-refusal.ts';
import { ScreenshotError, ScreenshotFileError } from './screenshot/screenshot-error.ts';
import { EXIT, OPTIONS, say, settingsFrom, type Values } from './cli/arguments.ts';
import { unsupportedNode } from './cli/node-version.ts';
import { tuneAgentProcess } from './cli/process-tuning.ts';
import { readTokenFromInput, STDIN_TOKEN } from './cli/token-input.ts';
import { ServiceInstallError } from './service/service-install-error.ts';
import { StorageError } from './storage/sqlite-errors.ts';

// Taken from the module object rather than imported: bundled, an import of node:util reads
// every export of it, which loads a dozen modules (worker threads, diff) and ~3 MB of memory
// before any command runs.
const { parseArgs } = process.getBuiltinModule('node:util');

async function usage(): Promise<string> {
  return (await import('./cli/options.ts')).USAGE;
}

async function dispatch(command: string, values: Values, rest: string[]): Promise<number> {
  switch (command) {
    case 'run':
      return (await import('./cli/run.ts')).commandRun(values);
    case 'inventory':
      return (await import('./cli/inventory.ts')).commandInventory(values);
    case 'help':
      return (await import('./cli/help.ts')).commandHelp(values, rest);
    case 'parse':
      return (await import('./cli/parse.ts')).commandParse(values, rest);
    case 'status':
      return (await import('./cli/status.ts')).commandStatus(values);
    case 'service':
      return (await import('./service/service-command.ts')).commandService(values, rest);
    case 'release':
      return (await import('./update/release-command.ts')).commandRelease(rest);
    case 'launch': {
      const { cliLogger } = await import('./cli/options.ts');
      return (await import('./update/launch-command.ts')).commandLaunch(rest, cliLogger());
    }
    case 'enroll': {
      const { ensureEnrolled, resolveSettings } = await import('./agent-service.ts');
      await ensureEnrolled(resolveSettings(settingsFrom(values)), { force: true });
      say('Enrolled.');
      return EXIT.ok;
    }
    default:
      process.stderr.write(`unknown command: ${command}\n\n${await usage()}`);
      return EXIT.usage;
  }
}

/**
 * Runs one command line; returns the exit code. `tuneProcess`: this process is the agent's own
 * (see cli/process-tuning.ts).
 */
export async function main(
  argv: string[],
  runtime: { tuneProcess?: boolean } = {},
): Promise<number> {
  if (runtime.tuneProcess) tuneAgentProcess();
  const tooOld = unsupportedNode(process.versions.node);
  if (tooOld) {
    process.stderr.write(`${tooOld}\n`);
    return EXIT.usage;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${await usage()}`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    process.stdout.write(await usage());
    return values.help ? EXIT.ok : EXIT.usage;
  }
  try {
    if (values.token === STDIN_TOKEN) values.token = await readTokenFromInput();
    return await dispatch(command, values, rest);
  } catch (error) {
    if (
      error instanceof AgentConfigError ||
      error instanceof ScreenshotFileError ||
      error instanceof StorageError ||
      error instanceof ServiceInstallError
    ) {
      process.stderr.write(`handraise-agent: ${error.message}\n`);
      return EXIT.usage;
    }
    // What was saved stays in the outbox; the sentence says what the person can do about it.
    if (error instanceof HubRefusedError) {
      process.stderr.write(`handraise-agent: ${error.message}\n`);
      return EXIT.refused;
    }
    if (error instanceof EnrollmentError) {
      process.stderr.write(`handraise-agent: ${error.message}\n`);
      return error.code === 'unreachable' ? EXIT.undelivered : EXIT.refused;
    }
    if (error instanceof ScreenshotError) {
      process.stderr.write(
        `handraise-agent: cannot take a screenshot: ${(error as Error).message}\n`,
      );
      return EXIT.usage;
    }
    throw error;
  }
}

if (import.meta.main) {
  main(process.argv.slice(2), { tuneProcess: true }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `handraise-agent: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = EXIT.usage;
    },
  );
}
