import { describe, expect, it, vi } from 'vitest';
import { FLATPAK_UPDATES_COLUMNS } from '../../parsers/linux/flatpak-remote-ls.ts';
import { CommandNotFoundError, type runCommand } from '../../run-command.ts';
import { collectFlatpakUpdates } from './flatpak-updates.ts';

// flatpak is not installed on the Debian machines the tests run on, so its answers are injected.
const REMOTE_LS = 'Maps\torg.gnome.Maps\t46.2\tstable\n';
const LIST = 'org.gnome.Maps\t46.1\tstable\tsystem\tflathub\tMaps\n';

describe('collectFlatpakUpdates', () => {
  it('asks the remotes without installing and adds installed versions', async () => {
    const run = vi.fn<typeof runCommand>(async (_cmd, args) => ({
      stdout: args[0] === 'remote-ls' ? REMOTE_LS : LIST,
      stderr: '',
      exitCode: 0,
    }));
    await expect(collectFlatpakUpdates(run)).resolves.toEqual([
      {
        name: 'Maps',
        installedVersion: '46.1',
        availableVersion: '46.2',
        source: 'flatpak',
        id: 'org.gnome.Maps',
      },
    ]);
    expect(run.mock.calls[0]?.slice(0, 2)).toEqual([
      'flatpak',
      ['remote-ls', '--updates', '--cached', '--app', `--columns=${FLATPAK_UPDATES_COLUMNS}`],
    ]);
  });

  it('does not list installed apps when there is nothing to update', async () => {
    const run = vi.fn<typeof runCommand>(async () => ({ stdout: '', stderr: '', exitCode: 0 }));
    await expect(collectFlatpakUpdates(run)).resolves.toEqual([]);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('reports nothing where flatpak is absent, and fails on other errors', async () => {
    const absent = vi.fn<typeof runCommand>(async () => {
      throw new CommandNotFoundError('flatpak');
    });
    await expect(collectFlatpakUpdates(absent)).resolves.toEqual([]);
    const offline = vi.fn<typeof runCommand>(async () => {
      throw new Error('flatpak exited with 1: error: Unable to load summary from remote flathub');
    });
    await expect(collectFlatpakUpdates(offline)).rejects.toThrow('Unable to load summary');
  });
});
