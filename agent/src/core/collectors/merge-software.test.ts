import { describe, expect, it } from 'vitest';
import type { SoftwareItem } from '@handraise/shared';
import { mergeSoftware } from './merge-software.ts';

const item = (fields: Partial<SoftwareItem> & Pick<SoftwareItem, 'name'>): SoftwareItem => ({
  version: '1.0',
  source: 'registry',
  ...fields,
});

describe('mergeSoftware', () => {
  it('keeps one of the same install seen twice, in first-seen order', () => {
    const vlc = item({ name: 'VLC', version: '3.0.20', publisher: 'VideoLAN', arch: 'x64' });
    const git = item({
      name: 'Git',
      version: '2.45.1',
      publisher: 'The Git Development Community',
    });
    expect(mergeSoftware([vlc, git, { ...vlc }])).toEqual([vlc, git]);
  });

  it('keeps two installed versions as two items', () => {
    const newer = item({ name: 'ScreenToGif', version: '2.30.0' });
    const older = item({ name: 'ScreenToGif', version: '2.27.3' });
    expect(mergeSoftware([newer, older])).toEqual([newer, older]);
  });

  it('keeps items that differ in arch, publisher or source', () => {
    const items = [
      item({ name: 'libc6', source: 'dpkg', arch: 'amd64' }),
      item({ name: 'libc6', source: 'dpkg', arch: 'i386' }),
      item({ name: 'Tool', publisher: 'Vendor A' }),
      item({ name: 'Tool', publisher: 'Vendor B' }),
      item({ name: 'Firefox', source: 'snap' }),
      item({ name: 'Firefox', source: 'flatpak' }),
    ];
    expect(mergeSoftware(items)).toEqual(items);
  });

  it('merges the same id and version within a source, filling missing fields', () => {
    const machine = item({
      name: 'Microsoft Office LTSC',
      version: '16.0.14332',
      id: 'HKLM\\...\\Uninstall\\ProPlus2021Volume - en-us',
    });
    const user = item({
      name: 'Microsoft Office LTSC Professional Plus 2021',
      version: '16.0.14332',
      publisher: 'Microsoft Corporation',
      installDate: '2024-02-01',
      id: 'HKLM\\...\\Uninstall\\ProPlus2021Volume - en-us',
    });
    expect(mergeSoftware([machine, user])).toEqual([
      { ...machine, publisher: 'Microsoft Corporation', installDate: '2024-02-01' },
    ]);
  });

  it('does not merge a shared id across sources or versions', () => {
    const items = [
      item({ name: 'App', id: 'com.example.App', source: 'macapp' }),
      item({ name: 'App', id: 'com.example.App', source: 'brew' }),
      item({ name: 'App', id: 'com.example.App', source: 'macapp', version: '2.0' }),
    ];
    expect(mergeSoftware(items)).toEqual(items);
  });

  it('follows a chain of sightings to the first one', () => {
    const first = item({ name: 'Zoom', version: '6.0', id: 'zoom-a' });
    const sameFields = item({ name: 'Zoom', version: '6.0', id: 'zoom-b' });
    const sameSecondId = item({ name: 'Zoom Workplace', version: '6.0', id: 'zoom-b' });
    expect(mergeSoftware([first, sameFields, sameSecondId])).toEqual([first]);
  });

  it('does not change the items it was given', () => {
    const bare = item({ name: 'Tool', id: 'tool' });
    const rich = item({ name: 'Tool', id: 'tool', publisher: 'Vendor' });
    mergeSoftware([bare, rich]);
    expect(bare).toEqual(item({ name: 'Tool', id: 'tool' }));
  });

  it('returns an empty list for no items', () => {
    expect(mergeSoftware([])).toEqual([]);
  });
});
