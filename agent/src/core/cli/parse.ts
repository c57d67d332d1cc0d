import { readFileSync } from 'node:fs';
import { AgentConfigError } from '../agent-config.ts';
import { isParseSource, PARSE_SOURCES } from '../parsers/registry.ts';
import { EXIT, say, type Values } from './arguments.ts';

const SOURCES_HELP = Object.entries(PARSE_SOURCES)
  .map(([name, source]) => `  ${name.padEnd(26)} ${source.describes}`)
  .join('\n');

/**
 * `parse --source NAME FILE`: what the agent reads from a saved command output, as JSON (a list,
 * or the facts the source gives), so support staff can check a machine's output (and the corpus
 * suite can check the parsers).
 */
export function commandParse(values: Values, positionals: string[]): number {
  const source = values.source;
  if (!source || !isParseSource(source)) {
    throw new AgentConfigError(`--source must be one of:\n${SOURCES_HELP}`);
  }
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new AgentConfigError('parse takes exactly one FILE');
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new AgentConfigError(`cannot read ${file}: ${whyUnreadable(error)}`);
  }
  const facts = PARSE_SOURCES[source].parse(bytes);
  say(JSON.stringify(facts, null, 2));
  // Still exit 0: some outputs are empty on a real machine (no pending updates). But a person
  // who gave the wrong file or source should hear it, not read `{}` as "this machine has nothing".
  if (isEmpty(facts)) {
    process.stderr.write(
      `note: nothing in ${file} reads as ${source} output; is it the output of that command?\n`,
    );
  }
  return EXIT.ok;
}

function whyUnreadable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/** No facts at all: an empty list, or an object whose every part is empty. */
function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.values(value).every(isEmpty);
  return false;
}
