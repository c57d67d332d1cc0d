// Test support: one enrollment token per room, made on first use, as a coordinator would.
import type { EnrollmentTokenCreated } from '@handraise/shared';
import type { TestHub } from '../../src/hub/testing/test-hub.ts';

/** Returns the room's enrollment token, creating it with the coordinator's session the first time. */
export function roomTokens(
  t: TestHub,
  coordinatorToken: string,
): (room: string) => Promise<string> {
  const tokens = new Map<string, string>();
  return async (room) => {
    const known = tokens.get(room);
    if (known) return known;
    const { body } = await t.http<EnrollmentTokenCreated>('/api/enrollment-tokens', {
      token: coordinatorToken,
      body: { label: room, room },
    });
    if (!body.ok) throw new Error(`token for ${room}: ${body.error}`);
    tokens.set(room, body.data.token);
    return body.data.token;
  };
}
