// Display names on a real hub: spaces around a name are dropped, a name of only spaces is refused
// with nothing changed, and an account created without a name shows its username.
import { describe, expect } from 'vitest';
import type { Account, User } from '@handraise/shared';
import { hubTest } from './testing/hub-test.ts';
import type { TestHub } from './testing/test-hub.ts';

const PASSWORD = 'a long helper password';
const BLANK_NAMES = [' ', '   ', '\t', ' \n '];

describe('account display names', () => {
  const accounts = async (t: TestHub, admin: string) => {
    const list = await t.http<Account[]>('/api/users', { token: admin });
    if (!list.body.ok) throw new Error(list.body.error);
    return list.body.data;
  };
  const invalid = { status: 400, body: { ok: false, error: 'invalid-payload' } };

  hubTest(
    'creates an account without a name under its username, and trims the names it keeps',
    async ({ t, admin }) => {
      const unnamed = await t.http<User>('/api/users', {
        token: admin,
        body: { username: 'Sam', password: PASSWORD, role: 'advisor', advisorKind: 'teacher' },
      });
      expect(unnamed).toMatchObject({
        status: 201,
        body: { ok: true, data: { username: 'sam', displayName: 'Sam' } },
      });
      const named = await t.http<User>('/api/users', {
        token: admin,
        body: {
          username: 'rivera',
          displayName: '  Ms Rivera ',
          password: PASSWORD,
          role: 'advisor',
          advisorKind: 'teacher',
        },
      });
      expect(named.body).toMatchObject({ ok: true, data: { displayName: 'Ms Rivera' } });
      if (!named.body.ok) return;
      const renamed = await t.http<Account>(`/api/users/${named.body.data.id}`, {
        method: 'PATCH',
        token: admin,
        body: { displayName: '\tAna Rivera  ' },
      });
      expect(renamed.body).toMatchObject({ ok: true, data: { displayName: 'Ana Rivera' } });
    },
  );

  hubTest('refuses a name of only spaces, creating and renaming nothing', async ({ t, admin }) => {
    const sam = await t.http<User>('/api/users', {
      token: admin,
      body: {
        username: 'sam',
        displayName: 'Sam Okafor',
        password: PASSWORD,
        role: 'advisor',
        advisorKind: 'teacher',
      },
    });
    if (!sam.body.ok) throw new Error(sam.body.error);
    const before = await accounts(t, admin);
    for (const displayName of BLANK_NAMES) {
      expect(
        await t.http('/api/users', {
          token: admin,
          body: {
            username: 'blank',
            displayName,
            password: PASSWORD,
            role: 'advisor',
            advisorKind: 'teacher',
          },
        }),
      ).toEqual(invalid);
      expect(
        await t.http(`/api/users/${sam.body.data.id}`, {
          method: 'PATCH',
          token: admin,
          body: { displayName },
        }),
      ).toEqual(invalid);
    }
    // A name too long once trimmed is refused too.
    expect(
      await t.http('/api/users', {
        token: admin,
        body: {
          username: 'long',
          displayName: 'x'.repeat(129),
          password: PASSWORD,
          role: 'advisor',
          advisorKind: 'teacher',
        },
      }),
    ).toEqual(invalid);
    // An advisor may not create accounts, named or not.
    const samSession = await t.http<{ token: string }>('/api/session', {
      body: { username: 'sam', password: PASSWORD },
    });
    if (!samSession.body.ok) throw new Error(samSession.body.error);
    expect(
      await t.http('/api/users', {
        token: samSession.body.data.token,
        body: { username: 'unnamed', password: PASSWORD, role: 'coordinator' },
      }),
    ).toEqual({ status: 403, body: { ok: false, error: 'forbidden' } });
    expect(await accounts(t, admin)).toEqual(before);
    for (const username of ['blank', 'unnamed'])
      expect(
        (await t.http('/api/session', { body: { username, password: PASSWORD } })).status,
      ).toBe(401);
  });
});
