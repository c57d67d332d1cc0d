// First-start setup on a real hub happens once, however many requests for it arrive together: one
// coordinator is created, every other request is told `already-set-up`, and none fails.
import { describe, expect } from 'vitest';
import type { Account, Ack, SessionCreated } from '@handraise/shared';
import { hubTest } from './testing/hub-test.ts';
import type { TestHub } from './testing/test-hub.ts';

/** How many set-up requests race each other; enough to overlap their password hashing. */
const PARALLEL_SETUPS = 10;

describe('first-start setup', () => {
  /** A hub as `npm start` leaves it: no accounts yet. */
  const test = hubTest.override('hubOptions', {
    config: { adminPassword: undefined, enrollToken: undefined },
  });

  const setUpInParallel = (hub: TestHub, usernameOf: (i: number) => string) =>
    Promise.all(
      Array.from({ length: PARALLEL_SETUPS }, (_, i) =>
        hub.http<SessionCreated>('/api/setup', {
          body: { username: usernameOf(i), password: `first passphrase ${i}` },
        }),
      ),
    );

  /** Exactly one request created an account; the others were told so; and only it exists. */
  const expectOneCoordinator = async (
    hub: TestHub,
    answers: { status: number; body: Ack<SessionCreated> }[],
  ) => {
    const winners = answers.filter((a) => a.status === 201);
    expect(winners).toHaveLength(1);
    expect(answers.filter((a) => a.status !== 201)).toEqual(
      Array.from({ length: PARALLEL_SETUPS - 1 }, () => ({
        status: 409,
        body: { ok: false, error: 'already-set-up' },
      })),
    );
    const winner = winners[0]!.body;
    if (!winner.ok) throw new Error(winner.error);
    const accounts = await hub.http<Account[]>('/api/users', { token: winner.data.token });
    expect(accounts.body.ok && accounts.body.data).toEqual([
      expect.objectContaining({ id: winner.data.user.id, role: 'coordinator' }),
    ]);
    expect((await hub.http<{ setupRequired: boolean }>('/api/status')).body).toMatchObject({
      ok: true,
      data: { setupRequired: false },
    });
  };

  test('creates one coordinator when ten different set-ups arrive at once', async ({ t: hub }) => {
    await expectOneCoordinator(hub, await setUpInParallel(hub, (i) => `coordinator${i}`));
  });

  test('creates one coordinator when ten set-ups with the same username arrive at once', async ({
    t: hub,
  }) => {
    await expectOneCoordinator(hub, await setUpInParallel(hub, () => 'admin'));
  });

  test('refuses a name of only spaces and changes nothing; trims the name it keeps', async ({
    t: hub,
  }) => {
    const refused = await hub.http('/api/setup', {
      body: { username: 'rivera', password: 'first passphrase', displayName: '   ' },
    });
    expect(refused).toEqual({ status: 400, body: { ok: false, error: 'invalid-payload' } });
    expect((await hub.http('/api/status')).body).toMatchObject({ data: { setupRequired: true } });

    const created = await hub.http<SessionCreated>('/api/setup', {
      body: { username: 'rivera', password: 'first passphrase', displayName: '  Ms Rivera ' },
    });
    expect(created.body).toMatchObject({ ok: true, data: { user: { displayName: 'Ms Rivera' } } });
  });
});
