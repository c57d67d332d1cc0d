import { describe, expect, it } from 'vitest';
import type { Device, HubToConsoleEvents, User } from '@handraise/shared';
import { createDeviceFeed, MAX_DEPARTURES } from './device-feed.ts';
import { devicePage } from './feed-pages.ts';

/** A list row with what the feed reads (id and place); the rest of a row plays no part here. */
const computer = (n: number, room: string, name = `pc-${n}`): Device =>
  ({
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    name,
    site: null,
    room,
  }) as Device;

const person = (id: string, role: User['role'], rooms: string[] | null): User => ({
  id,
  username: id,
  displayName: id,
  role,
  createdAt: '2026-01-01T00:00:00.000Z',
  onDuty: false,
  advisor: rooms
    ? { kind: 'student', scope: { sites: [], rooms }, skills: [], timetable: [] }
    : null,
});
const coordinator = person('coordinator', 'coordinator', null);
const ana = person('ana', 'advisor', ['Room 12']);

type Push = { event: keyof HubToConsoleEvents; args: unknown[] };

/** A feed over a fixed fleet, its pushes recorded, and how many storage pages it read. */
function feedOver(fleet: Device[]) {
  const pushes: Push[] = [];
  let pagesRead = 0;
  const feed = createDeviceFeed({
    listPage: async (afterId, limit) => {
      pagesRead++;
      const sorted = [...fleet].sort((a, b) => (a.id < b.id ? -1 : 1));
      return sorted.filter((d) => afterId === null || d.id > afterId).slice(0, limit);
    },
  });
  const notify = feed.tap(
    (event: keyof HubToConsoleEvents, ...args: unknown[]) => void pushes.push({ event, args }),
  );
  return { feed, notify, pushes, pagesRead: () => pagesRead };
}

/** Every page of a person's answer, as a console asks for them one after the other. */
function allPages(feed: ReturnType<typeof feedOver>['feed'], user: User, since: string | null) {
  const pages = [devicePage(feed, user, { since, after: null }, 3)];
  for (let page = pages[0]; page?.after; page = pages.at(-1)) {
    const next = page.kind === 'snapshot' ? null : since;
    pages.push(devicePage(feed, user, { since: next, after: page.after }, 3));
  }
  return pages;
}
const namesOf = (pages: ReturnType<typeof allPages>) =>
  pages.flatMap((p) => p.devices.map((d) => d.name)).sort();

const fleet = () =>
  Array.from({ length: 10 }, (_, i) => computer(i + 1, i % 2 === 0 ? 'Room 12' : 'Library'));

describe('device feed', () => {
  it('answers a first sync with the whole list, in pages that neither skip nor repeat', async () => {
    const { feed } = feedOver(fleet());
    await feed.ready();
    const pages = allPages(feed, coordinator, null);
    expect(pages.every((p) => p.kind === 'snapshot')).toBe(true);
    expect(pages.length).toBe(4);
    expect(namesOf(pages)).toEqual(
      fleet()
        .map((d) => d.name)
        .sort(),
    );
  });

  it('reads storage once for any number of consoles asking together', async () => {
    const { feed, pagesRead } = feedOver(fleet());
    await Promise.all(Array.from({ length: 50 }, () => feed.ready()));
    await feed.ready();
    expect(feed.builds()).toBe(1);
    expect(pagesRead()).toBe(1);
  });

  it('tells a console holding a cursor only what changed since, and what left', async () => {
    const { feed, notify, pushes } = feedOver(fleet());
    await feed.ready();
    const held = allPages(feed, coordinator, null)[0]?.cursor ?? null;
    notify('device:updated', computer(3, 'Room 12', 'pc-3-renamed'));
    notify('device:removed', { deviceId: computer(5, 'Room 12').id, replacedBy: null });

    const pages = allPages(feed, coordinator, held);
    expect(pages.map((p) => p.kind)).toEqual(['changes']);
    expect(namesOf(pages)).toEqual(['pc-3-renamed']);
    expect(pages[0]?.removed).toEqual([computer(5, 'Room 12').id]);
    // Each push carries the cursor after it; the last one is where the answer stands.
    expect(pushes.map((p) => p.args[1])).toEqual([`${feed.run}:1`, `${feed.run}:2`]);
    expect(pages[0]?.cursor).toBe(`${feed.run}:2`);
    expect(allPages(feed, coordinator, pages[0]?.cursor ?? null)[0]?.devices).toEqual([]);
  });

  it('answers a snapshot to a cursor too old, of another hub run, or not a cursor', async () => {
    const { feed, notify } = feedOver(fleet());
    await feed.ready();
    const held = feed.cursor();
    for (let i = 0; i <= MAX_DEPARTURES; i++)
      notify('device:updated', computer(1, i % 2 === 0 ? 'Library' : 'Room 12'));
    expect(feed.horizon()).toBeGreaterThan(0);
    for (const since of [held, 'another-run:0', `${feed.run}:999999999`, 'nonsense']) {
      const pages = allPages(feed, coordinator, since);
      expect(pages[0]?.kind).toBe('snapshot');
      expect(namesOf(pages)).toHaveLength(10);
    }
  });

  it('never gives a student advisor a computer outside her scope, from the list or the changes', async () => {
    const { feed, notify } = feedOver(fleet());
    await feed.ready();
    const first = allPages(feed, ana, null);
    expect(first.flatMap((p) => p.devices).every((d) => d.room === 'Room 12')).toBe(true);
    expect(namesOf(first)).toHaveLength(5);

    const held = first[0]?.cursor ?? null;
    notify('device:updated', computer(2, 'Library', 'library-changed'));
    // pc-1 moves from her room to the library: she is told it left, never where it went.
    notify('device:updated', computer(1, 'Library', 'pc-1-moved'));
    notify('device:updated', computer(4, 'Room 12', 'pc-4-moved-in'));
    const changes = allPages(feed, ana, held);
    expect(namesOf(changes)).toEqual(['pc-4-moved-in']);
    expect(changes[0]?.removed).toEqual([computer(1, 'Room 12').id]);
    // Her cursor in someone else's hands changes nothing: scope is the asker's.
    expect(namesOf(allPages(feed, coordinator, held))).toEqual([
      'library-changed',
      'pc-1-moved',
      'pc-4-moved-in',
    ]);
  });

  it('keeps the changes pushed while the list is being read', async () => {
    let release = () => undefined as void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const feed = createDeviceFeed({
      listPage: async () => {
        await gate;
        return [computer(1, 'Room 12')];
      },
    });
    const notify = feed.tap(() => undefined);
    const reading = feed.ready();
    notify('device:updated', computer(1, 'Room 12', 'pc-1-newer'));
    release();
    await reading;
    expect(namesOf([devicePage(feed, coordinator, { since: null, after: null })])).toEqual([
      'pc-1-newer',
    ]);
  });
});
