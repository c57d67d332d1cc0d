import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The agent's own version, from its package.json; reported to the hub at every connection. */
export const AGENT_VERSION: string = (
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as {
    version: string;
  }
).version;
