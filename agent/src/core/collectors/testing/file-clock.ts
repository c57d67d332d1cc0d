// Test support: file times tick with the kernel's clock, which can be a few milliseconds coarse,
// so two changes made in one tick may carry the same time. A test that needs its next change to
// look newer waits, by polling, until the file system's clock has moved past the last one.
import { rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setImmediate } from 'node:timers/promises';

/** Bound on the wait: a file system's clock ticks many times a second. */
const MAX_WAIT_MS = 2_000;

/** Resolves once a file written now would carry a later change time than `path` has. */
export async function fileClockPast(path: string): Promise<void> {
  const last = statSync(path).ctimeMs;
  // Beside the test's folders (the same file system), never inside them: a probe in a watched
  // folder would itself be a change.
  const probe = join(tmpdir(), `handraise-clock-probe-${process.pid}`);
  const deadline = Date.now() + MAX_WAIT_MS;
  try {
    for (;;) {
      writeFileSync(probe, '');
      if (statSync(probe).ctimeMs > last) return;
      if (Date.now() > deadline) throw new Error(`the file clock did not move past ${path}`);
      await setImmediate();
    }
  } finally {
    rmSync(probe, { force: true });
  }
}
