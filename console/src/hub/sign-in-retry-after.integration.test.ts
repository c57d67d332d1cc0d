// A refused sign-in on a real hub says how long to wait (Retry-After, in seconds), and waiting
// that long is enough: the wait grows 1 s, 2 s, 4 s … as wrong passwords go on.
import { describe, expect } from 'vitest';
import type { Ack } from '@handraise/shared';
import { SIGN_IN_LIMITS } from './http/sign-in-guard.ts';
import { hubTest } from './testing/hub-test.ts';
import { manualClock } from './testing/manual-clock.ts';
import { TEST_ADMIN_PASSWORD, type TestHub } from './testing/test-hub.ts';

/** Where these tests' clock stands until a test moves it. */
const START = '2026-11-30T08:00:00Z';

type Answer = { status: number; retryAfter: string | null; body: Ack<unknown> };

async function call(t: TestHub, path: string, method: string, body: unknown, token?: string) {
  const response = await fetch(`${t.hub.url}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  const answer: Answer = {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: (await response.json()) as Ack<unknown>,
  };
  return answer;
}

const MS_PER_SECOND = 1_000;

describe('sign-in Retry-After', () => {
  hubTest(
    'tells a refused sign-in the real wait in seconds, and lets it in once that has passed',
    async ({ startHub }) => {
      const clock = manualClock(START);
      const t = await startHub({ clock });
      const guess = (password = 'not the password') =>
        call(t, '/api/session', 'POST', { username: 'admin', password });

      for (let i = 0; i < SIGN_IN_LIMITS.pairFreeFailures; i++) {
        expect(await guess()).toMatchObject({ status: 401, retryAfter: null });
      }
      const waits: string[] = [];
      for (let round = 0; round < 4; round++) {
        const refused = await guess();
        expect(refused.status).toBe(429);
        expect(refused.body).toEqual({ ok: false, error: 'rate-limited' });
        waits.push(refused.retryAfter ?? 'none');
        // One millisecond short of the wait is still refused, even with the right password.
        const seconds = Number(refused.retryAfter);
        clock.advance(seconds * MS_PER_SECOND - 1);
        expect((await guess(TEST_ADMIN_PASSWORD)).status).toBe(429);
        clock.advance(1);
        // Waiting as told is enough: this guess is checked (and fails).
        expect((await guess()).status).toBe(401);
      }
      expect(waits).toEqual(['1', '2', '4', '8']);

      const refused = await guess();
      expect(refused.retryAfter).toBe('16');
      clock.advance(16 * MS_PER_SECOND);
      expect(await guess(TEST_ADMIN_PASSWORD)).toMatchObject({ status: 201, retryAfter: null });
    },
  );

  hubTest(
    'says the wait when a wrong current password is refused on a password change',
    async ({ startHub }) => {
      const t = await startHub({ clock: manualClock(START) });
      const token = await t.signIn();
      const statuses: Answer[] = [];
      for (let i = 0; i <= SIGN_IN_LIMITS.pairFreeFailures; i++) {
        statuses.push(
          await call(
            t,
            '/api/me/password',
            'PUT',
            { currentPassword: `guess ${i}`, newPassword: 'taken over now' },
            token,
          ),
        );
      }
      expect(statuses.map((s) => s.status)).toEqual([403, 403, 403, 403, 403, 429]);
      expect(statuses.at(-1)?.retryAfter).toBe('1');
    },
  );
});
