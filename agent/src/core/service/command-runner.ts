// Runs the OS's service manager (systemctl, launchctl, the Windows service wrapper). Injected, so
// tests put stand-in programs of those names on PATH (or in place) and the install runs real
// processes against them.
import { execFile } from 'node:child_process';

export type CommandOutcome = { code: number; output: string };
export type CommandRunner = (command: string, args: string[]) => Promise<CommandOutcome>;

/** How long one service-manager command may take, in ms (starting a service waits for it). */
export const SERVICE_COMMAND_TIMEOUT_MS = 60_000;

/** Runs `command` found on PATH; never throws for a non-zero exit, which callers judge. */
export const runCommand: CommandRunner = (command, args) =>
  new Promise((resolve) => {
    execFile(
      command,
      args,
      { timeout: SERVICE_COMMAND_TIMEOUT_MS, windowsHide: true },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 127) : 0;
        resolve({ code, output: `${stdout}${stderr}`.trim() });
      },
    );
  });
