import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pendingUpdateSchema } from '@handraise/shared';
import { runCommand } from '../../run-command.ts';
import { APT_CACHE_MAX_AGE_MS, APT_INPUTS, collectAptUpdates } from './apt-updates.ts';
import { inputsFingerprint } from '../input-fingerprint.ts';

// Runs the real apt of this Debian machine.
describe('collectAptUpdates on this machine', () => {
  it('lists one update per package apt has a newer version of', async () => {
    const listing = execFileSync('apt', ['list', '--upgradable'], {
      encoding: 'utf8',
      env: { ...process.env, LC_ALL: 'C' },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    // Rows read `name/suite version arch [upgradable from: old]`.
    const expectedNames = new Set(
      listing
        .split('\n')
        .filter((line) => line.includes('[upgradable from:'))
        .map((line) => line.split('/')[0]),
    );
    // The same packages a simulated dist-upgrade would install (held-back ones aside).
    const simulation = execFileSync('apt-get', ['-s', '-o', 'Debug::NoLocking=1', 'dist-upgrade'], {
      encoding: 'utf8',
      env: { ...process.env, LC_ALL: 'C' },
    });
    const installs = simulation.split('\n').filter((line) => line.startsWith('Inst ')).length;

    const updates = await collectAptUpdates();
    expect(new Set(updates.map((update) => update.name))).toEqual(expectedNames);
    expect(updates.length).toBeGreaterThanOrEqual(Math.min(installs, expectedNames.size));
    for (const update of updates) expect(pendingUpdateSchema.parse(update)).toEqual(update);
  });
});

describe('collectAptUpdates with a cache, on this machine', () => {
  it('answers the second time from the cache, with what apt itself said', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'handraise-apt-'));
    try {
      const cache = { file: join(dir, 'apt-upgradable.json'), maxAgeMs: APT_CACHE_MAX_AGE_MS };
      let aptRuns = 0;
      const counting: typeof runCommand = (cmd, args, options) => {
        aptRuns += 1;
        return runCommand(cmd, args, options);
      };
      const uncached = await collectAptUpdates();
      const cold = await collectAptUpdates(counting, { cache });
      const warm = await collectAptUpdates(counting, { cache });
      expect(cold).toEqual(uncached);
      expect(warm).toEqual(uncached);
      expect(aptRuns).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("finds apt's inputs unchanged from one run to the next", async () => {
    expect(inputsFingerprint(APT_INPUTS)).toBe(inputsFingerprint(APT_INPUTS));
    await collectAptUpdates();
    // apt list itself must not touch what the fingerprint reads, or every run would miss.
    const before = inputsFingerprint(APT_INPUTS);
    await collectAptUpdates();
    expect(inputsFingerprint(APT_INPUTS)).toBe(before);
  });
});

// Real apt over a private copy of its state (APT_CONFIG points it there), so the test can upgrade
// a package in that copy without touching this machine.
describe('collectAptUpdates with a cache, after dpkg changes, on this machine', () => {
  it('asks apt again and no longer reports a package that went away', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'handraise-apt-state-'));
    try {
      const status = join(dir, 'status');
      const lists = join(dir, 'lists');
      copyFileSync('/var/lib/dpkg/status', status);
      cpSync('/var/lib/apt/lists', lists, {
        recursive: true,
        filter: (src) => !src.endsWith('lock'),
      });
      const config = join(dir, 'apt.conf');
      writeFileSync(
        config,
        `Dir::State::status "${status}";\nDir::State::lists "${lists}/";\n` +
          'Dir::Cache::pkgcache "";\nDir::Cache::srcpkgcache "";\n',
      );
      let aptRuns = 0;
      const run: typeof runCommand = (cmd, args, options) => {
        aptRuns += 1;
        return runCommand(cmd, args, { ...options, env: { ...options.env, APT_CONFIG: config } });
      };
      const options = {
        cache: { file: join(dir, 'cache.json'), maxAgeMs: APT_CACHE_MAX_AGE_MS },
        inputs: { files: [status, config], dirs: [lists] },
      };

      const before = await collectAptUpdates(run, options);
      expect(await collectAptUpdates(run, options)).toEqual(before);
      expect(aptRuns).toBe(1);

      // Remove a package the way dpkg records it: a new status file renamed over the old. (An
      // upgrade would need the new version's whole record from the package lists.)
      const text = readFileSync(status, 'utf8');
      const removed = before.find(
        (update) => text.split(`\nPackage: ${update.name}\n`).length === 2,
      );
      if (removed === undefined) return; // nothing pending here: nothing to compare
      const name = removed.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const stanza = new RegExp(`\\nPackage: ${name}\\n(?:.*\\n)*?\\n`);
      writeFileSync(`${status}-new`, text.replace(stanza, '\n'));
      renameSync(`${status}-new`, status);

      const after = await collectAptUpdates(run, options);
      expect(aptRuns).toBe(2);
      expect(after.map((update) => update.name)).not.toContain(removed.name);
      expect(after).toHaveLength(before.length - 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
