// Test support: a Tech Advisor account next to the test hub's coordinator.
import type { SessionCreated, User } from '@handraise/shared';
import type { TestHub } from './test-hub.ts';

export const ADVISOR = {
  username: 'sam',
  displayName: 'Sam Okafor',
  password: 'sam-password-1',
  role: 'advisor',
  // A teacher for the whole school: the widest reach an advisor can have.
  advisorKind: 'teacher',
} as const;

/** Creates the advisor with the coordinator's token and signs them in. */
export async function createAdvisor(
  t: TestHub,
  coordinatorToken: string,
): Promise<{ user: User; token: string }> {
  const created = await t.http<User>('/api/users', { token: coordinatorToken, body: ADVISOR });
  if (!created.body.ok) throw new Error(created.body.error);
  const session = await t.http<SessionCreated>('/api/session', {
    body: { username: ADVISOR.username, password: ADVISOR.password },
  });
  if (!session.body.ok) throw new Error(session.body.error);
  return { user: created.body.data, token: session.body.data.token };
}
