import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { pendingUpdateSchema } from '@handraise/shared';
import { collectAptUpdates } from './apt-updates.ts';

// Runs the real apt-get simulation of this Debian machine.
describe('collectAptUpdates on this machine', () => {
  it('lists one update per package apt would install', async () => {
    const simulation = execFileSync('apt-get', ['-s', '-o', 'Debug::NoLocking=1', 'dist-upgrade'], {
      encoding: 'utf8',
      env: { ...process.env, LC_ALL: 'C' },
    });
    const expectedNames = new Set(
      simulation
        .split('\n')
        .filter((line) => line.startsWith('Inst '))
        .map((line) => line.split(' ')[1]?.split(':')[0]),
    );

    const updates = await collectAptUpdates();
    expect(new Set(updates.map((update) => update.name))).toEqual(expectedNames);
    for (const update of updates) expect(pendingUpdateSchema.parse(update)).toEqual(update);
  });
});
