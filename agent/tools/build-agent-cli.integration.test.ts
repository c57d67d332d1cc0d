// The headless agent as it ships: bundled to plain JavaScript, it runs on Node without the sources.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { buildAgentCli } from './build-agent-cli.ts';

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
});
