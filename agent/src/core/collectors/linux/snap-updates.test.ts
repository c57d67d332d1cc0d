import { describe, expect, it, vi } from 'vitest';
import { CommandNotFoundError, type runCommand } from '../../run-command.ts';
import { collectSnapUpdates } from './snap-updates.ts';

// snap is not installed on the Debian machines the tests run on, so its answers are injected.
const REFRESH =
  'Name     Version  Rev   Publisher  Notes\n' + 'firefox  126.0-1  4259  mozilla✓   -\n';
const LIST =
  'Name     Version  Rev   Tracking       Publisher  Notes\n' +
  'firefox  125.0-1  4173  latest/stable  mozilla✓   -\n';

describe('collectSnapUpdates', () => {
  it('asks for the refresh list and adds installed versions', async () => {
    const run = vi.fn<typeof runCommand>(async (_cmd, args) => ({
      stdout: args[0] === 'refresh' ? REFRESH : LIST,
      stderr: '',
      exitCode: 0,
    }));
    await expect(collectSnapUpdates(run)).resolves.toEqual([
      {
        name: 'firefox',
        installedVersion: '125.0-1',
        availableVersion: '126.0-1',
        source: 'snap',
        id: 'firefox',
      },
    ]);
    expect(run.mock.calls[0]?.slice(0, 2)).toEqual(['snap', ['refresh', '--list']]);
  });

  it('reports nothing when all snaps are up to date (snap says so on stderr)', async () => {
    const run = vi.fn<typeof runCommand>(async () => ({
      stdout: '',
      stderr: 'All snaps up to date.\n',
      exitCode: 0,
    }));
    await expect(collectSnapUpdates(run)).resolves.toEqual([]);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('reports nothing where snap is absent, and fails on other errors', async () => {
    const absent = vi.fn<typeof runCommand>(async () => {
      throw new CommandNotFoundError('snap');
    });
    await expect(collectSnapUpdates(absent)).resolves.toEqual([]);
    const broken = vi.fn<typeof runCommand>(async () => {
      throw new Error('snap exited with 1: error: cannot communicate with server');
    });
    await expect(collectSnapUpdates(broken)).rejects.toThrow('cannot communicate with server');
  });
});
