// Test support: the account calls the account tests make, as a `calls` fixture beside the test
// hub's coordinator.
import type { Account, SessionCreated, User } from '@handraise/shared';
import { hubTest } from './hub-test.ts';
import type { TestHub } from './test-hub.ts';

export type Credentials = { username: string; password: string };
type NewAccount = Credentials & {
  displayName: string;
  role: 'advisor' | 'coordinator';
  advisorKind?: 'student' | 'teacher' | undefined;
};

/** The account calls these tests make, on hub `t` as the coordinator holding `admin`. */
export function accountCalls(t: TestHub, admin: string) {
  const signIn = (as: Credentials) => t.http<SessionCreated>('/api/session', { body: as });
  return {
    signIn,
    tokenOf: async (as: Credentials) => {
      const { body } = await signIn(as);
      if (!body.ok) throw new Error(body.error);
      return body.data.token;
    },
    create: async (input: NewAccount) => {
      const created = await t.http<User>('/api/users', { token: admin, body: input });
      if (!created.body.ok) throw new Error(created.body.error);
      return created.body.data;
    },
    accounts: async () => {
      const list = await t.http<Account[]>('/api/users', { token: admin });
      if (!list.body.ok) throw new Error(list.body.error);
      return list.body.data;
    },
    patch: (id: string, body: unknown, token = admin) =>
      t.http<Account>(`/api/users/${id}`, { method: 'PATCH', token, body }),
  };
}

/** The hub fixtures, plus `calls` on the test hub as its coordinator. */
export const accountTest = hubTest.extend('calls', async ({ t, admin }) => accountCalls(t, admin));
