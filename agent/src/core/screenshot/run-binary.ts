import { execFile } from 'node:child_process';
import { CommandNotFoundError } from '../run-command.ts';

/**
 * Room for a raw capture on stdout: an uncompressed-looking 7680×4320 PNG is ~130 MB, and Node
 * kills the child past this rather than buffer without bound.
 */
export const RUN_BINARY_MAX_BUFFER_BYTES = 256 * 1024 * 1024;

/** Longest stderr excerpt kept in a failure, so messages stay short. */
const STDERR_EXCERPT_CHARS = 300;

export type BinaryRunOptions = {
  /** Kill the child and reject once it has run this long. */
  timeoutMs: number;
  /** Extra environment variables, merged over the agent's own. */
  env?: Record<string, string>;
};

export type BinaryResult = { stdout: Uint8Array; stderr: string };

/** How capture runs programs; tests pass their own to check commands without running them. */
export type BinaryRunner = (
  cmd: string,
  args: readonly string[],
  options: BinaryRunOptions,
) => Promise<BinaryResult>;

/** Rejection of `runBinary` when the program ran but failed; `exitCode` is null when killed. */
export class CommandFailedError extends Error {
  readonly command: string;
  readonly exitCode: number | null;
  readonly stderr: string;
  constructor(command: string, exitCode: number | null, stderr: string, options?: ErrorOptions) {
    const excerpt = stderr.trim().slice(-STDERR_EXCERPT_CHARS);
    const how = exitCode === null ? 'was killed' : `exited with ${exitCode}`;
    super(`${command} ${how}${excerpt === '' ? '' : `: ${excerpt}`}`, options);
    this.name = 'CommandFailedError';
    this.command = command;
    this.exitCode = exitCode;
    this.stderr = stderr;
  }
}

/** Runs a program without a shell and resolves with its stdout as raw bytes. */
export const runBinary: BinaryRunner = (cmd, args, options) =>
  new Promise((resolve, reject) => {
    execFile(
      cmd,
      args,
      {
        env: { ...process.env, ...options.env },
        // Not UTF-8 as in `runCommand`: decoding would corrupt image data.
        encoding: 'buffer',
        timeout: options.timeoutMs,
        // Capture tools only read the screen, so a hard kill loses nothing.
        killSignal: 'SIGKILL',
        maxBuffer: RUN_BINARY_MAX_BUFFER_BYTES,
        windowsHide: true,
      },
      (error, stdout, stderr) => {
        const stderrText = stderr.toString('utf8');
        if (!error) {
          resolve({ stdout, stderr: stderrText });
          return;
        }
        if (error.code === 'ENOENT') {
          reject(new CommandNotFoundError(cmd, { cause: error }));
          return;
        }
        if (error.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
          reject(
            new Error(`${cmd} printed more than ${RUN_BINARY_MAX_BUFFER_BYTES} bytes`, {
              cause: error,
            }),
          );
          return;
        }
        // Node sets `killed` when it sent the kill signal itself: here, the timeout fired.
        if (error.killed) {
          reject(new Error(`${cmd} timed out after ${options.timeoutMs} ms`, { cause: error }));
          return;
        }
        const exitCode = typeof error.code === 'number' ? error.code : null;
        reject(new CommandFailedError(cmd, exitCode, stderrText, { cause: error }));
      },
    );
  });
