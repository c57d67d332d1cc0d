// Enrollment tokens and the hub's data folder on a real hub: a revoked token stays revoked across
// restarts, and wrong tokens are limited per address.
import pino from 'pino';
import { describe, expect, onTestFinished } from 'vitest';
import { PROTOCOL_VERSION, type EnrollmentTokenSummary } from '@handraise/shared';
import { createHub } from './create-hub.ts';
import { ENROLLMENT_LIMITS } from './http/enrollment-guard.ts';
import { hubTest } from './testing/hub-test.ts';
import { TEST_ENROLL_TOKEN } from './testing/test-hub.ts';

describe('enrollment tokens', () => {
  const enrollWith = async (hubUrl: string, token: string) => {
    const response = await fetch(`${hubUrl}/api/enroll`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        token,
        identity: { hostname: 'lab-pc' },
        protocolVersion: PROTOCOL_VERSION,
      }),
    });
    return {
      status: response.status,
      body: (await response.json()) as { ok: boolean; error?: string },
    };
  };

  hubTest(
    'keeps a revoked HANDRAISE_ENROLL_TOKEN revoked when the hub restarts with it',
    async ({ t, admin }) => {
      expect((await enrollWith(t.hub.url, TEST_ENROLL_TOKEN)).status).toBe(201);
      const tokens = await t.http<EnrollmentTokenSummary[]>('/api/enrollment-tokens', {
        token: admin,
      });
      if (!tokens.body.ok) throw new Error(tokens.body.error);
      expect(tokens.body.data.map((x) => x.label)).toEqual(['HANDRAISE_ENROLL_TOKEN']);
      const revoked = await t.http(`/api/enrollment-tokens/${tokens.body.data[0]!.id}`, {
        method: 'DELETE',
        token: admin,
      });
      expect(revoked.status).toBe(200);

      await t.hub.close();
      const config = { ...t.config, enrollToken: TEST_ENROLL_TOKEN };
      let restarted = await createHub({ config, logger: pino({ level: 'silent' }) });
      onTestFinished(() => restarted.close());
      expect(await enrollWith(restarted.url, TEST_ENROLL_TOKEN)).toEqual({
        status: 401,
        body: { ok: false, error: 'invalid-token' },
      });

      // A new value is a new token.
      await restarted.close();
      const replacement = 'a-new-enrollment-token-2027';
      restarted = await createHub({
        config: { ...config, enrollToken: replacement },
        logger: pino({ level: 'silent' }),
      });
      expect((await enrollWith(restarted.url, replacement)).status).toBe(201);
      expect((await enrollWith(restarted.url, TEST_ENROLL_TOKEN)).status).toBe(401);
    },
  );

  hubTest(
    'refuses a burst of wrong tokens from one address after a few, even sent in parallel',
    async ({ t }) => {
      const attempts = 60;
      const answers = await Promise.all(
        Array.from({ length: attempts }, (_, i) => enrollWith(t.hub.url, `guess-${i}-abcdefgh`)),
      );
      const codes = answers.map((a) => a.body.error);
      const invalid = codes.filter((c) => c === 'invalid-token').length;
      const limited = codes.filter((c) => c === 'rate-limited').length;
      expect(invalid).toBeLessThanOrEqual(ENROLLMENT_LIMITS.failuresPerWindow);
      expect(invalid + limited).toBe(attempts);
      expect(answers.find((a) => a.body.error === 'rate-limited')?.status).toBe(429);
      // Refused without looking at the token: even the right one waits out the window.
      expect((await enrollWith(t.hub.url, TEST_ENROLL_TOKEN)).body).toEqual({
        ok: false,
        error: 'rate-limited',
      });
    },
  );
});
