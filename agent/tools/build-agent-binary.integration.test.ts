// The headless agent as one executable, built for real for this machine and run without Node:
// its command line, an inventory, and a screenshot blurred in its worker thread.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  syntheticScreen,
  toPngScreenshot,
} from '../src/core/screenshot/testing/synthetic-screen.ts';
import { AGENT_VERSION } from '../src/core/agent-version.ts';
import {
  agentBinaryName,
  buildAgentBinary,
  IMAGE_THREAD_FILE,
  seaFuseProblem,
} from './build-agent-binary.ts';

/** Bundling and injecting into a copy of Node's ~120 MB binary: seconds, more on a busy machine. */
const BUILD_TIMEOUT_MS = 180_000;
const RUN_TIMEOUT_MS = 60_000;

const outDir = mkdtempSync(join(tmpdir(), 'handraise-agent-binary-'));
let executable = '';
afterAll(() => rmSync(outDir, { recursive: true, force: true }));
beforeAll(async () => {
  executable = await buildAgentBinary(join(outDir, 'dist'));
}, BUILD_TIMEOUT_MS);

/**
 * Runs the executable directly (a native program, see the first test), with the system's tool
 * folders as PATH and none of this project's: nothing of the repository or its Node is used.
 */
function runAgent(args: string[]) {
  return promisify(execFile)(executable, args, {
    timeout: RUN_TIMEOUT_MS,
    maxBuffer: 32 * 1024 * 1024,
    env: { PATH: '/usr/sbin:/usr/bin:/sbin:/bin', HOME: outDir, LC_ALL: 'C' },
  });
}

describe('npm run build:agent-binary', () => {
  it('makes one native executable beside its worker thread, no script', () => {
    expect(executable).toBe(join(outDir, 'dist', agentBinaryName()));
    const head = readFileSync(executable).subarray(0, 4);
    // A native program (ELF here), not a script that would need an interpreter.
    expect(head.toString('latin1')).toBe('\x7fELF');
    expect(existsSync(join(outDir, 'dist', IMAGE_THREAD_FILE))).toBe(true);
    expect(seaFuseProblem(readFileSync(executable), executable)).toMatch(
      /already carries a program/,
    );
  });

  it('answers its usage with its version', async () => {
    const { stdout } = await runAgent(['--help']);
    expect(stdout.split('\n')[0]).toBe(`handraise-agent ${AGENT_VERSION}`);
    expect(stdout).toContain('handraise-agent run');
  });

  it('collects an inventory', async () => {
    const { stdout } = await runAgent(['inventory', '--json']);
    const report = JSON.parse(stdout) as { kind: string; sections: Record<string, unknown> };
    expect(report.kind).toBe('full');
    expect(Object.keys(report.sections)).toEqual(expect.arrayContaining(['os', 'hardware']));
  });

  it('opens its outbox (node:sqlite) and blurs a screenshot in its worker thread', async () => {
    const picture = join(outDir, 'screen.png');
    writeFileSync(picture, toPngScreenshot(syntheticScreen(640, 360)).bytes);
    const dataDir = join(outDir, 'data');
    const { stdout } = await runAgent(
      ['help', 'Printer jam', '--screenshot', picture, '--blur', '10,10,200,100'].concat([
        '--data-dir',
        dataDir,
      ]),
    );
    expect(stdout).toContain('Saved your request');
    const status = await runAgent(['status', '--data-dir', dataDir]);
    expect(status.stdout).toMatch(/1 waiting/);
  });

  it('refuses a Node binary without single-executable support, saying why', () => {
    const plain = Buffer.from('not a node binary');
    expect(seaFuseProblem(plain, '/usr/bin/node')).toMatch(
      /\/usr\/bin\/node has no single-executable support/,
    );
  });
});
