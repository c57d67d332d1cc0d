import { describe, expect, it } from 'vitest';
import { CommandNotFoundError } from '../run-command.ts';
import { CommandFailedError, runBinary } from './run-binary.ts';

// The test runner's own Node binary: a program that is certainly present.
const NODE = process.execPath;

describe('runBinary', () => {
  it('returns stdout byte for byte, including bytes that are not UTF-8', async () => {
    const { stdout } = await runBinary(
      NODE,
      ['-e', 'process.stdout.write(Buffer.from(Array.from({ length: 256 }, (_, i) => i)))'],
      { timeoutMs: 10_000 },
    );
    expect([...stdout]).toEqual(Array.from({ length: 256 }, (_, i) => i));
  });

  it('passes extra environment variables', async () => {
    const { stdout } = await runBinary(NODE, ['-e', 'process.stdout.write(process.env.DISPLAY)'], {
      timeoutMs: 10_000,
      env: { DISPLAY: ':42' },
    });
    expect(Buffer.from(stdout).toString()).toBe(':42');
  });

  it('rejects with the exit code and stderr', async () => {
    const attempt = runBinary(NODE, ['-e', 'console.error("no X server"); process.exit(3)'], {
      timeoutMs: 10_000,
    });
    await expect(attempt).rejects.toBeInstanceOf(CommandFailedError);
    await expect(attempt).rejects.toMatchObject({ exitCode: 3, stderr: 'no X server\n' });
  });

  it('rejects with CommandNotFoundError for a missing program', async () => {
    await expect(runBinary('handraise-no-such-tool', [], { timeoutMs: 10_000 })).rejects.toThrow(
      CommandNotFoundError,
    );
  });

  it('kills a child that outlives its timeout', async () => {
    await expect(
      runBinary(NODE, ['-e', 'setTimeout(() => {}, 60_000)'], { timeoutMs: 300 }),
    ).rejects.toThrow(/timed out after 300 ms/);
  });
});
