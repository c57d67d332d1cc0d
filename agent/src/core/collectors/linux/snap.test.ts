import { describe, expect, it, vi } from 'vitest';
import { CommandNotFoundError, type runCommand } from '../../run-command.ts';
import { collectSnap } from './snap.ts';

// snap is not installed on the Debian machines the tests run on, so its answers are injected.
describe('collectSnap', () => {
  it('lists snaps and parses the answer', async () => {
    const run = vi.fn<typeof runCommand>(async () => ({
      stdout:
        'Name     Version   Rev   Tracking       Publisher   Notes\n' +
        'core22   20240408  1380  latest/stable  canonical✓  base\n' +
        'firefox  126.0-1   4259  latest/stable  mozilla✓    -\n',
      stderr: '',
      exitCode: 0,
    }));
    await expect(collectSnap(run)).resolves.toEqual([
      {
        name: 'firefox',
        version: '126.0-1',
        source: 'snap',
        id: 'firefox/4259',
        publisher: 'mozilla',
        origin: 'latest/stable',
      },
    ]);
    expect(run.mock.calls[0]?.slice(0, 2)).toEqual(['snap', ['list', '--color=never']]);
  });

  it('reports nothing where snap is absent, and fails when snapd does not answer', async () => {
    const absent = vi.fn<typeof runCommand>(async () => {
      throw new CommandNotFoundError('snap');
    });
    await expect(collectSnap(absent)).resolves.toEqual([]);
    const broken = vi.fn<typeof runCommand>(async () => {
      throw new Error('snap exited with 1: error: cannot communicate with server');
    });
    await expect(collectSnap(broken)).rejects.toThrow('cannot communicate with server');
  });
});
