import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What a tool's answer depends on: single files, and folders each of whose entries counts. */
export type FingerprintInputs = {
  files: readonly string[];
  dirs: readonly string[];
};

/**
 * A digest of every input's identity and change times: inode, size, mtime and ctime, in
 * nanoseconds. ctime cannot be set from user space, so a file replaced by one with a back-dated
 * mtime (apt dates its lists with the server's Last-Modified) still changes the digest. A missing
 * or unreadable input is recorded as such, so its appearing changes the digest too. A folder
 * counts with its own times (an entry added or removed) and each entry's, one level deep.
 * `salt` folds in whatever else the answer depends on, such as the command line.
 * Synchronous: a few dozen stat() calls on local metadata take well under a millisecond, and
 * the tool they decide about should start before the other collectors' file reads, not
 * queued behind them.
 */
export function inputsFingerprint(inputs: FingerprintInputs, salt = ''): string {
  const described = [
    ...inputs.files.map((path) => describePath(path)),
    ...inputs.dirs.map((dir) => describeDir(dir)),
  ];
  return createHash('sha256').update(salt).update('\n').update(described.join('\n')).digest('hex');
}

function describePath(path: string): string {
  try {
    const s = statSync(path, { bigint: true });
    return `${path}\t${s.ino}\t${s.size}\t${s.mtimeNs}\t${s.ctimeNs}`;
  } catch (error) {
    return `${path}\t${errorCode(error)}`;
  }
}

function describeDir(dir: string): string {
  let names: string[];
  try {
    // Code-unit order: the digest must not depend on the order the file system lists entries in.
    names = readdirSync(dir).sort();
  } catch (error) {
    return `${dir}/\t${errorCode(error)}`;
  }
  return [describePath(dir), ...names.map((name) => describePath(join(dir, name)))].join('\n');
}

function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : 'unreadable';
}
