// The install state is changed by two processes (the launcher and the agent it started): changes
// made at the same time from both must all be kept.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { readInstallState } from '../../src/core/update/install-state.ts';

const MODULE = pathToFileURL(
  resolve(import.meta.dirname, '../../src/core/update/install-state.ts'),
).href;
let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A process that marks 25 versions failed, one change at a time, from the moment `startAt`. */
function marker(script: string, major: number, startAt: number): Promise<number | null> {
  const child = spawn(
    process.execPath,
    ['--disable-warning=ExperimentalWarning', script, root, String(major), String(startAt)],
    { stdio: 'inherit' },
  );
  return new Promise((done) => child.once('exit', done));
}

describe('install state', () => {
  it('keeps every change when two processes change it at once', async () => {
    root = mkdtempSync(join(tmpdir(), 'handraise-install-state-'));
    const script = join(root, 'mark.ts');
    writeFileSync(
      script,
      `import { updateInstallState } from '${MODULE}';
const [root, major, startAt] = process.argv.slice(2);
const pause = (ms) => { const end = Date.now() + ms; while (Date.now() < end); };
pause(Number(startAt) - Date.now());
for (let minor = 0; minor < 25; minor++)
  updateInstallState(root, (s) => {
    pause(2); // widens the read-to-write window, as a busy machine would
    return { ...s, failed: [...s.failed, major + '.' + minor + '.0'] };
  });
`,
    );
    const startAt = Date.now() + 1_500; // both processes loaded by then
    expect(await Promise.all([marker(script, 1, startAt), marker(script, 2, startAt)])).toEqual([
      0, 0,
    ]);
    const { failed } = readInstallState(root);
    expect(failed).toHaveLength(50);
    expect(new Set(failed).size).toBe(50);
  });
});
