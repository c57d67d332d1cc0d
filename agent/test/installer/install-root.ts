// Test support for the installer scripts: a temporary folder standing for the target system's /
// (HANDRAISE_TARGET_ROOT), a stand-in `handraise-agent` that records how it is called, and the
// scripts rendered as electron-builder renders them.
import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

export const REPO_ROOT = join(import.meta.dirname, '..', '..', '..');
export const INSTALLER_DIR = join(REPO_ROOT, 'build', 'agent');

/** What electron-builder fills into the agent's deb and rpm scripts (electron-builder.agent.yml). */
export const LINUX_MACROS: Record<string, string> = {
  executable: 'handraise-tray',
  sanitizedProductName: 'Handraise Agent',
};

/**
 * A script as electron-builder writes it into the package: every `${word}` replaced by its value,
 * an unknown one an error (electron-builder fails the same way, "Macro … is not defined").
 */
export function renderLinuxScript(file: string, macros = LINUX_MACROS): string {
  return readFileSync(file, 'utf8').replace(/\$\{([a-zA-Z]+)\}/g, (_match, name: string) => {
    const value = macros[name];
    if (value === undefined) throw new Error(`Macro ${name} is not defined in ${file}`);
    return value;
  });
}

/** Writes a stand-in agent at `path` that logs each call's arguments and exits with `exitCode`. */
export function writeStandInAgent(path: string, log: string, exitCode = 0): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `#!/bin/sh\necho "$*" >> '${log}'\nexit ${exitCode}\n`);
  chmodSync(path, 0o755);
}

/** The calls the stand-in agent logged, one per line; none when it was never called. */
export function agentCalls(log: string): string[] {
  try {
    return readFileSync(log, 'utf8').split('\n').filter(Boolean);
  } catch {
    return [];
  }
}

export type ScriptRun = { code: number; stdout: string; stderr: string };

/** Runs `script` (text) with sh, its arguments and environment, and returns how it ended. */
export async function runScript(
  script: string,
  args: string[],
  env: Record<string, string>,
): Promise<ScriptRun> {
  try {
    const { stdout, stderr } = await promisify(execFile)('sh', ['-c', script, 'script', ...args], {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env },
      timeout: 30_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return {
      code: typeof failed.code === 'number' ? failed.code : -1,
      stdout: failed.stdout ?? '',
      stderr: failed.stderr ?? '',
    };
  }
}
