// A revoked computer says so wherever it is listed, not just "offline": GET /api/devices, the
// console's devices:list, its detail and the push consoles get when it is revoked. Advisors who see
// the computer see the flag too (it tells them not to troubleshoot it); they still cannot revoke.
import { describe, expect } from 'vitest';
import type { Device, DeviceDetail } from '@handraise/shared';
import { createAdvisor } from '../testing/advisor.ts';
import { hubTest } from '../testing/hub-test.ts';
import { nextEvent, type TestHub } from '../testing/test-hub.ts';

async function listed(t: TestHub, token: string): Promise<Device[]> {
  const { body } = await t.http<Device[]>('/api/devices', { token });
  if (!body.ok) throw new Error(body.error);
  return body.data;
}

const flagOf = (devices: Device[], id: string) => devices.find((d) => d.id === id)?.revoked;

describe('a revoked computer in the lists', () => {
  hubTest('carries `revoked` in every list and to every reader', async ({ t, admin }) => {
    const kept = await t.enroll('lab-pc-01');
    const revoked = await t.enroll('lab-pc-02');
    const advisor = await createAdvisor(t, admin);
    expect(flagOf(await listed(t, admin), revoked.deviceId)).toBeUndefined();

    // An advisor cannot revoke: refused, and the lists say nothing new.
    const refused = await t.http(`/api/devices/${revoked.deviceId}/revoke`, {
      token: advisor.token,
      method: 'POST',
    });
    expect(refused.body).toEqual({ ok: false, error: 'forbidden' });
    expect(flagOf(await listed(t, admin), revoked.deviceId)).toBeUndefined();

    const watching = await t.connectConsole(admin);
    const pushed = nextEvent<Device>(watching, 'device:updated');
    const answer = await t.http(`/api/devices/${revoked.deviceId}/revoke`, {
      token: admin,
      method: 'POST',
    });
    expect(answer.body).toMatchObject({ ok: true });
    expect(await pushed).toMatchObject({ id: revoked.deviceId, revoked: true, online: false });

    for (const token of [admin, advisor.token]) {
      const devices = await listed(t, token);
      expect(flagOf(devices, revoked.deviceId)).toBe(true);
      expect(flagOf(devices, kept.deviceId)).toBeUndefined();
      const socket = await t.connectConsole(token);
      const viaSocket = await socket.emitWithAck('devices:list', {});
      if (!viaSocket.ok) throw new Error(viaSocket.error);
      expect(flagOf(viaSocket.data, revoked.deviceId)).toBe(true);
      expect(flagOf(viaSocket.data, kept.deviceId)).toBeUndefined();
    }
    const detail = await t.http<DeviceDetail>(`/api/devices/${revoked.deviceId}`, {
      token: admin,
    });
    expect(detail.body.ok && detail.body.data.revoked).toBe(true);
  });
});
