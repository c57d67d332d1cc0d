// One meaning of "needs updates" on a real hub: each computer's count of titles the verdict
// engine judges behind (a pending package update is one reason among policies, the catalog, the
// fleet and the OS's end of support) comes with the device in `/api/devices`, `devices:list` and
// every `device:updated`, agrees with its Outdated tab and with the Software overview, and is
// pushed again when an inventory or the coordinator's rules change it. Student advisors, who see
// a computer's software only in its details while helping (and if the coordinator allows it),
// get the counts withheld everywhere else.
import { describe, expect } from 'vitest';
import type {
  Device,
  DeviceDetail,
  DeviceTitleVerdict,
  HubSettings,
  SoftwareOverview,
  User,
} from '@handraise/shared';
import { hubTest } from './testing/hub-test.ts';
import { raiseHand } from './testing/raise-hand.ts';
import { fullReport, sampleSections } from './testing/sample-inventory.ts';
import { advisorConsole } from './testing/school.ts';
import type { AgentClient, ConsoleClient, TestHub } from './testing/test-hub.ts';
import {
  COUNT_PUSH_TIMEOUT_MS,
  countsOf,
  deviceUpdate,
  LIBREOFFICE_UPDATE,
  quietSections,
  reportingComputer,
} from './testing/update-counts.ts';

const ROOM = 'Room 12';
type Computer = { agent: AgentClient; deviceId: string };
type Advisor = { user: User; token: string; socket: ConsoleClient };

/**
 * Room 12: `lab` waits for a Firefox security fix apt offers, `quiet` has nothing pending; Ana is
 * a student advisor for the room, Tom a teacher advisor for it.
 */
const test = hubTest
  .extend('lab', async ({ t, admin }): Promise<Computer> => {
    const base = sampleSections();
    return reportingComputer(t, admin, ROOM, { ...base, os: { ...base.os, hostname: 'lab-pc' } });
  })
  .extend('quiet', async ({ t, admin }) =>
    reportingComputer(t, admin, ROOM, quietSections('quiet-pc')),
  )
  .extend('ana', async ({ t, admin }): Promise<Advisor> =>
    advisorConsole(t, admin, {
      username: 'ana',
      displayName: 'Ana',
      advisorKind: 'student',
      scope: { sites: [], rooms: [ROOM] },
    }),
  )
  .extend('tom', async ({ t, admin }): Promise<Advisor> =>
    advisorConsole(t, admin, {
      username: 'tom',
      displayName: 'Tom',
      advisorKind: 'teacher',
      scope: { sites: [], rooms: [ROOM] },
    }),
  );

async function read<T>(t: TestHub, path: string, token: string): Promise<T> {
  const { body } = await t.http<T>(path, { token });
  if (!body.ok) throw new Error(`${path}: ${body.error}`);
  return body.data;
}

const deviceIn = (devices: Device[], deviceId: string): Device => {
  const found = devices.find((d) => d.id === deviceId);
  if (!found) throw new Error(`no ${deviceId} in the list`);
  return found;
};

/** The list once the engine has judged `deviceId` (its first count comes a moment after). */
async function judgedList(t: TestHub, token: string, deviceId: string): Promise<Device[]> {
  let devices: Device[] = [];
  await expect
    .poll(
      async () => {
        devices = await read<Device[]>(t, '/api/devices', token);
        return deviceIn(devices, deviceId).outdatedCount;
      },
      { timeout: COUNT_PUSH_TIMEOUT_MS },
    )
    .toBeGreaterThan(0);
  return devices;
}

describe('update counts: one meaning of "needs updates"', () => {
  test('each computer carries its titles behind and security fixes, as its Outdated tab and the overview say', async ({
    t,
    admin,
    coordinator,
    lab,
    quiet,
  }) => {
    const listed = await judgedList(t, admin, lab.deviceId);
    const overSocket = await coordinator.emitWithAck('devices:list', {});
    if (!overSocket.ok) throw new Error(overSocket.error);
    for (const device of listed) {
      // The socket's list and the REST list say the same of every computer.
      expect(countsOf(deviceIn(overSocket.data, device.id))).toEqual(countsOf(device));
      // The count is the number of titles its Outdated tab shows behind.
      const outdated = await read<DeviceTitleVerdict[]>(
        t,
        `/api/devices/${device.id}/outdated`,
        admin,
      );
      expect(device.outdatedCount).toBe(outdated.filter((v) => v.status === 'behind').length);
      expect(device.verdictsHidden).toBeUndefined();
    }
    const labRow = deviceIn(listed, lab.deviceId);
    const quietRow = deviceIn(listed, quiet.deviceId);
    // Firefox waits for a security fix on the lab computer; nothing is pending on the other.
    expect(labRow.securityCount).toBe(1);
    expect(labRow.updatesCount).toBe(1);
    expect(labRow.outdatedCount).toBe(quietRow.outdatedCount + 1);
    expect(quietRow.securityCount).toBe(0);
    expect(quietRow.updatesCount).toBe(0);

    // The Software overview counts the same computers.
    const overview = await read<SoftwareOverview>(t, '/api/software/overview', admin);
    expect(overview.devicesBehind).toBe(listed.filter((d) => d.outdatedCount > 0).length);
    expect(overview.devicesWithSecurityUpdates).toBe(
      listed.filter((d) => d.securityCount > 0).length,
    );

    // device:get carries them too.
    const detail = await coordinator.emitWithAck('device:get', { deviceId: lab.deviceId });
    if (!detail.ok) throw new Error(detail.error);
    expect(countsOf(detail.data)).toEqual(countsOf(labRow));
  });

  test('an inventory that puts a title behind, and a new rule, push the new counts', async ({
    t,
    admin,
    coordinator,
    lab,
    quiet,
  }) => {
    const before = deviceIn(await judgedList(t, admin, lab.deviceId), quiet.deviceId);

    // apt now offers a LibreOffice update on the quiet computer: one more title behind.
    const pushed = deviceUpdate(
      coordinator,
      quiet.deviceId,
      (d) => d.outdatedCount === before.outdatedCount + 1,
    );
    const stored = await quiet.agent.emitWithAck(
      'inventory:report',
      fullReport(quietSections('quiet-pc', [LIBREOFFICE_UPDATE])),
    );
    expect(stored.ok).toBe(true);
    const afterInventory = await pushed;
    expect(afterInventory).toMatchObject({ securityCount: 0, updatesCount: 1 });

    // A title the coordinator requires and neither computer has: each is one title further behind.
    const labBefore = deviceIn(await read<Device[]>(t, '/api/devices', admin), lab.deviceId);
    const labPushed = deviceUpdate(
      coordinator,
      lab.deviceId,
      (d) => d.outdatedCount === labBefore.outdatedCount + 1,
    );
    const quietPushed = deviceUpdate(
      coordinator,
      quiet.deviceId,
      (d) => d.outdatedCount === afterInventory.outdatedCount + 1,
    );
    const policy = await t.http('/api/software/policies', {
      token: admin,
      body: { titleKey: 'zoom-workplace', titleName: 'Zoom Workplace', kind: 'required' },
    });
    expect(policy.body.ok).toBe(true);
    expect((await labPushed).securityCount).toBe(1);
    expect((await quietPushed).securityCount).toBe(0);
  });

  test('a student advisor gets the counts withheld in the list and its pushes; a teacher gets them', async ({
    t,
    admin,
    coordinator,
    lab,
    quiet,
    ana,
    tom,
  }) => {
    const full = await judgedList(t, admin, lab.deviceId);
    const hidden = { updatesCount: 0, outdatedCount: 0, securityCount: 0, verdictsHidden: true };

    for (const device of await read<Device[]>(t, '/api/devices', ana.token))
      expect(countsOf(device)).toEqual(hidden);
    const anaList = await ana.socket.emitWithAck('devices:list', {});
    if (!anaList.ok) throw new Error(anaList.error);
    expect(anaList.data).toHaveLength(2);
    for (const device of anaList.data) expect(countsOf(device)).toEqual(hidden);

    for (const device of await read<Device[]>(t, '/api/devices', tom.token))
      expect(countsOf(device)).toEqual(countsOf(deviceIn(full, device.id)));

    // The same change reaches each reader as they may read it.
    const quietBefore = deviceIn(full, quiet.deviceId);
    const changed = (d: Device) => d.outdatedCount === quietBefore.outdatedCount + 1;
    const toCoordinator = deviceUpdate(coordinator, quiet.deviceId, changed);
    const toTom = deviceUpdate(tom.socket, quiet.deviceId, changed);
    const anaHeard: Device[] = [];
    ana.socket.on('device:updated', (d) => anaHeard.push(d));
    await quiet.agent.emitWithAck(
      'inventory:report',
      fullReport(quietSections('quiet-pc', [LIBREOFFICE_UPDATE])),
    );
    const [coordinatorGot, tomGot] = await Promise.all([toCoordinator, toTom]);
    expect(countsOf(tomGot)).toEqual(countsOf(coordinatorGot));
    // Ana's console heard of the computer (it is in her room), never of its counts.
    await expect.poll(() => anaHeard.length).toBeGreaterThan(0);
    for (const device of anaHeard) expect(countsOf(device)).toEqual(hidden);
  });

  test('misuse: a student reads no counts through software routes or details she may not see', async ({
    t,
    admin,
    lab,
    ana,
  }) => {
    await judgedList(t, admin, lab.deviceId);
    const policiesBefore = await read<unknown[]>(t, '/api/software/policies', admin);

    for (const path of ['/api/software/overview', '/api/software', '/api/updates/summary']) {
      const { status, body } = await t.http(path, { token: ana.token });
      expect({ path, status, body }).toEqual({
        path,
        status: 403,
        body: { ok: false, error: 'forbidden' },
      });
    }
    const policy = await t.http('/api/software/policies', {
      token: ana.token,
      body: { titleKey: 'zoom-workplace', titleName: 'Zoom Workplace', kind: 'required' },
    });
    expect(policy.body).toEqual({ ok: false, error: 'forbidden' });
    expect(await read<unknown[]>(t, '/api/software/policies', admin)).toEqual(policiesBefore);

    // Not helping with any of its requests: the computer's details are not hers.
    expect(await ana.socket.emitWithAck('device:get', { deviceId: lab.deviceId })).toEqual({
      ok: false,
      error: 'not-found',
    });
    const { body: overHttp } = await t.http(`/api/devices/${lab.deviceId}`, { token: ana.token });
    expect(overHttp).toEqual({ ok: false, error: 'not-found' });
  });

  test('helping, a student sees the counts in the details only if the coordinator allows software', async ({
    t,
    admin,
    coordinator,
    lab,
    ana,
  }) => {
    const full = deviceIn(await judgedList(t, admin, lab.deviceId), lab.deviceId);
    const requestId = await raiseHand(lab.agent, { category: 'printer', text: 'Paper jam' });
    // Nobody was on duty, so it went to the coordinator, who hands it to Ana.
    const assigned = await coordinator.emitWithAck('request:assign', {
      requestId,
      assigneeId: ana.user.id,
    });
    expect(assigned).toMatchObject({ ok: true, data: { assigneeId: ana.user.id } });

    const withheld = await ana.socket.emitWithAck('device:get', { deviceId: lab.deviceId });
    if (!withheld.ok) throw new Error(withheld.error);
    expect(countsOf(withheld.data)).toEqual({
      updatesCount: 0,
      outdatedCount: 0,
      securityCount: 0,
      verdictsHidden: true,
    });
    expect(withheld.data.softwareHidden).toBe(true);

    const settings = await read<HubSettings>(t, '/api/settings', admin);
    const allowed = await t.http('/api/settings', {
      method: 'PUT',
      token: admin,
      body: {
        hubAddress: settings.hubAddress,
        retentionDays: settings.retentionDays,
        studentsSeeSoftware: true,
      },
    });
    expect(allowed.body.ok).toBe(true);
    const shown = await t.http<DeviceDetail>(`/api/devices/${lab.deviceId}`, {
      token: ana.token,
    });
    if (!shown.body.ok) throw new Error(shown.body.error);
    expect(countsOf(shown.body.data)).toEqual(countsOf(full));
    // The list stays without them: there she is not looking at one computer she helps.
    const listed = deviceIn(await read<Device[]>(t, '/api/devices', ana.token), lab.deviceId);
    expect(listed.verdictsHidden).toBe(true);
  });
});
