// Which local account is on the other end of the channel. Node cannot ask the kernel for a Unix
// socket's peer (no SO_PEERCRED), so the client proves it instead: the service sends a random
// nonce, the client creates a file of that name holding it in the proof folder, and the file's
// owner, which the kernel sets to whoever created it, is the answer. The folder (mode 1733) lets
// every account create files but list none, and the sticky bit keeps anyone from renaming or
// removing another's; a symbolic or hard link to someone else's file is refused.
import {
  chmodSync,
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readSync,
  rmdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

/** Create and enter, but not list: nobody learns another's proof file name. Sticky: see above. */
export const PROOF_FOLDER_MODE = 0o1733;

/**
 * How old a proof file may be when it is checked, in ms: it is written just after the challenge,
 * so older means it was made for something else. Allows for coarse file-system clocks.
 */
export const PROOF_MAX_AGE_MS = 30_000;

/** A proof the service does not accept; `code` is told to the client. */
export class ProofError extends Error {
  readonly code: 'forbidden' | 'proof-expired';
  constructor(code: 'forbidden' | 'proof-expired', message: string) {
    super(message);
    this.name = 'ProofError';
    this.code = code;
  }
}

/** Makes the proof folder (service side), with its mode set whatever the umask. */
export function prepareProofFolder(folder: string): void {
  mkdirSync(folder, { recursive: true });
  const stats = lstatSync(folder);
  if (stats.isSymbolicLink() || !stats.isDirectory())
    throw new Error(`${folder} must be a folder of the service's own`);
  if (process.platform !== 'win32') chmodSync(folder, PROOF_FOLDER_MODE);
}

/**
 * Removes what a client left under its proof's name, and never throws: the name is the client's
 * to fill, so it may be a folder, already gone, or not removable, and none of that may stop the
 * service. A folder is removed only while empty (whatever is inside is that user's). Returns what
 * stood in the way, or null.
 */
export function removeProof(path: string): Error | null {
  try {
    rmSync(path, { force: true });
    return null;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ERR_FS_EISDIR' && code !== 'EISDIR') return error as Error;
  }
  try {
    rmdirSync(path);
    return null;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? null : (error as Error);
  }
}

/** Client side: the proof file, created new (never an existing one, never through a link). */
export function writeProof(folder: string, nonce: string): string {
  const path = join(folder, nonce);
  writeFileSync(path, nonce, { flag: 'wx', mode: 0o600 });
  return path;
}

/**
 * Service side, Unix: checks the proof file for `nonce` and returns its owner's uid. The file is
 * removed whatever the outcome, so a proof serves once.
 */
export function verifyUnixProof(
  folder: string,
  nonce: string,
  issuedAtMs: number,
  now: () => number = Date.now,
): number {
  const path = join(folder, nonce);
  try {
    let before;
    try {
      before = lstatSync(path);
    } catch {
      throw new ProofError('forbidden', 'no proof file was written for this connection');
    }
    if (before.isSymbolicLink()) throw new ProofError('forbidden', 'the proof is a link');
    if (!before.isFile()) throw new ProofError('forbidden', 'the proof is not a plain file');
    // A hard link would lend this name another account's file.
    if (before.nlink !== 1) throw new ProofError('forbidden', 'the proof file has other names');
    if (before.mtimeMs < issuedAtMs - PROOF_MAX_AGE_MS || before.mtimeMs > now() + PROOF_MAX_AGE_MS)
      throw new ProofError('proof-expired', 'the proof file was not written for this connection');
    // Opened without following links and checked to be the very file examined above: a swap
    // between the two steps is caught.
    const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    try {
      const opened = fstatSync(fd);
      if (opened.ino !== before.ino || opened.dev !== before.dev || opened.uid !== before.uid)
        throw new ProofError('forbidden', 'the proof file changed while it was checked');
      const buffer = Buffer.alloc(nonce.length + 1);
      const read = readSync(fd, buffer, 0, buffer.length, 0);
      if (buffer.subarray(0, read).toString('utf8') !== nonce)
        throw new ProofError('forbidden', 'the proof file does not hold this connection’s nonce');
    } finally {
      closeSync(fd);
    }
    return before.uid;
  } finally {
    // What cannot be removed is logged by the server, which tries again as the connection ends.
    removeProof(path);
  }
}
