// A copied agent (two computers holding one secret) shows as connections replacing each other.
// Rotating the secret then would hand it to whichever copy holds the connection, so the hub
// refuses with `conflict` until the connections have been quiet for ten minutes; one agent alone
// gets its new secret. Real hub, real sockets, the hub's clock moved by the test.
import { describe, expect } from 'vitest';
import { ok, type SecretRotated } from '@handraise/shared';
import { hubTest } from '../testing/hub-test.ts';
import { manualClock } from '../testing/manual-clock.ts';
import type { AgentClient, TestHub } from '../testing/test-hub.ts';
import { SWAP_QUIET_MS } from './connection-swaps.ts';
import { TWO_COPIES_MESSAGE } from './trust-routes.ts';

const clock = manualClock('2026-12-07T09:00:00Z');
const test = hubTest.override('hubOptions', { clock });

const secretHashOf = async (t: TestHub, deviceId: string) =>
  (
    await t.hub.database.db
      .selectFrom('devices')
      .select('secret_hash')
      .where('id', '=', deviceId)
      .executeTakeFirstOrThrow()
  ).secret_hash;

/** Stores nothing, but acknowledges like an agent would; records every secret it was handed. */
function acceptSecrets(agent: AgentClient): string[] {
  const handed: string[] = [];
  agent.on('device:secret', ({ secret }, answer) => {
    handed.push(secret);
    answer(ok(null));
  });
  return handed;
}

const rotate = (t: TestHub, admin: string, deviceId: string) =>
  t.http<SecretRotated>(`/api/devices/${deviceId}/rotate-secret`, { token: admin, method: 'POST' });

describe('rotating the secret of a computer whose agent was copied', () => {
  test('is refused while two connections take turns, and works once they stop', async ({
    t,
    admin,
    device,
  }) => {
    const original = await t.connectAgent(device);
    const originalHanded = acceptSecrets(original);
    const droppedOriginal = new Promise<void>((resolve) =>
      original.once('disconnect', () => resolve()),
    );
    const copy = await t.connectAgent(device);
    const copyHanded = acceptSecrets(copy);
    // The hub keeps one connection per computer: the copy's replaced the original's.
    await droppedOriginal;
    const hashBefore = await secretHashOf(t, device.deviceId);

    const refused = await rotate(t, admin, device.deviceId);
    expect([refused.status, refused.body]).toEqual([
      409,
      { ok: false, error: 'conflict', message: TWO_COPIES_MESSAGE },
    ]);
    expect(await secretHashOf(t, device.deviceId)).toBe(hashBefore);
    expect([originalHanded, copyHanded]).toEqual([[], []]);
    // Nothing else changed either: the connected copy is still the computer's connection.
    expect(copy.connected).toBe(true);

    // Still refused a moment before the quiet period ends...
    clock.advance(SWAP_QUIET_MS - 1_000);
    expect((await rotate(t, admin, device.deviceId)).status).toBe(409);
    // ...and handed to the one connection once they have been quiet that long.
    clock.advance(1_000);
    const rotated = await rotate(t, admin, device.deviceId);
    expect(rotated.status).toBe(200);
    expect(copyHanded).toHaveLength(1);
    expect(await secretHashOf(t, device.deviceId)).not.toBe(hashBefore);
  });

  test('hands a single connection its new secret at once', async ({ t, admin, device }) => {
    const agent = await t.connectAgent(device);
    const handed = acceptSecrets(agent);
    const hashBefore = await secretHashOf(t, device.deviceId);
    const rotated = await rotate(t, admin, device.deviceId);
    expect(rotated.body).toEqual({ ok: true, data: { rotatedAt: clock.now().toISOString() } });
    expect(handed).toHaveLength(1);
    expect(await secretHashOf(t, device.deviceId)).not.toBe(hashBefore);
  });
});
