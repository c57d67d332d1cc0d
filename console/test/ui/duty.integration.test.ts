// "On duty" on a real hub with real sockets: `duty:set` answers with the caller's account, every
// console hears `duty:updated`, only the caller's own flag changes, a helper with no console open
// drops off the list, and malformed payloads are refused. `GET /api/duty` says the same.
import { describe, expect } from 'vitest';
import type { Person, User } from '@handraise/shared';
import { hubTest } from '../../src/hub/testing/hub-test.ts';
import type { ConsoleClient, TestHub } from '../../src/hub/testing/test-hub.ts';
import { createAdvisor } from '../../src/hub/testing/advisor.ts';

/**
 * The next `duty:updated` on a socket that names exactly these people. Consoles also hear a push
 * when any helper's first console connects, so a test waits for the one it caused.
 */
function dutyPush(socket: ConsoleClient, names: string[], timeoutMs = 5_000): Promise<Person[]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off('duty:updated', listen);
      reject(new Error(`no duty:updated with ${JSON.stringify(names)}`));
    }, timeoutMs);
    const listen = (people: Person[]) => {
      if (JSON.stringify(people.map((p) => p.displayName)) !== JSON.stringify(names)) return;
      clearTimeout(timer);
      socket.off('duty:updated', listen);
      resolve(people);
    };
    socket.on('duty:updated', listen);
  });
}

/** Who `GET /api/duty` says is on duty, as `token`'s holder sees it. */
async function onDutyOverHttp(t: TestHub, token: string) {
  const { body } = await t.http<Person[]>('/api/duty', { token });
  if (!body.ok) throw new Error(body.error);
  return body.data.map((p) => p.displayName);
}

describe('advisors on duty', () => {
  hubTest(
    'goes on duty: the ack is the caller, other consoles hear it, HTTP agrees',
    async ({ t, admin }) => {
      const sam = await createAdvisor(t, admin);
      expect(sam.user.onDuty).toBe(false);
      const samConsole = await t.connectConsole(sam.token);
      const coordinator = await t.connectConsole(admin);

      const pushed = dutyPush(coordinator, ['Sam Okafor']);
      const ack = await samConsole.emitWithAck('duty:set', { onDuty: true });
      expect(ack).toEqual({ ok: true, data: { ...sam.user, onDuty: true } });
      expect(await pushed).toEqual([
        { id: sam.user.id, displayName: 'Sam Okafor', role: 'advisor' },
      ]);
      expect(await onDutyOverHttp(t, admin)).toEqual(['Sam Okafor']);
      // The console reads the same list on its socket, in order with the pushes.
      expect(await coordinator.emitWithAck('duty:list', {})).toEqual({
        ok: true,
        data: await pushed,
      });

      // Only the caller's flag: the coordinator is still off duty, in the store too.
      const me = await t.http<User>('/api/me', { token: admin });
      expect(me.body).toMatchObject({ ok: true, data: { onDuty: false } });
      const users = await t.http<User[]>('/api/users', { token: admin });
      expect(users.body.ok && users.body.data.map((u) => [u.username, u.onDuty])).toEqual([
        ['admin', false],
        ['sam', true],
      ]);

      const off = dutyPush(coordinator, []);
      expect(await samConsole.emitWithAck('duty:set', { onDuty: false })).toMatchObject({
        ok: true,
        data: { id: sam.user.id, onDuty: false },
      });
      expect(await off).toEqual([]);
      expect((await t.http('/api/duty')).status).toBe(401);
    },
  );

  hubTest('counts a helper only while a console of theirs is connected', async ({ t, admin }) => {
    const sam = await createAdvisor(t, admin);
    const coordinator = await t.connectConsole(admin);
    const first = await t.connectConsole(sam.token);
    const second = await t.connectConsole(sam.token);
    await first.emitWithAck('duty:set', { onDuty: true });

    // One of two consoles closing changes nothing; the last one takes them off the list.
    first.disconnect();
    // Once the hub has counted the first console out, Sam is still on duty through the second.
    await expect.poll(() => t.hub.consoleConnections(sam.user.id)).toBe(1);
    expect(await onDutyOverHttp(t, admin)).toEqual(['Sam Okafor']);
    const gone = dutyPush(coordinator, []);
    second.disconnect();
    expect(await gone).toEqual([]);

    // The flag itself stays: opening a console again puts them back, and everyone hears it.
    const back = dutyPush(coordinator, ['Sam Okafor']);
    await t.connectConsole(sam.token);
    expect((await back)[0]).toMatchObject({ id: sam.user.id, role: 'advisor' });
  });

  hubTest('refuses malformed payloads and leaves the flag alone', async ({ t, admin }) => {
    const sam = await createAdvisor(t, admin);
    const samConsole: ConsoleClient = await t.connectConsole(sam.token);
    const bad: unknown[] = [
      {},
      null,
      'on',
      { onDuty: 'yes' },
      { onDuty: 1 },
      // Someone else's flag cannot be named: the payload has no room for a user id.
      { onDuty: true, userId: sam.user.id },
    ];
    for (const payload of bad) {
      const ack = await (samConsole.emitWithAck as (e: string, p: unknown) => Promise<unknown>)(
        'duty:set',
        payload,
      );
      expect(ack, JSON.stringify(payload)).toEqual({ ok: false, error: 'invalid-payload' });
    }
    expect(await onDutyOverHttp(t, admin)).toEqual([]);
  });
});
