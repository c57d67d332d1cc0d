// Test support: a stand-in for runCommand that records calls and answers per PowerShell script.
import type { CommandResult, RunCommandOptions } from '../../run-command.ts';
import type { RunCommandFn } from '../windows/powershell.ts';

export type RecordedCall = { cmd: string; args: readonly string[]; options: RunCommandOptions };
export type Answer = Partial<CommandResult> | Error;

/** A runner that answers with the first rule whose marker the command line contains. */
export function fakeRunner(rules: Readonly<Record<string, Answer>>): {
  run: RunCommandFn;
  calls: RecordedCall[];
} {
  const calls: RecordedCall[] = [];
  const run: RunCommandFn = async (cmd, args, options) => {
    calls.push({ cmd, args, options });
    const line = [cmd, ...args].join(' ');
    const marker = Object.keys(rules).find((key) => line.includes(key));
    const answer = marker === undefined ? new Error(`unexpected command: ${line}`) : rules[marker];
    if (answer instanceof Error) throw answer;
    return { stdout: '', stderr: '', exitCode: 0, ...answer };
  };
  return { run, calls };
}
