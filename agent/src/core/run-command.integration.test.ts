import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CommandNotFoundError, isOnPath, runCommand } from './run-command.ts';

// The test runner's own Node binary: a program that is certainly present on every machine.
const NODE = process.execPath;

describe('runCommand', () => {
  it('resolves with stdout, stderr and exit code 0', async () => {
    const result = await runCommand(
      NODE,
      ['-e', 'process.stdout.write("out"); process.stderr.write("err")'],
      { timeoutMs: 10_000 },
    );
    expect(result).toEqual({ stdout: 'out', stderr: 'err', exitCode: 0 });
  });

  it('passes arguments verbatim, without a shell', async () => {
    const { stdout } = await runCommand(
      NODE,
      ['-e', 'process.stdout.write(process.argv[1])', '$HOME; echo *'],
      { timeoutMs: 10_000 },
    );
    expect(stdout).toBe('$HOME; echo *');
  });

  it('forces the C locale over both the agent environment and the caller', async () => {
    const { stdout } = await runCommand(
      NODE,
      [
        '-e',
        'process.stdout.write([process.env.LC_ALL, process.env.LANG, process.env.EXTRA].join(" "))',
      ],
      { timeoutMs: 10_000, env: { LC_ALL: 'de_DE.UTF-8', EXTRA: 'kept' } },
    );
    expect(stdout).toBe('C C kept');
  });

  it('rejects with the exit code and a stderr excerpt', async () => {
    await expect(
      runCommand(NODE, ['-e', 'console.error("broken"); process.exit(3)'], { timeoutMs: 10_000 }),
    ).rejects.toThrow(/^.+ exited with 3: broken$/);
  });

  it('accepts exit codes listed as ok', async () => {
    const result = await runCommand(NODE, ['-e', 'console.log("100 updates"); process.exit(100)'], {
      timeoutMs: 10_000,
      okExitCodes: [0, 100],
    });
    expect(result).toEqual({ stdout: '100 updates\n', stderr: '', exitCode: 100 });
  });

  it('rejects with CommandNotFoundError for a missing program', async () => {
    const attempt = runCommand('handraise-no-such-tool', [], { timeoutMs: 10_000 });
    await expect(attempt).rejects.toBeInstanceOf(CommandNotFoundError);
    await expect(attempt).rejects.toThrow('handraise-no-such-tool not found');
  });

  it('kills a child that outlives its timeout', async () => {
    const started = Date.now();
    await expect(
      runCommand(NODE, ['-e', 'setTimeout(() => {}, 60_000)'], { timeoutMs: 300 }),
    ).rejects.toThrow(/ timed out after 300 ms$/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('takes outputs of tens of thousands of lines', async () => {
    const { stdout } = await runCommand(
      NODE,
      [
        '-e',
        'for (let i = 0; i < 30000; i++) console.log("package-" + i + "\\t1.0-" + i + "\\tamd64\\tii \\t1234")',
      ],
      { timeoutMs: 10_000 },
    );
    expect(stdout.trimEnd().split('\n')).toHaveLength(30_000);
  });
});

describe('isOnPath', () => {
  it('finds executables by path or by name on the given PATH, as exec would', () => {
    expect(isOnPath(NODE)).toBe(true);
    expect(isOnPath(basename(NODE), `/nonexistent:${dirname(NODE)}`)).toBe(true);
    expect(isOnPath(basename(NODE), '/nonexistent')).toBe(false);
    expect(isOnPath('handraise-no-such-tool', process.env.PATH)).toBe(false);
    expect(isOnPath('handraise-no-such-tool', '')).toBe(false);
  });

  it('does not take a file without the execute bit for a program', () => {
    const dir = mkdtempSync(join(tmpdir(), 'handraise-path-'));
    try {
      writeFileSync(join(dir, 'tool'), '#!/bin/sh\necho hi\n');
      chmodSync(join(dir, 'tool'), 0o644);
      // root may execute nothing without an x bit either: access(X_OK) checks for one.
      expect(isOnPath('tool', dir)).toBe(false);
      chmodSync(join(dir, 'tool'), 0o755);
      expect(isOnPath('tool', dir)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
