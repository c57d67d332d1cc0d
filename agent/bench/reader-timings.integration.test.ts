import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { timeReaderTools } from './reader-timings.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('timeReaderTools', () => {
  it('measures a tool that runs, says which exit code failed, and which tool is missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reader-timings-'));
    dirs.push(dir);
    const settings = { repoRoot: dir, tempDir: dir, timeoutMs: 10_000, sampleIntervalMs: 10 };
    const timings = await timeReaderTools(2, settings, [
      { section: 'state', command: process.execPath, args: ['-e', '0'] },
      { section: 'state', command: process.execPath, args: ['-e', 'process.exit(3)'] },
      { section: 'hardware', command: join(dir, 'no-such-tool'), args: [] },
    ]);
    expect(timings[0]).toMatchObject({ remark: null });
    expect(timings[0]?.wallMs).toBeGreaterThan(0);
    expect(timings[1]?.remark).toBe('exit code 3');
    expect(timings[2]).toMatchObject({ wallMs: null, cpuMs: null, remark: 'not installed' });
    expect(timings.map((timing) => timing.command)).toEqual([
      `${process.execPath} -e 0`,
      `${process.execPath} -e process.exit(3)`,
      join(dir, 'no-such-tool'),
    ]);
  });
});
