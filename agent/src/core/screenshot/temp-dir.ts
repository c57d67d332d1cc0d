import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs `work` with a fresh private temp folder and always removes the folder afterwards. */
export async function withTempDir<T>(work: (dir: string) => Promise<T>): Promise<T> {
  // mkdtemp creates the folder with mode 0700: other users cannot read the screenshot in it.
  const dir = await mkdtemp(join(tmpdir(), 'handraise-screenshot-'));
  try {
    return await work(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
