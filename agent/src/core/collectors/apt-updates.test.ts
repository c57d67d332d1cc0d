import { describe, expect, it } from 'vitest';
import { CommandNotFoundError, type runCommand } from '../run-command.ts';
import { collectAptUpdates } from './apt-updates.ts';

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
