// The headless agent as it ships: bundled to plain JavaScript, it runs on Node without the sources.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import {
  syntheticScreen,
  toPngScreenshot,
} from '../src/core/screenshot/testing/synthetic-screen.ts';
import { buildAgentCli, CHUNK_DIR } from './build-agent-cli.ts';

describe('npm run build:agent-cli', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'handraise-agent-bundle-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('bundles a CLI that runs its commands from the bundle alone', async () => {
    const file = await buildAgentCli(outDir);
    const run = (...args: string[]) =>
      promisify(execFile)(process.execPath, [file, ...args], { timeout: 60_000 });
    expect((await run('--help')).stdout).toContain('handraise-agent');
    // A command that loads its own chunk: `status` on an empty data folder.
    const status = await run('status', '--data-dir', join(outDir, 'data'));
    expect(status.stdout).toMatch(/not enrolled|0 waiting/);
  });

  it('blurs a screenshot given on the command line in its own image worker, from the bundle', async () => {
    const file = await buildAgentCli(outDir);
    expect(existsSync(join(outDir, CHUNK_DIR, 'image-thread.mjs'))).toBe(true);
    const picture = join(outDir, 'screen.png');
    writeFileSync(picture, toPngScreenshot(syntheticScreen(640, 360)).bytes);
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [file, 'help', 'Printer jam', '--screenshot', picture, '--blur', '10,10,200,100'].concat([
        '--data-dir',
        join(outDir, 'blur-data'),
      ]),
      { timeout: 60_000 },
    );
    // Saved (not enrolled, so not sent): the blur worked, or the command would have failed.
    expect(stdout).toContain('Saved your request');
    expect(stdout).toContain('not enrolled yet');
  });
});
