// Password guessing against a real hub: parallel guesses are limited as surely as serial ones,
// answers take as long for unknown usernames as for real ones, and a guesser is limited without
// locking the account's owner out.
import { describe, expect } from 'vitest';
import type { Ack, SessionCreated, User } from '@handraise/shared';
import { hubTest } from './testing/hub-test.ts';
import { manualClock } from './testing/manual-clock.ts';
import { TEST_ADMIN_PASSWORD, type TestHub } from './testing/test-hub.ts';

/** A sign-in as it arrives through a reverse proxy, which names the client in X-Forwarded-For. */
async function signInVia(
  t: TestHub,
  body: { username: string; password: string },
  forwardedFor?: string,
): Promise<{ status: number; body: Ack<SessionCreated> }> {
  const response = await fetch(`${t.hub.url}/api/session`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}),
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Ack<SessionCreated> };
}

/** Where these tests' clock stands: waits between guesses run out only when a test says so. */
const START = '2026-11-30T08:00:00Z';

/**
 * The lower quartile of some timings. Other work on the machine (the suite runs files side by side)
 * only ever adds time, and in bursts; the quartile reflects the work each answer really costs,
 * where a median still moves with a burst that happens to fall on one kind more than the other.
 */
const lowerQuartile = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 4)]!;

/** Guesses tried in one burst, and how many of them must be refused unchecked. */
const PARALLEL_GUESSES = 60;
const REFUSED_AT_LEAST = 50;

/** Sign-ins timed per kind of username; alternated so that load on the machine hits both alike. */
const TIMED_PER_KIND = 21;
/** How far apart the two kinds' timings may be, as a share of the larger. */
const TIMING_TOLERANCE = 0.2;

describe('sign-in limits', () => {
  hubTest(
    'refuses most of a burst of parallel wrong passwords without checking them',
    async ({ startHub }) => {
      const t = await startHub({ clock: manualClock(START) });
      const answers = await Promise.all(
        Array.from({ length: PARALLEL_GUESSES }, (_, i) =>
          signInVia(t, { username: 'admin', password: `guess number ${i}` }),
        ),
      );
      const statuses = answers.map((a) => a.status);
      expect(statuses.filter((s) => s === 201)).toEqual([]);
      expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(REFUSED_AT_LEAST);
      expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
      expect(answers.find((a) => a.status === 429)?.body).toEqual({
        ok: false,
        error: 'rate-limited',
      });
    },
  );

  hubTest('takes as long to refuse an unknown username as a known one', async ({ startHub }) => {
    const t = await startHub();
    const admin = await t.signIn();
    // One known account per timed attempt, so no account or address reaches its limit.
    const known: string[] = [];
    for (let i = 0; i < TIMED_PER_KIND; i++) {
      const created = await t.http<User>('/api/users', {
        token: admin,
        body: {
          username: `helper${i}`,
          displayName: `Helper ${i}`,
          password: 'a long helper password',
          role: 'advisor',
          advisorKind: 'teacher',
        },
      });
      expect(created.status).toBe(201);
      known.push(`helper${i}`);
    }
    const timed = async (username: string) => {
      const started = performance.now();
      const answer = await signInVia(t, { username, password: 'not the password' });
      const elapsed = performance.now() - started;
      expect(answer.status).toBe(401);
      return elapsed;
    };
    // A first unknown name, untimed: nothing about the first answer may differ either.
    await timed('warm-up-nobody');
    const knownTimes: number[] = [];
    const unknownTimes: number[] = [];
    for (let i = 0; i < TIMED_PER_KIND; i++) {
      knownTimes.push(await timed(known[i]!));
      unknownTimes.push(await timed(`nobody${i}`));
    }
    const [k, u] = [lowerQuartile(knownTimes), lowerQuartile(unknownTimes)];
    expect(Math.abs(k - u) / Math.max(k, u), `known ${k} ms, unknown ${u} ms`).toBeLessThan(
      TIMING_TOLERANCE,
    );
  });

  hubTest(
    "limits a guesser at one address while the account's owner signs in from another",
    async ({ startHub }) => {
      const t = await startHub({
        config: { trustProxy: ['127.0.0.1'] },
        clock: manualClock(START),
      });
      const guesser = '10.0.8.66';
      const owner = '10.0.1.5';
      const answers: number[] = [];
      for (let i = 0; i < 30; i++) {
        answers.push(
          (await signInVia(t, { username: 'admin', password: `guess ${i}` }, guesser)).status,
        );
      }
      // A few honest typos go through; then the guesser waits, whatever they send.
      expect(answers.slice(0, 4)).toEqual([401, 401, 401, 401]);
      expect(answers.slice(10)).toEqual(Array.from({ length: 20 }, () => 429));
      expect(
        (await signInVia(t, { username: 'admin', password: TEST_ADMIN_PASSWORD }, guesser)).status,
      ).toBe(429);

      const signedIn = await signInVia(
        t,
        { username: 'admin', password: TEST_ADMIN_PASSWORD },
        owner,
      );
      expect(signedIn.status).toBe(201);
      expect(signedIn.body.ok && signedIn.body.data.user.username).toBe('admin');
    },
  );

  hubTest(
    'ignores X-Forwarded-For unless the hub is told to trust a proxy',
    async ({ startHub }) => {
      const t = await startHub({ clock: manualClock(START) });
      const answers: number[] = [];
      // Each guess claims another address; none of them is believed.
      for (let i = 0; i < 12; i++) {
        answers.push(
          (await signInVia(t, { username: 'admin', password: `guess ${i}` }, `10.0.9.${i}`)).status,
        );
      }
      expect(answers.slice(-4)).toEqual([429, 429, 429, 429]);
    },
  );
});
