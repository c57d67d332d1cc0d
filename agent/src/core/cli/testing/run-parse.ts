// Runs `handraise-agent parse --source NAME FILE` as a real process, as support staff would.
import { execFile } from 'node:child_process';
import { join } from 'node:path';

const CLI = join(import.meta.dirname, '..', '..', 'cli.ts');

export type ParseRun = { code: number; stdout: string; stderr: string };

export function runParse(source: string, file: string): Promise<ParseRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--disable-warning=ExperimentalWarning', CLI, 'parse', '--source', source, file],
      { timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}
