import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Newest modification time (ms) of any file under `dir`, or 0 when it does not exist. */
function newestMtime(dir: string): number {
  let newest = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** Modification time (ms) of one file, or 0 when it does not exist. */
function mtimeOf(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

/**
 * True when the built UI in `outDir` is missing or older than any of `inputs` (source folders and
 * files such as the lockfile), so `npm start` after a pull rebuilds it and otherwise starts at once.
 */
export function isUiStale(outDir: string, inputs: readonly string[]): boolean {
  const built = mtimeOf(join(outDir, 'index.html'));
  if (built === 0) return true;
  return inputs.some((input) => Math.max(newestMtime(input), mtimeOf(input)) > built);
}
