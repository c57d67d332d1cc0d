import { describe, expect, it } from 'vitest';
import { readSession } from './session.ts';

const NOW = Date.parse('2026-12-06T10:00:00Z');
const user = {
  id: 'u1',
  username: 'admin',
  displayName: 'Coordinator',
  role: 'coordinator',
  createdAt: '2026-01-01T00:00:00Z',
  onDuty: false,
  advisor: null,
};
const session = { token: 'abc', expiresAt: '2026-12-06T18:00:00Z', user };

describe('readSession', () => {
  it('takes a session of the right shape that has not expired, with the whole user', () => {
    expect(readSession(session, NOW)).toEqual(session);
  });

  it('refuses an expired session', () => {
    expect(readSession({ ...session, expiresAt: '2026-12-06T09:59:59Z' }, NOW)).toBeNull();
  });

  it('refuses what is not a session', () => {
    for (const value of [
      null,
      'abc',
      { ...session, token: '' },
      { ...session, expiresAt: 'tomorrow' },
      { ...session, user: { ...user, role: 'owner' } },
      { token: 'abc', expiresAt: session.expiresAt },
    ])
      expect(readSession(value, NOW)).toBeNull();
  });
});
