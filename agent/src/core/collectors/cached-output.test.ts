import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCachedOutput, writeCachedOutput, type OutputCache } from './cached-output.ts';

const HOUR_MS = 3_600_000;

describe('cached output (real files)', () => {
  let dir: string;
  let now: number;
  let cache: OutputCache;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'handraise-cache-'));
    now = Date.parse('2026-03-02T08:00:00Z');
    cache = { file: join(dir, 'cache', 'tool.json'), maxAgeMs: 24 * HOUR_MS, now: () => now };
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('gives back what was stored under the same fingerprint, in an owner-only file', () => {
    expect(readCachedOutput(cache, 'abc')).toBeUndefined();
    writeCachedOutput(cache, 'abc', 'Listing...\nbash/stable 5.3 amd64\n');
    expect(readCachedOutput(cache, 'abc')).toBe('Listing...\nbash/stable 5.3 amd64\n');
    expect(statSync(cache.file).mode & 0o777).toBe(0o600);
  });

  it('gives nothing for another fingerprint, past the maximum age, or with the clock set back', () => {
    writeCachedOutput(cache, 'abc', 'out');
    expect(readCachedOutput(cache, 'abd')).toBeUndefined();
    now += 24 * HOUR_MS;
    expect(readCachedOutput(cache, 'abc')).toBe('out');
    now += 1;
    expect(readCachedOutput(cache, 'abc')).toBeUndefined();
    now -= 25 * HOUR_MS;
    expect(readCachedOutput(cache, 'abc')).toBeUndefined();
  });

  it('reads a damaged or foreign file as no cache', () => {
    writeCachedOutput(cache, 'abc', 'out');
    const stored = readFileSync(cache.file, 'utf8');
    writeFileSync(cache.file, stored.slice(0, 20));
    expect(readCachedOutput(cache, 'abc')).toBeUndefined();
    writeFileSync(cache.file, JSON.stringify({ ...JSON.parse(stored), format: 99 }));
    expect(readCachedOutput(cache, 'abc')).toBeUndefined();
  });

  it('skips storing where the folder cannot be written, without failing', () => {
    if (process.getuid?.() === 0) return; // root writes through any mode bits
    chmodSync(dir, 0o500);
    try {
      expect(() => writeCachedOutput(cache, 'abc', 'out')).not.toThrow();
      expect(readCachedOutput(cache, 'abc')).toBeUndefined();
    } finally {
      chmodSync(dir, 0o700);
    }
  });

  it('skips storing where the cache path is taken by a folder, without failing', () => {
    const blocked = { ...cache, file: dir };
    expect(() => writeCachedOutput(blocked, 'abc', 'out')).not.toThrow();
    expect(readCachedOutput(blocked, 'abc')).toBeUndefined();
  });
});
