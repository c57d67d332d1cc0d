// A session ends everywhere at once: signing out, expiry, a password change, a role change, and a
// disabled or deleted account each close the person's open console sockets (which hear why first)
// and make their token worthless over HTTP.
import { describe, expect } from 'vitest';
import type { SessionCreated, SessionEnded, User } from '@handraise/shared';
import type { Clock } from './clock.ts';
import { SESSION_TTL_MS } from './storage/users-store.ts';
import { hubTest, type HubOptions } from './testing/hub-test.ts';
import {
  nextEvent,
  TEST_ADMIN_PASSWORD,
  type ConsoleClient,
  type TestHub,
} from './testing/test-hub.ts';
import { ADVISOR as SAM } from './testing/advisor.ts';
import { raiseHand } from './testing/raise-hand.ts';

/** How close to its end a session is put, in real time, so its timer has to do the work. */
const EXPIRES_IN_MS = 300;

/** A clock that runs with real time, plus an offset a test can move. */
function movableClock(): Clock & { jump(ms: number): void } {
  let offset = 0;
  return {
    now: () => new Date(Date.now() + offset),
    jump: (ms) => void (offset += ms),
  };
}

describe('ending sessions', () => {
  /** A hub with one open help request, which consoles write to in order to prove they work. */
  async function hubWithRequest(
    startHub: (options?: HubOptions) => Promise<TestHub>,
    clock?: Clock,
  ) {
    const hub = await startHub(clock ? { clock } : {});
    const agent = await hub.connectAgent(await hub.enroll());
    const requestId = await raiseHand(agent, {
      category: 'printer',
      text: 'The printer says paper jam',
    });
    const write = (socket: ConsoleClient, text = 'On my way') =>
      socket.emitWithAck('request:message', { requestId, text });
    return { hub, write, requestId };
  }

  const signIn = async (hub: TestHub, as: { username: string; password: string }) => {
    const { body } = await hub.http<SessionCreated>('/api/session', { body: as });
    if (!body.ok) throw new Error(body.error);
    return body.data.token;
  };

  /** Resolves with why the hub ended the socket, once it has also disconnected it. */
  const endOf = async (socket: ConsoleClient) => {
    const [ended, reason] = await Promise.all([
      nextEvent<SessionEnded>(socket, 'session:ended'),
      nextEvent<string>(socket, 'disconnect'),
    ]);
    expect(reason).toBe('io server disconnect');
    return ended.reason;
  };

  const createSam = async (hub: TestHub, admin: string) => {
    const created = await hub.http<User>('/api/users', { token: admin, body: SAM });
    if (!created.body.ok) throw new Error(created.body.error);
    return {
      sam: created.body.data,
      token: await signIn(hub, { username: SAM.username, password: SAM.password }),
    };
  };

  hubTest(
    'signing out ends that session’s live socket, and only that session',
    async ({ startHub }) => {
      const { hub, write } = await hubWithRequest(startHub);
      const [here, there] = [await hub.signIn(), await hub.signIn()];
      const [hereSocket, thereSocket] = [
        await hub.connectConsole(here),
        await hub.connectConsole(there),
      ];
      expect((await write(hereSocket)).ok).toBe(true);

      const ended = endOf(hereSocket);
      expect((await hub.http('/api/session', { method: 'DELETE', token: here })).status).toBe(200);
      expect(await ended).toBe('signed-out');
      expect(hereSocket.connected).toBe(false);
      expect((await hub.http('/api/me', { token: here })).status).toBe(401);
      await expect(hub.connectConsole(here)).rejects.toThrow('unauthorized');

      expect((await write(thereSocket)).ok).toBe(true);
      expect((await hub.http('/api/me', { token: there })).status).toBe(200);
    },
  );

  hubTest('disabling an account ends its live sockets at once', async ({ startHub }) => {
    const { hub, write, requestId } = await hubWithRequest(startHub);
    const admin = await hub.signIn();
    const { sam, token } = await createSam(hub, admin);
    const samSocket = await hub.connectConsole(token);
    const adminSocket = await hub.connectConsole(admin);
    // An advisor writes to the requester they help: Sam claims it first.
    expect((await samSocket.emitWithAck('request:claim', { requestId })).ok).toBe(true);
    expect((await write(samSocket)).ok).toBe(true);

    const ended = endOf(samSocket);
    const patched = await hub.http<User>(`/api/users/${sam.id}`, {
      method: 'PATCH',
      token: admin,
      body: { disabled: true },
    });
    expect(patched.status).toBe(200);
    expect(await ended).toBe('disabled');
    expect((await hub.http('/api/me', { token })).status).toBe(401);
    await expect(hub.connectConsole(token)).rejects.toThrow('unauthorized');
    expect((await write(adminSocket)).ok).toBe(true);
  });

  hubTest(
    'an expired session ends its live socket when it expires, with nobody calling anything',
    async ({ startHub }) => {
      const clock = movableClock();
      const { hub } = await hubWithRequest(startHub, clock);
      const token = await hub.signIn();
      // The session now has EXPIRES_IN_MS of real time left.
      clock.jump(SESSION_TTL_MS - EXPIRES_IN_MS);
      const socket = await hub.connectConsole(token);
      expect(await endOf(socket)).toBe('expired');
      expect((await hub.http('/api/me', { token })).status).toBe(401);
    },
  );

  hubTest(
    'an expired session stops working on its next use, even before its timer fires',
    async ({ startHub }) => {
      const clock = movableClock();
      const { hub, write, requestId } = await hubWithRequest(startHub, clock);
      const token = await hub.signIn();
      const socket = await hub.connectConsole(token);
      expect((await write(socket)).ok).toBe(true);

      clock.jump(SESSION_TTL_MS);
      const ended = endOf(socket);
      expect(await write(socket, 'Still here?')).toEqual({ ok: false, error: 'unauthorized' });
      expect(await ended).toBe('expired');
      // Refused means refused: the message was not recorded.
      const detail = await hub.http(`/api/requests/${requestId}`, { token: await hub.signIn() });
      expect(detail.status).toBe(200);
      expect(JSON.stringify(detail.body)).toContain('On my way');
      expect(JSON.stringify(detail.body)).not.toContain('Still here?');
    },
  );

  hubTest(
    'changing one’s password ends the other sessions and keeps the one that changed it',
    async ({ startHub }) => {
      const { hub, write } = await hubWithRequest(startHub);
      const [here, elsewhere] = [await hub.signIn(), await hub.signIn()];
      const hereSocket = await hub.connectConsole(here);
      const elsewhereSocket = await hub.connectConsole(elsewhere);

      const ended = endOf(elsewhereSocket);
      const changed = await hub.http('/api/me/password', {
        method: 'PUT',
        token: here,
        body: { currentPassword: TEST_ADMIN_PASSWORD, newPassword: 'a brand new passphrase' },
      });
      expect(changed.status).toBe(200);
      expect(await ended).toBe('password-changed');
      expect((await hub.http('/api/me', { token: elsewhere })).status).toBe(401);

      expect((await write(hereSocket)).ok).toBe(true);
      expect((await hub.http('/api/me', { token: here })).status).toBe(200);
      expect(
        (
          await hub.http('/api/session', {
            body: { username: 'admin', password: TEST_ADMIN_PASSWORD },
          })
        ).status,
      ).toBe(401);
      await signIn(hub, { username: 'admin', password: 'a brand new passphrase' });
    },
  );

  hubTest(
    'a coordinator’s reset, a role change and a deletion each end the person’s sockets',
    async ({ startHub }) => {
      const { hub, write } = await hubWithRequest(startHub);
      const admin = await hub.signIn();
      const { sam, token } = await createSam(hub, admin);

      const reset = endOf(await hub.connectConsole(token));
      const resetAnswer = await hub.http(`/api/users/${sam.id}/password`, {
        token: admin,
        body: { newPassword: 'handed over in person' },
      });
      expect(resetAnswer.status).toBe(200);
      expect(await reset).toBe('password-changed');
      expect((await hub.http('/api/me', { token })).status).toBe(401);

      const promotedToken = await signIn(hub, {
        username: 'sam',
        password: 'handed over in person',
      });
      const promoted = endOf(await hub.connectConsole(promotedToken));
      await hub.http(`/api/users/${sam.id}`, {
        method: 'PATCH',
        token: admin,
        body: { role: 'coordinator' },
      });
      expect(await promoted).toBe('role-changed');

      const lastToken = await signIn(hub, { username: 'sam', password: 'handed over in person' });
      const lastSocket = await hub.connectConsole(lastToken);
      expect((await write(lastSocket)).ok).toBe(true);
      const deleted = endOf(lastSocket);
      expect(
        (await hub.http(`/api/users/${sam.id}`, { method: 'DELETE', token: admin })).status,
      ).toBe(200);
      expect(await deleted).toBe('deleted');
      expect((await hub.http('/api/me', { token: lastToken })).status).toBe(401);
    },
  );
});
