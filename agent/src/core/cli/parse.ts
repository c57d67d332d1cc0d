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
  } catch {
    throw new AgentConfigError(`cannot read ${file}`);
  }
  say(JSON.stringify(PARSE_SOURCES[source].parse(bytes), null, 2));
  return EXIT.ok;
}
