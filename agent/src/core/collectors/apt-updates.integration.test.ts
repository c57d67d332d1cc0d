import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { pendingUpdateSchema } from '@handraise/shared';
import { collectAptUpdates } from './apt-updates.ts';

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
