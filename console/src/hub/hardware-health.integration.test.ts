// The fleet's hardware health (`GET /api/fleet/hardware-health`): worn batteries and full disks,
// counted and ordered worst first from what the computers reported; the coordinator's whole
// fleet, a teacher advisor's scope, never a student advisor's, never a retired computer.
import { describe, expect } from 'vitest';
import {
  fleetHardwareHealthSchema,
  type FleetHardwareHealth,
  type Hardware,
} from '@handraise/shared';
import { hubTest } from './testing/hub-test.ts';
import { sampleSections } from './testing/sample-inventory.ts';
import { advisorConsole, computerIn } from './testing/school.ts';
import type { TestHub } from './testing/test-hub.ts';

const GB = 1e9;
const PATH = '/api/fleet/hardware-health';

/** The sample hardware with these batteries and filesystems. */
const hardware = (parts: Partial<Hardware>): Hardware => ({
  ...sampleSections().hardware,
  ...parts,
});
const disk = (mount: string, sizeBytes: number, usedBytes: number, fsType = 'ext4') => ({
  mount,
  fsType,
  sizeBytes,
  usedBytes,
});

/** Five reported computers (one then retired) and one that never reported. */
const test = hubTest.extend('fleet', async ({ t, admin }) => {
  const report = (name: string, room: string, parts: Partial<Hardware>) =>
    computerIn(t, admin, name, room, { hardware: hardware(parts) });
  const fleet = {
    lapA: await report('lap-a', 'Room 12', {
      chassis: 'laptop',
      batteries: [{ healthPercent: 55, cycleCount: 900 }],
      // The EFI partition is tiny and full by nature: not counted.
      disks: [disk('/', 256 * GB, 240 * GB), disk('/boot/efi', 0.5 * GB, 0.49 * GB, 'vfat')],
    }),
    // An earlier agent: the older battery summary only.
    lapB: await report('lap-b', 'Room 12', {
      battery: { healthPercent: 75, cycleCount: 400 },
      disks: [disk('/', 500 * GB, 410 * GB)],
    }),
    // Two batteries: the weaker one counts.
    lapC: await report('lap-c', 'Library', {
      batteries: [{ healthPercent: 97 }, { healthPercent: 85, cycleCount: 120 }],
      disks: [disk('C:', 1000 * GB, 100 * GB, 'NTFS')],
    }),
    // A desktop: no battery; a snap image is full by design and left out.
    deskD: await report('desk-d', 'Library', {
      disks: [disk('/', 256 * GB, 100 * GB), disk('/snap/gnome', 2 * GB, 2 * GB, 'squashfs')],
    }),
    retired: await report('lap-e', 'Room 12', {
      batteries: [{ healthPercent: 20 }],
      disks: [disk('/', 100 * GB, 99 * GB)],
    }),
    silent: await t.enroll('lap-f'),
  };
  const retired = await t.http('/api/devices/bulk/retire', {
    token: admin,
    body: { deviceIds: [fleet.retired.deviceId] },
  });
  if (!retired.body.ok) throw new Error(retired.body.error);
  return fleet;
});

const healthOf = async (t: TestHub, token: string) => {
  const answer = await t.http<FleetHardwareHealth>(PATH, { token });
  if (!answer.body.ok) throw new Error(answer.body.error);
  // The answer is what the shared schema says it is.
  return fleetHardwareHealthSchema.parse(answer.body.data);
};

describe('the fleet hardware-health summary', () => {
  test('counts and orders the whole fleet for the coordinator', async ({ t, admin, fleet }) => {
    const health = await healthOf(t, admin);
    expect(health.batteries).toEqual({
      reported: 3,
      under60: 1,
      under80: 2,
      devices: [
        {
          id: fleet.lapA.deviceId,
          name: 'lap-a',
          room: 'Room 12',
          healthPercent: 55,
          cycleCount: 900,
        },
        {
          id: fleet.lapB.deviceId,
          name: 'lap-b',
          room: 'Room 12',
          healthPercent: 75,
          cycleCount: 400,
        },
        {
          id: fleet.lapC.deviceId,
          name: 'lap-c',
          room: 'Library',
          healthPercent: 85,
          cycleCount: 120,
        },
      ],
    });
    expect(health.storage).toEqual({
      reported: 4,
      under10PercentFree: 1,
      under20PercentFree: 2,
      devices: [
        {
          id: fleet.lapA.deviceId,
          name: 'lap-a',
          room: 'Room 12',
          freePercent: 6.3,
          freeBytes: 16 * GB,
          mount: '/',
        },
        {
          id: fleet.lapB.deviceId,
          name: 'lap-b',
          room: 'Room 12',
          freePercent: 18,
          freeBytes: 90 * GB,
          mount: '/',
        },
        {
          id: fleet.deskD.deviceId,
          name: 'desk-d',
          room: 'Library',
          freePercent: 60.9,
          freeBytes: 156 * GB,
          mount: '/',
        },
        {
          id: fleet.lapC.deviceId,
          name: 'lap-c',
          room: 'Library',
          freePercent: 90,
          freeBytes: 900 * GB,
          mount: 'C:',
        },
      ],
    });
  });

  test("gives a teacher advisor their scope's computers", async ({ t, admin, fleet }) => {
    const tom = await advisorConsole(t, admin, {
      username: 'tom',
      displayName: 'Tom Reyes',
      advisorKind: 'teacher',
      scope: { sites: [], rooms: ['Library'] },
    });
    const health = await healthOf(t, tom.token);
    expect(health.batteries.devices.map((d) => d.id)).toEqual([fleet.lapC.deviceId]);
    expect(health.batteries).toMatchObject({ reported: 1, under60: 0, under80: 0 });
    expect(health.storage.devices.map((d) => d.id)).toEqual([
      fleet.deskD.deviceId,
      fleet.lapC.deviceId,
    ]);
    expect(health.storage).toMatchObject({ reported: 2, under10PercentFree: 0 });
  });

  test('refuses a student advisor and anyone signed out', async ({ t, admin, fleet }) => {
    const ana = await advisorConsole(t, admin, {
      username: 'ana',
      displayName: 'Ana Ruiz',
      advisorKind: 'student',
      scope: { sites: [], rooms: ['Room 12'] },
    });
    const refused = await t.http(PATH, { token: ana.token });
    expect([refused.status, refused.body]).toEqual([403, { ok: false, error: 'forbidden' }]);
    const anonymous = await t.http(PATH);
    expect([anonymous.status, anonymous.body]).toEqual([401, { ok: false, error: 'unauthorized' }]);
    // Asking changed nothing: the coordinator's summary is as before.
    expect((await healthOf(t, admin)).batteries.devices[0]?.id).toBe(fleet.lapA.deviceId);
  });

  test('is described in the API document with the shape of its answer', async ({ t }) => {
    const document = (await (await fetch(`${t.hub.url}/api/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    expect(document.paths[PATH]?.get?.responses['2XX']).toMatchObject({
      content: {
        'application/json': {
          schema: {
            properties: {
              data: {
                properties: { batteries: { type: 'object' }, storage: { type: 'object' } },
                required: ['batteries', 'storage'],
              },
            },
          },
        },
      },
    });
  });
});
