import { describe, expect, it, vi } from 'vitest';
import { FLATPAK_LIST_COLUMNS } from '../../parsers/linux/flatpak-list.ts';
import { CommandNotFoundError, type runCommand } from '../../run-command.ts';
import { collectFlatpak } from './flatpak.ts';

// flatpak is not installed on the Debian machines the tests run on, so its answers are injected.
describe('collectFlatpak', () => {
  it('lists apps in its own columns and parses the answer', async () => {
    const run = vi.fn<typeof runCommand>(async () => ({
      stdout: 'org.gnome.Maps\t46.1\tstable\tsystem\tflathub\tMaps\n',
      stderr: '',
      exitCode: 0,
    }));
    await expect(collectFlatpak(run)).resolves.toEqual([
      {
        name: 'Maps',
        version: '46.1',
        source: 'flatpak',
        id: 'org.gnome.Maps//stable@system',
        origin: 'flathub',
      },
    ]);
    expect(run.mock.calls[0]?.slice(0, 2)).toEqual([
      'flatpak',
      ['list', '--app', `--columns=${FLATPAK_LIST_COLUMNS}`],
    ]);
  });

  it('reports nothing where flatpak is absent, and fails on other errors', async () => {
    const absent = vi.fn<typeof runCommand>(async () => {
      throw new CommandNotFoundError('flatpak');
    });
    await expect(collectFlatpak(absent)).resolves.toEqual([]);
    const broken = vi.fn<typeof runCommand>(async () => {
      throw new Error('flatpak exited with 1');
    });
    await expect(collectFlatpak(broken)).rejects.toThrow('exited with 1');
  });
});
