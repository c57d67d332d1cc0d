import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ensurePrivateDir, PRIVATE_FILE_MODE, setMode } from '../storage/private-files.ts';

/** Where a tool's last output is kept, and for how long it may be reused at most. */
export type OutputCache = {
  file: string;
  maxAgeMs: number;
  /** Milliseconds since the epoch; injectable for tests. */
  now?: () => number;
};

/** Bumped when the file's layout changes; older files are then ignored. */
const CACHE_FORMAT = 1;

type CachedOutput = {
  format: typeof CACHE_FORMAT;
  fingerprint: string;
  storedAtMs: number;
  stdout: string;
};

/**
 * The file is the agent's own, but anything on disk may be damaged or edited, so its shape is
 * checked. By hand rather than with zod: apt's answer is looked up before apt starts, and zod
 * takes longer to load than this check takes to write (see inventory.ts); a file that fails the
 * check only costs a run of apt.
 */
function isCachedOutput(value: unknown): value is CachedOutput {
  if (typeof value !== 'object' || value === null) return false;
  const file = value as Record<string, unknown>;
  return (
    Object.keys(file).length === 4 &&
    file.format === CACHE_FORMAT &&
    typeof file.fingerprint === 'string' &&
    typeof file.storedAtMs === 'number' &&
    Number.isFinite(file.storedAtMs) &&
    typeof file.stdout === 'string'
  );
}

/**
 * The output stored under `fingerprint`, if it is there and younger than the cache's maximum
 * age; otherwise undefined. A missing, unreadable or damaged file reads as no cache. Read at
 * once (a few kilobytes): when the answer is "no", the tool should start without waiting.
 */
export function readCachedOutput(cache: OutputCache, fingerprint: string): string | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(cache.file, 'utf8'));
  } catch {
    return undefined;
  }
  if (!isCachedOutput(raw) || raw.fingerprint !== fingerprint) return undefined;
  const ageMs = (cache.now ?? Date.now)() - raw.storedAtMs;
  // A clock set back makes the age negative: that proves nothing about freshness.
  if (ageMs < 0 || ageMs > cache.maxAgeMs) return undefined;
  return raw.stdout;
}

/**
 * Stores `stdout` under `fingerprint`, readable by the owner only, through a temporary file and a
 * rename so a reader never sees half a file. Best effort: a cache that cannot be written (a
 * read-only data folder, a full disk) only costs the next run the tool's time.
 */
export function writeCachedOutput(cache: OutputCache, fingerprint: string, stdout: string): void {
  const body = {
    format: CACHE_FORMAT,
    fingerprint,
    storedAtMs: (cache.now ?? Date.now)(),
    stdout,
  } satisfies CachedOutput;
  const temporary = `${cache.file}.${process.pid}.tmp`;
  try {
    ensurePrivateDir(dirname(cache.file));
    writeFileSync(temporary, JSON.stringify(body), { mode: PRIVATE_FILE_MODE });
    setMode(temporary, PRIVATE_FILE_MODE);
    renameSync(temporary, cache.file);
  } catch {
    rmSync(temporary, { force: true });
  }
}
