// The console's device list on a real hub: one read of the fleet for every console asking, a
// snapshot once, then only what changed since the cursor a console holds; a student advisor
// never gets a computer outside her rooms, neither in a snapshot nor in changes; bad input is
// refused and changes nothing.
import { describe, expect } from 'vitest';
import type { Ack, Device, DeviceSyncPage } from '@handraise/shared';
import { hubTest } from './testing/hub-test.ts';
import { advisorConsole, computerIn } from './testing/school.ts';
import { unchecked, type ConsoleClient } from './testing/test-hub.ts';

const INVALID = { ok: false, error: 'invalid-payload' };

/** Every page of the caller's list, asked one after the other as the console does. */
async function syncAll(socket: ConsoleClient, since: string | null) {
  const pages: DeviceSyncPage[] = [];
  let after: string | null = null;
  let asked = since;
  do {
    const answer: Ack<DeviceSyncPage> = await socket.emitWithAck('devices:sync', {
      since: asked,
      after,
    });
    if (!answer.ok) throw new Error(answer.error);
    pages.push(answer.data);
    if (answer.data.kind === 'snapshot') asked = null;
    after = answer.data.after;
  } while (after !== null);
  return {
    kind: pages[0]?.kind,
    cursor: pages.at(-1)?.cursor ?? null,
    names: pages.flatMap((p) => p.devices.map((d) => d.name)).sort(),
    devices: pages.flatMap((p) => p.devices),
    removed: pages.flatMap((p) => p.removed),
  };
}

/** The next `device:updated` push with the cursor it carries. */
function nextDevicePush(socket: ConsoleClient): Promise<{ device: Device; cursor?: string }> {
  return new Promise((resolve) =>
    socket.once('device:updated', (device, cursor) => resolve({ device, cursor })),
  );
}

const test = hubTest.extend('school', async ({ t, admin }) => {
  await computerIn(t, admin, 'lab-12-pc', 'Room 12');
  await computerIn(t, admin, 'library-pc', 'Library');
  const ana = await advisorConsole(t, admin, {
    username: 'ana',
    displayName: 'Ana',
    advisorKind: 'student',
    scope: { sites: [], rooms: ['Room 12'] },
  });
  return { ana };
});

describe('devices:sync', () => {
  test('a burst of 50 consoles reads the fleet once and each gets the whole list', async ({
    t,
    admin,
    school: _school,
  }) => {
    const consoles = await Promise.all(Array.from({ length: 50 }, () => t.connectConsole(admin)));
    const answers = await Promise.all(consoles.map((socket) => syncAll(socket, null)));
    expect(t.hub.deviceListBuilds()).toBe(1);
    for (const answer of answers) {
      expect(answer.kind).toBe('snapshot');
      expect(answer.names).toEqual(['lab-12-pc', 'library-pc']);
    }
  });

  test('a console coming back with its cursor gets only the changes since', async ({
    t,
    admin,
    coordinator,
    school: _school,
  }) => {
    const first = await syncAll(coordinator, null);
    const pushed = nextDevicePush(coordinator);
    await computerIn(t, admin, 'art-room-pc', 'Art');
    const push = await pushed;
    expect(push.cursor).toMatch(/:\d+$/);

    const back = await t.connectConsole(admin);
    const changes = await syncAll(back, first.cursor);
    expect(changes.kind).toBe('changes');
    // The new computer; the others only if the hub pushed them again meanwhile (their counts of
    // titles behind are pushed once judged, a moment after their report).
    expect(changes.names).toContain('art-room-pc');
    expect(t.hub.deviceListBuilds()).toBe(1);
  });

  test("a student advisor gets her rooms' computers only, in snapshots and changes", async ({
    t,
    admin,
    school,
  }) => {
    const first = await syncAll(school.ana.socket, null);
    expect(first.names).toEqual(['lab-12-pc']);
    // Her list hides what a student may not read (the serial number).
    expect(first.devices[0]?.identifiers.serial ?? null).toBeNull();

    await computerIn(t, admin, 'library-pc-2', 'Library');
    await computerIn(t, admin, 'lab-12-pc-2', 'Room 12');
    const changes = await syncAll(school.ana.socket, first.cursor);
    expect(changes).toMatchObject({ kind: 'changes', removed: [] });
    expect(changes.names).toContain('lab-12-pc-2');
    expect(changes.devices.every((d) => d.room === 'Room 12')).toBe(true);
    // Not even a cursor from the coordinator's console widens her list.
    const coordinatorCursor = (await syncAll(await t.connectConsole(admin), null)).cursor;
    const withTheirs = await syncAll(school.ana.socket, coordinatorCursor);
    expect(withTheirs.kind).toBe('changes');
    expect(withTheirs.devices.every((d) => d.room === 'Room 12')).toBe(true);
    const again = await syncAll(school.ana.socket, null);
    expect(again.names).toEqual(['lab-12-pc', 'lab-12-pc-2']);
  });

  test('bad input is refused and the console is still served', async ({
    coordinator,
    school: _school,
  }) => {
    const raw = unchecked(coordinator);
    for (const payload of [
      {},
      { since: 5, after: null },
      { since: null, after: 'not-an-id' },
      { since: 'x'.repeat(81), after: null },
      { since: null, after: null, extra: true },
    ])
      expect(await raw.emitWithAck('devices:sync', payload)).toEqual(INVALID);
    expect((await syncAll(coordinator, 'not-a-cursor')).kind).toBe('snapshot');
  });
});
