// A Unix uid's user name, for the hub and the log. `id -nu` reads the same account databases as
// the login did (files, LDAP, a directory service), on Linux and macOS alike.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** How long a name lookup may take, in ms (a slow directory server is not waited on). */
export const NAME_LOOKUP_TIMEOUT_MS = 5_000;

/** Longest name kept: the hub takes up to 64 characters. */
const MAX_NAME_CHARS = 64;

/** The user name for `uid`; `uid N` when the account databases have none (still unique). */
export async function unixAccountName(uid: number): Promise<string> {
  try {
    const { stdout } = await run('id', ['-nu', String(uid)], { timeout: NAME_LOOKUP_TIMEOUT_MS });
    const name = stdout.trim();
    if (name && name.length <= MAX_NAME_CHARS && !/[\p{Cc}\s]/u.test(name)) return name;
  } catch {
    // No such account in the databases: the number still says who it is.
  }
  return `uid ${uid}`;
}
