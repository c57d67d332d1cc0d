// `handraise-agent`: the headless agent. Each command's module is loaded only when it runs, so
// `inventory` does not pay for the socket client or the outbox database.
import { parseArgs } from 'node:util';
import { AgentConfigError } from './agent-config.ts';
import { ensureEnrolled, resolveSettings } from './agent-service.ts';
import { EnrollmentError } from './enroll.ts';
import { ScreenshotFileError } from './help-request.ts';
import { ScreenshotError } from './screenshot/screenshot-error.ts';
import { EXIT, OPTIONS, say, settingsFrom, USAGE, type Values } from './cli/options.ts';

export { EXIT } from './cli/options.ts';

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
    case 'enroll':
      await ensureEnrolled(resolveSettings(settingsFrom(values)), { force: true });
      say('Enrolled.');
      return EXIT.ok;
    default:
      process.stderr.write(`unknown command: ${command}\n\n${USAGE}`);
      return EXIT.usage;
  }
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
    return await dispatch(command, values, rest);
  } catch (error) {
    if (error instanceof AgentConfigError || error instanceof ScreenshotFileError) {
      process.stderr.write(`handraise-agent: ${error.message}\n`);
      return EXIT.usage;
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
  main(process.argv.slice(2)).then(
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
