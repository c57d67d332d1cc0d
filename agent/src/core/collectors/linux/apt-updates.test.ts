import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CommandNotFoundError, type runCommand } from '../../run-command.ts';
import { APT_CACHE_MAX_AGE_MS, collectAptUpdates } from './apt-updates.ts';
import type { OutputCache } from '../cached-output.ts';
import type { FingerprintInputs } from '../input-fingerprint.ts';
import { fileClockPast } from '../testing/file-clock.ts';

type Run = typeof runCommand;

describe('collectAptUpdates', () => {
  it('asks apt for the upgradable list and parses it', async () => {
    const calls: string[][] = [];
    const run: Run = async (cmd, args) => {
      calls.push([cmd, ...args]);
      return {
        stdout:
          'Listing...\nopenssl/stable-security 3.0.15-1~deb12u1 amd64 [upgradable from: 3.0.14-1~deb12u2]\n',
        stderr: 'WARNING: apt does not have a stable CLI interface.',
        exitCode: 0,
      };
    };
    expect(await collectAptUpdates(run)).toEqual([
      {
        name: 'openssl',
        installedVersion: '3.0.14-1~deb12u2',
        availableVersion: '3.0.15-1~deb12u1',
        source: 'apt',
        security: true,
      },
    ]);
    expect(calls).toEqual([['apt', 'list', '--upgradable']]);
  });

  it('reports nothing where apt is not installed, and fails loudly on other errors', async () => {
    const missing: Run = async () => {
      throw new CommandNotFoundError('apt');
    };
    expect(await collectAptUpdates(missing)).toEqual([]);
    const broken: Run = async () => {
      throw new Error('apt exited with 100: E: The package lists are corrupt');
    };
    await expect(collectAptUpdates(broken)).rejects.toThrow('package lists are corrupt');
  });
});

describe('collectAptUpdates with a cache (real files)', () => {
  const LISTING =
    'Listing...\nopenssl/stable-security 3.0.15-1~deb12u1 amd64 [upgradable from: 3.0.14-1~deb12u2]\n';
  let dir: string;
  let now: number;
  let cache: OutputCache;
  let inputs: FingerprintInputs;
  let aptRuns: number;
  let aptSays: string;
  const apt: Run = async () => {
    aptRuns += 1;
    return { stdout: aptSays, stderr: '', exitCode: 0 };
  };
  const collect = () => collectAptUpdates(apt, { cache, inputs });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'handraise-apt-cache-'));
    mkdirSync(join(dir, 'lists'));
    writeFileSync(join(dir, 'status'), 'Package: openssl\nVersion: 3.0.14-1~deb12u2\n');
    writeFileSync(join(dir, 'lists', 'security_Packages'), 'Package: openssl\n');
    inputs = { files: [join(dir, 'status')], dirs: [join(dir, 'lists')] };
    now = Date.parse('2026-03-02T08:00:00Z');
    cache = {
      file: join(dir, 'data', 'apt-upgradable.json'),
      maxAgeMs: APT_CACHE_MAX_AGE_MS,
      now: () => now,
    };
    aptRuns = 0;
    aptSays = LISTING;
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('asks apt once while nothing apt reads has changed', async () => {
    const first = await collect();
    expect(first.map((u) => u.name)).toEqual(['openssl']);
    expect(await collect()).toEqual(first);
    expect(aptRuns).toBe(1);
  });

  it('asks again after an upgrade rewrites dpkg status, and never reports the old update', async () => {
    await collect();
    await fileClockPast(join(dir, 'status'));
    // dpkg writes status-new and renames it over status.
    writeFileSync(join(dir, 'status-new'), 'Package: openssl\nVersion: 3.0.15-1~deb12u1\n');
    renameSync(join(dir, 'status-new'), join(dir, 'status'));
    aptSays = 'Listing...\n';
    expect(await collect()).toEqual([]);
    expect(aptRuns).toBe(2);
    expect(await collect()).toEqual([]);
    expect(aptRuns).toBe(2);
  });

  it('asks again after apt update replaces or adds a package list', async () => {
    await collect();
    await fileClockPast(join(dir, 'lists'));
    writeFileSync(join(dir, 'lists', 'main_Packages'), 'Package: bash\n');
    await collect();
    expect(aptRuns).toBe(2);
    await fileClockPast(join(dir, 'lists'));
    writeFileSync(
      join(dir, 'lists', 'security_Packages.new'),
      'Package: openssl\nVersion: 3.0.16\n',
    );
    renameSync(
      join(dir, 'lists', 'security_Packages.new'),
      join(dir, 'lists', 'security_Packages'),
    );
    await collect();
    expect(aptRuns).toBe(3);
  });

  it('asks again once the answer is older than the maximum age', async () => {
    await collect();
    now += APT_CACHE_MAX_AGE_MS + 1;
    await collect();
    expect(aptRuns).toBe(2);
  });

  it('keeps no failed answer: the next run asks apt again', async () => {
    const failing: Run = async () => {
      aptRuns += 1;
      throw new Error('apt exited with 100: E: The package lists are corrupt');
    };
    await expect(collectAptUpdates(failing, { cache, inputs })).rejects.toThrow('corrupt');
    expect(await collect()).toHaveLength(1);
    expect(aptRuns).toBe(2);
  });
});
