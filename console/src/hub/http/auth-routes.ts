import type { HttpApp } from './http-app.ts';
import { PUBLIC } from './access.ts';
import {
  PROTOCOL_VERSION,
  sessionCreateSchema,
  setupSchema,
  type SessionCreated,
} from '@handraise/shared';
import type { SessionRevocation } from '../auth/session-revocation.ts';
import type { UsersStore } from '../storage/users-store.ts';
import { bearerToken, isLoopback } from './authenticate.ts';
import { sendData, sendError } from './reply.ts';
import { sendRateLimited } from './retry-after.ts';
import type { SignInGuard } from './sign-in-guard.ts';

export type AuthRouteDeps = {
  users: UsersStore;
  guard: SignInGuard;
  revocation: SessionRevocation;
};

/**
 * Hub status, first-start setup, and sign-in/sign-out. Client addresses are `request.ip`: the
 * socket's peer, or what a reverse proxy forwards when the hub is told to trust it.
 */
export function registerAuthRoutes(app: HttpApp, deps: AuthRouteDeps): void {
  const { users, guard, revocation } = deps;

  // Public on purpose: the sign-in page needs to know whether to offer first-start setup.
  app.get('/api/status', PUBLIC, async (_request, reply) =>
    sendData(reply, {
      protocolVersion: PROTOCOL_VERSION,
      setupRequired: (await users.count()) === 0,
    }),
  );

  app.post('/api/setup', { ...PUBLIC, schema: { body: setupSchema } }, async (request, reply) => {
    const input = request.body;
    // Until a coordinator exists anyone who reaches the hub could claim it, so the first account
    // can only be created from the hub's own machine (or via HANDRAISE_ADMIN_PASSWORD).
    if (!isLoopback(request.ip)) return sendError(reply, 'forbidden');
    // Answers the usual late comer before hashing; createFirst settles set-ups sent together.
    if ((await users.count()) > 0) return sendError(reply, 'already-set-up');
    const user = await users.createFirst({ ...input, role: 'coordinator' });
    if (!user) return sendError(reply, 'already-set-up');
    const session = await users.createSession(user.id);
    return sendData<SessionCreated>(reply, { ...session, user }, 201);
  });

  app.post(
    '/api/session',
    { ...PUBLIC, schema: { body: sessionCreateSchema } },
    async (request, reply) => {
      const input = request.body;
      // Counted before the ~100 ms hash, so guesses sent in parallel meet the limit too.
      const attempt = guard.begin(input.username, request.ip);
      if (attempt.refused) return sendRateLimited(reply, attempt.retryAfterMs);
      const user = await users.verify(input.username, input.password);
      if (!user) return sendError(reply, 'unauthorized');
      attempt.succeeded();
      const session = await users.createSession(user.id);
      return sendData<SessionCreated>(reply, { ...session, user }, 201);
    },
  );

  // Public: signing out with a session that has already ended is not an error.
  app.delete('/api/session', PUBLIC, async (request, reply) => {
    const token = bearerToken(request);
    if (!token) return sendError(reply, 'unauthorized');
    revocation.endSession(await users.deleteSession(token), 'signed-out');
    return sendData(reply, { signedOut: true });
  });
}
