import { CommandNotFoundError, runCommand, type CommandResult } from '../../run-command.ts';

/** The command runner collectors use; tests pass a stand-in. */
export type RunCommandFn = typeof runCommand;

/**
 * Prepended to every script: UTF-8 without BOM on stdout (the console default is the OEM code
 * page, which mangles non-ASCII names, and child programs such as winget inherit the setting),
 * no progress records (they would reach stderr as CLIXML), and errors that do not stop the
 * script unless the script says otherwise. Single quotes only: see toCommandArgument.
 */
const PRELUDE = [
  '[Console]::OutputEncoding = [Text.UTF8Encoding]::new($false)',
  "$ProgressPreference = 'SilentlyContinue'",
  "$ErrorActionPreference = 'SilentlyContinue'",
].join('; ');

export type PowerShellOptions = {
  run?: RunCommandFn;
  timeoutMs: number;
  okExitCodes?: readonly number[];
  env?: NodeJS.ProcessEnv;
  arch?: NodeJS.Architecture;
};

/**
 * The 64-bit Windows PowerShell, by full path. A 32-bit agent on 64-bit Windows would get the
 * 32-bit PowerShell from System32 (WOW64 redirects it), which sees only the 32-bit registry view;
 * `sysnative` is the way out of that redirection.
 */
export function powershellExecutable(
  env: NodeJS.ProcessEnv = process.env,
  arch: NodeJS.Architecture = process.arch,
): string {
  const windir = env.SystemRoot ?? env.WINDIR ?? 'C:\\Windows';
  const folder = arch === 'ia32' && env.PROCESSOR_ARCHITEW6432 ? 'sysnative' : 'System32';
  return `${windir}\\${folder}\\WindowsPowerShell\\v1.0\\powershell.exe`;
}

/** The arguments that run a script: no profile, no prompts, the script as one `-Command`. */
export function powershellArgs(script: string): string[] {
  return ['-NoProfile', '-NonInteractive', '-Command', toCommandArgument(`${PRELUDE}; ${script}`)];
}

/** Runs a script with Windows PowerShell and resolves with its output. */
export function runPowerShell(script: string, options: PowerShellOptions): Promise<CommandResult> {
  const run = options.run ?? runCommand;
  const runOptions: { timeoutMs: number; okExitCodes?: readonly number[] } = {
    timeoutMs: options.timeoutMs,
  };
  if (options.okExitCodes) runOptions.okExitCodes = options.okExitCodes;
  return run(powershellExecutable(options.env, options.arch), powershellArgs(script), runOptions);
}

/** True for the error that means PowerShell (or the program asked for) is not there. */
export function isNotFound(error: unknown): boolean {
  return error instanceof CommandNotFoundError;
}

// Node quotes an argument containing spaces as "..." and escapes inner double quotes with a
// backslash, which powershell.exe's command-line parsing does not undo reliably; line breaks in
// a command-line argument are no safer. Scripts therefore use single quotes only and are one
// line of `;`-separated statements.
function toCommandArgument(script: string): string {
  if (script.includes('"') || script.includes('\n')) {
    throw new Error('PowerShell scripts must be one line without double quotes');
  }
  return script;
}
