// Where the enrollment token comes from. A token on the command line can be read by any local
// user while the agent runs (/proc/PID/cmdline, `ps`), so the agent also takes it from a private
// file, from the environment (readable only by the same user and root) or from standard input.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { AgentConfigError } from '../agent-config-error.ts';

/** The environment variable the agent reads a token from (the hub creates a token from it too). */
export const ENROLL_TOKEN_VARIABLE = 'HANDRAISE_ENROLL_TOKEN';

/** The hub's bounds on a token (enrollSchema in the shared contract). */
export const TOKEN_MIN_CHARS = 8;
export const TOKEN_MAX_CHARS = 256;

/** A token file is one line; anything much larger is the wrong file. */
const MAX_TOKEN_FILE_BYTES = 4096;

/** Group and other permission bits: any of them lets another account read or replace the token. */
const SHARED_MODE_BITS = 0o077;

/** The token's first line without blanks or a byte-order mark (Notepad writes one). */
export function firstLine(text: string): string {
  return (text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '').trim();
}

/** Checks a token's length against the hub's bounds; `from` names where it came from. */
export function checkedToken(token: string, from: string): string {
  if (token.length < TOKEN_MIN_CHARS || token.length > TOKEN_MAX_CHARS) {
    throw new AgentConfigError(
      token.length === 0
        ? `no enrollment token in ${from}`
        : `the enrollment token in ${from} must be ${TOKEN_MIN_CHARS} to ${TOKEN_MAX_CHARS} characters`,
    );
  }
  return token;
}

export type FileOwner = { platform: NodeJS.Platform; uid: number | undefined };

const thisProcess = (): FileOwner => ({ platform: process.platform, uid: process.getuid?.() });

/**
 * The token in `path` (its first line). On Linux and macOS the file must belong to this account
 * (or root) and allow no access to anyone else: a token others can read lets them enroll computers
 * of their own into the school's hub, one others can write lets them choose where this one enrolls.
 * Windows keeps file access in ACLs, which this check cannot read.
 */
export function readTokenFile(path: string, owner: FileOwner = thisProcess()): string {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new AgentConfigError(
      code === 'ENOENT'
        ? `token file not found: ${path}`
        : `cannot read the token file ${path} (${code ?? 'error'})`,
    );
  }
  try {
    // The checks and the read go through one descriptor, so the file checked is the file read.
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new AgentConfigError(`the token file ${path} is not a file`);
    if (owner.platform !== 'win32') {
      if ((stats.mode & SHARED_MODE_BITS) !== 0) {
        const mode = (stats.mode & 0o777).toString(8).padStart(4, '0');
        throw new AgentConfigError(
          `the token file ${path} can be read or changed by other users (mode ${mode}); ` +
            `make it private first: chmod 600 ${path}`,
        );
      }
      if (owner.uid !== undefined && stats.uid !== owner.uid && stats.uid !== 0) {
        throw new AgentConfigError(
          `the token file ${path} belongs to another user (uid ${stats.uid}); it must belong to this account or root`,
        );
      }
    }
    if (stats.size > MAX_TOKEN_FILE_BYTES)
      throw new AgentConfigError(`the token file ${path} is too large to hold a token`);
    const buffer = Buffer.alloc(MAX_TOKEN_FILE_BYTES);
    const length = readSync(fd, buffer, 0, buffer.length, 0);
    return checkedToken(
      firstLine(buffer.subarray(0, length).toString('utf8')),
      `the token file ${path}`,
    );
  } finally {
    closeSync(fd);
  }
}

export type TokenSources = {
  /** `--token TOKEN` (or what `--token -` read from standard input). */
  flag?: string | undefined;
  /** `--token-file FILE`. */
  file?: string | undefined;
  env?: NodeJS.ProcessEnv;
  /** `token` in the config file, already checked by its schema. */
  config?: string | undefined;
};

/**
 * The enrollment token, first found of: `--token`, `--token-file`, HANDRAISE_ENROLL_TOKEN, the
 * config file. Only the one that wins is read; undefined when none is given.
 */
export function enrollmentToken(sources: TokenSources, owner?: FileOwner): string | undefined {
  if (sources.flag !== undefined) return checkedToken(sources.flag.trim(), 'the --token option');
  if (sources.file !== undefined) return readTokenFile(sources.file, owner);
  const fromEnv = sources.env?.[ENROLL_TOKEN_VARIABLE]?.trim();
  if (fromEnv) return checkedToken(fromEnv, `the ${ENROLL_TOKEN_VARIABLE} variable`);
  return sources.config;
}
