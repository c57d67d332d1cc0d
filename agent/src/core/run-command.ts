import { execFile } from 'node:child_process';
import type { ExecFileException } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * Room for the largest outputs we expect: `dpkg-query` on a big workstation prints ~6,000 lines,
 * and 20,000 lines of package data stay far below this. Past it Node kills the child.
 */
export const RUN_COMMAND_MAX_BUFFER_BYTES = 64 * 1024 * 1024;

/** Package tools translate their messages and number formats; parsers expect the C locale. */
const C_LOCALE_ENV = { LC_ALL: 'C', LANG: 'C' } as const;

export type RunCommandOptions = {
  /** Kill the child and reject once it has run this long. */
  timeoutMs: number;
  /** Extra environment variables, merged over the agent's own. */
  env?: Record<string, string>;
  /** Exit codes that mean success for this tool (some report "updates found" as 100). */
  okExitCodes?: readonly number[];
};

export type CommandResult = { stdout: string; stderr: string; exitCode: number };

/** Rejection of `runCommand` when the program is not installed: often a normal answer. */
export class CommandNotFoundError extends Error {
  readonly command: string;
  constructor(command: string, options?: ErrorOptions) {
    super(`${command} not found`, options);
    this.name = 'CommandNotFoundError';
    this.command = command;
  }
}

/** Longest stderr excerpt quoted in an exit-code error, so notes stay short. */
const STDERR_EXCERPT_CHARS = 200;

/** Where to look when PATH is unset, as the C library's exec does. */
const DEFAULT_PATH = '/usr/local/bin:/usr/bin:/bin';

/**
 * Whether `cmd` names an executable file, looked up on `path` as the child's exec would. Most
 * package tools a collector tries are absent on a given machine (rpm on Debian, snap without
 * snapd…); finding that out by spawning costs a fork of the whole agent each time. The lookup
 * is a dozen access() calls on local folders, done at once rather than queued behind the
 * collectors' other file reads.
 */
export function isOnPath(cmd: string, path: string = DEFAULT_PATH): boolean {
  const candidates = cmd.includes('/')
    ? [cmd]
    : path
        .split(delimiter)
        .filter((dir) => dir !== '')
        .map((dir) => join(dir, cmd));
  return candidates.some((file) => {
    try {
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** Runs a program without a shell, in the C locale, and resolves with its output. */
export async function runCommand(
  cmd: string,
  args: readonly string[],
  options: RunCommandOptions,
): Promise<CommandResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env, ...C_LOCALE_ENV };
  // Windows resolves through PATHEXT and App Paths as well; there execFile decides alone.
  if (process.platform !== 'win32' && !isOnPath(cmd, env.PATH)) {
    throw new CommandNotFoundError(cmd);
  }
  return spawnCommand(cmd, args, env, options);
}

function spawnCommand(
  cmd: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  options: RunCommandOptions,
): Promise<CommandResult> {
  const okExitCodes = options.okExitCodes ?? [0];
  return new Promise((resolve, reject) => {
    execFile(
      cmd,
      args,
      {
        env,
        encoding: 'utf8',
        timeout: options.timeoutMs,
        // Callers only run read-only queries, so a hard kill loses nothing and a child that
        // ignores SIGTERM cannot outlive its timeout.
        killSignal: 'SIGKILL',
        maxBuffer: RUN_COMMAND_MAX_BUFFER_BYTES,
        windowsHide: true,
      },
      (error, stdout, stderr) => {
        if (!error) {
          resolve({ stdout, stderr, exitCode: 0 });
          return;
        }
        if (typeof error.code === 'number' && okExitCodes.includes(error.code)) {
          resolve({ stdout, stderr, exitCode: error.code });
          return;
        }
        reject(describeFailure(cmd, error, stderr, options.timeoutMs));
      },
    );
  });
}

function describeFailure(
  cmd: string,
  error: ExecFileException,
  stderr: string,
  timeoutMs: number,
): Error {
  if (error.code === 'ENOENT') return new CommandNotFoundError(cmd, { cause: error });
  if (error.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
    return new Error(`${cmd} printed more than ${RUN_COMMAND_MAX_BUFFER_BYTES} bytes`, {
      cause: error,
    });
  }
  if (typeof error.code === 'number') {
    const excerpt = stderr.trim().slice(-STDERR_EXCERPT_CHARS);
    const detail = excerpt === '' ? '' : `: ${excerpt}`;
    return new Error(`${cmd} exited with ${error.code}${detail}`, { cause: error });
  }
  // Node sets `killed` when it sent the kill signal itself, which here means the timeout fired.
  if (error.killed) return new Error(`${cmd} timed out after ${timeoutMs} ms`, { cause: error });
  if (error.signal) return new Error(`${cmd} was killed by ${error.signal}`, { cause: error });
  return new Error(`${cmd} failed: ${error.message}`, { cause: error });
}
