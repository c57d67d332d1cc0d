import { describe, expect, it } from 'vitest';
import { softwareItemSchema } from '@handraise/shared';
import { parseSnapList } from './snap-list.ts';

// Written for these tests in the layout of `snap list`; the header is in French to show that its
// words are never read.
const LIST = `Nom                 Version             Rév    Suivi            Éditeur        Notes
bare                1.0                 5      latest/stable    canonical✓     base
core22              20240111            1122   latest/stable    canonical✓     base
firefox             125.0.2-1           4173   latest/stable/…  mozilla✓       -
hello-local         2.10                x1     -                -              -
gnome-42-2204       0+git.510a601       176    latest/stable    canonical✓     -
snapd               2.62                21465  latest/stable    canonical✓     snapd
starred-app         1.2                 3      latest/edge      someone✪       classic
vlc                 3.0.20              3721   latest/stable    videolan✓      -
vlc                 3.0.18              3078   latest/stable    videolan✓      disabled
`;

describe('parseSnapList', () => {
  it('reads rows by position, whatever language the header is in', () => {
    expect(parseSnapList(LIST)).toEqual([
      {
        name: 'firefox',
        version: '125.0.2-1',
        source: 'snap',
        id: 'firefox/4173',
        publisher: 'mozilla',
        origin: 'latest/stable/…',
      },
      { name: 'hello-local', version: '2.10', source: 'snap', id: 'hello-local/x1' },
      {
        name: 'gnome-42-2204',
        version: '0+git.510a601',
        source: 'snap',
        id: 'gnome-42-2204/176',
        publisher: 'canonical',
        origin: 'latest/stable',
      },
      {
        name: 'starred-app',
        version: '1.2',
        source: 'snap',
        id: 'starred-app/3',
        publisher: 'someone',
        origin: 'latest/edge',
      },
      {
        name: 'vlc',
        version: '3.0.20',
        source: 'snap',
        id: 'vlc/3721',
        publisher: 'videolan',
        origin: 'latest/stable',
      },
    ]);
  });

  it('drops bases, core, snapd and disabled revisions', () => {
    const names = parseSnapList(LIST).map((item) => item.name);
    for (const dropped of ['bare', 'core22', 'snapd']) expect(names).not.toContain(dropped);
    expect(names.filter((name) => name === 'vlc')).toHaveLength(1);
  });

  it('strips the ASCII publisher marks and reads tables without a Tracking column', () => {
    const old =
      'Name  Version  Rev  Developer  Notes\n' +
      'core  16-2.30  3887  canonical**  core\n' +
      'kdenlive  19.08.2  22  kde*  -\n';
    expect(parseSnapList(old)).toEqual([
      { name: 'kdenlive', version: '19.08.2', source: 'snap', id: 'kdenlive/22', publisher: 'kde' },
    ]);
  });

  it('returns nothing when no snap is installed', () => {
    expect(parseSnapList('')).toEqual([]);
    expect(parseSnapList("No snaps are installed yet. Try 'snap install hello-world'.\n")).toEqual(
      [],
    );
  });

  it('produces items the contract accepts', () => {
    for (const item of parseSnapList(LIST)) expect(softwareItemSchema.parse(item)).toEqual(item);
  });
});
