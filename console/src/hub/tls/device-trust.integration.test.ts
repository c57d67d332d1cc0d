// Revoking a computer and replacing its secret over the REST API, on a real hub: who may, what an
// unknown or absent computer gets, and that a refused call changes nothing. (The agent's side,
// over TLS, is in agent/test/connection/hub-trust.integration.test.ts.)
import { describe, expect } from 'vitest';
import type { DeviceTrustState, HubCertificateInfo } from '@handraise/shared';
import { createAdvisor } from '../testing/advisor.ts';
import { hubTest } from '../testing/hub-test.ts';
import type { TestHub } from '../testing/test-hub.ts';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

const revokedAtOf = async (t: TestHub, deviceId: string) =>
  (
    await t.hub.database.db
      .selectFrom('devices')
      .select('revoked_at')
      .where('id', '=', deviceId)
      .executeTakeFirstOrThrow()
  ).revoked_at;

const secretHashOf = async (t: TestHub, deviceId: string) =>
  (
    await t.hub.database.db
      .selectFrom('devices')
      .select('secret_hash')
      .where('id', '=', deviceId)
      .executeTakeFirstOrThrow()
  ).secret_hash;

describe("a computer's trust, as the coordinator manages it", () => {
  hubTest(
    'advisors may neither revoke nor replace a secret; nothing changes',
    async ({ t, admin, device }) => {
      const advisor = await createAdvisor(t, admin);
      const hashBefore = await secretHashOf(t, device.deviceId);
      for (const path of [
        `/api/devices/${device.deviceId}/revoke`,
        `/api/devices/${device.deviceId}/rotate-secret`,
      ]) {
        const answer = await t.http(path, { token: advisor.token, method: 'POST' });
        expect([path, answer.status, answer.body]).toEqual([
          path,
          403,
          { ok: false, error: 'forbidden' },
        ]);
      }
      for (const path of [`/api/devices/${device.deviceId}/trust`, '/api/admin/hub-certificate']) {
        expect((await t.http(path, { token: advisor.token })).body).toEqual({
          ok: false,
          error: 'forbidden',
        });
      }
      expect(await revokedAtOf(t, device.deviceId)).toBeNull();
      expect(await secretHashOf(t, device.deviceId)).toBe(hashBefore);
      // The computer still connects with the secret it has.
      const agent = await t.connectAgent(device);
      expect(agent.connected).toBe(true);
    },
  );

  hubTest('answers `not-found` for a computer it does not know', async ({ t, admin }) => {
    for (const path of [
      `/api/devices/${UNKNOWN_ID}/revoke`,
      `/api/devices/${UNKNOWN_ID}/rotate-secret`,
    ]) {
      expect((await t.http(path, { token: admin, method: 'POST' })).body).toEqual({
        ok: false,
        error: 'not-found',
      });
    }
    expect((await t.http(`/api/devices/${UNKNOWN_ID}/trust`, { token: admin })).status).toBe(404);
  });

  hubTest(
    'keeps the secret of a computer that is not connected: nobody could hand it the new one',
    async ({ t, admin, device }) => {
      const hashBefore = await secretHashOf(t, device.deviceId);
      const answer = await t.http(`/api/devices/${device.deviceId}/rotate-secret`, {
        token: admin,
        method: 'POST',
      });
      expect([answer.status, answer.body]).toEqual([409, { ok: false, error: 'invalid-state' }]);
      expect(await secretHashOf(t, device.deviceId)).toBe(hashBefore);
      expect((await t.connectAgent(device)).connected).toBe(true);
    },
  );

  hubTest(
    'revokes once, tells the connected agent why, and refuses it from then on',
    async ({ t, admin, device, agent }) => {
      const farewell = new Promise<unknown>((resolve) => agent.once('hub:farewell', resolve));
      const first = await t.http<DeviceTrustState>(`/api/devices/${device.deviceId}/revoke`, {
        token: admin,
        method: 'POST',
      });
      expect(first.status).toBe(200);
      if (!first.body.ok) throw new Error(first.body.error);
      expect(await farewell).toEqual({ reason: 'device-revoked' });
      // Revoking again keeps the first date.
      const again = await t.http<DeviceTrustState>(`/api/devices/${device.deviceId}/revoke`, {
        token: admin,
        method: 'POST',
      });
      expect(again.body).toEqual(first.body);
      await expect(t.connectAgent(device)).rejects.toThrow('device-revoked');
      // A revoked computer gets no new secret either.
      const rotate = await t.http(`/api/devices/${device.deviceId}/rotate-secret`, {
        token: admin,
        method: 'POST',
      });
      expect([rotate.status, rotate.body]).toEqual([410, { ok: false, error: 'device-revoked' }]);
    },
  );

  hubTest('says the hub serves plain HTTP when configured so', async ({ t, admin }) => {
    const answer = await t.http<HubCertificateInfo>('/api/admin/hub-certificate', { token: admin });
    expect(answer.body).toEqual({
      ok: true,
      data: { tls: false, fingerprint: null, nextFingerprint: null, nextReady: null },
    });
  });
});
