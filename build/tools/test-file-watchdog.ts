// Loaded before every test file (vitest `setupFiles`). Each file runs in a child process of its
// own; a file that never finishes (a teardown waiting on a browser or server that never answers)
// would hold its worker, and with it the whole run, until CI's limit. After FILE_LIMIT_MS this
// says which file it was and what it still held open, then ends the child: vitest reports the run
// as failed and goes on with the other files.
import { expect } from 'vitest';

/** No file of the suite takes more than about two minutes here; ten is surely stuck. */
const FILE_LIMIT_MS = Number(process.env.HANDRAISE_TEST_FILE_LIMIT_MS ?? 10 * 60_000);

const timer = setTimeout(() => {
  const file = expect.getState().testPath ?? 'a test file';
  const held = (process as unknown as { getActiveResourcesInfo(): string[] })
    .getActiveResourcesInfo()
    .join(', ');
  process.stderr.write(
    `\n${file} did not finish in ${FILE_LIMIT_MS / 60_000} minutes; still open: ${held}\n`,
  );
  // vitest turns process.exit into an exception the stuck code may never see: end for real.
  process.kill(process.pid, 'SIGKILL');
}, FILE_LIMIT_MS);
// Never cleared: each file has a process of its own, and the timer must not keep it alive.
timer.unref();
