import type { FastifyInstance } from 'fastify';
import {
  PROTOCOL_VERSION,
  sessionCreateSchema,
  setupSchema,
  type SessionCreated,
} from '@handraise/shared';
import type { UsersStore } from '../storage/users-store.ts';
import { bearerToken, isLoopback } from './authenticate.ts';
import { parseOr400, sendData, sendError } from './reply.ts';
import type { SignInGuard } from './sign-in-guard.ts';

/** Hub status, first-start setup, and sign-in/sign-out. */
export function registerAuthRoutes(
  app: FastifyInstance,
  users: UsersStore,
  guard: SignInGuard,
): void {
  // Public on purpose: the sign-in page needs to know whether to offer first-start setup.
  app.get('/api/status', async (_request, reply) =>
    sendData(reply, {
      protocolVersion: PROTOCOL_VERSION,
      setupRequired: (await users.count()) === 0,
    }),
  );

  app.post('/api/setup', async (request, reply) => {
    const input = parseOr400(reply, setupSchema, request.body);
    if (!input) return reply;
    // Until a coordinator exists anyone who reaches the hub could claim it, so the first account
    // can only be created from the hub's own machine (or via HANDRAISE_ADMIN_PASSWORD).
    if (!isLoopback(request.socket.remoteAddress)) return sendError(reply, 'forbidden');
    if ((await users.count()) > 0) return sendError(reply, 'already-set-up');
    const user = await users.create({ ...input, role: 'coordinator' });
    const session = await users.createSession(user.id);
    return sendData<SessionCreated>(reply, { ...session, user }, 201);
  });

  app.post('/api/session', async (request, reply) => {
    const input = parseOr400(reply, sessionCreateSchema, request.body);
    if (!input) return reply;
    const address = request.socket.remoteAddress ?? 'unknown';
    if (guard.blocked(input.username, address)) return sendError(reply, 'rate-limited');
    const user = await users.verify(input.username, input.password);
    if (!user) {
      guard.failed(input.username, address);
      return sendError(reply, 'unauthorized');
    }
    const session = await users.createSession(user.id);
    return sendData<SessionCreated>(reply, { ...session, user }, 201);
  });

  app.delete('/api/session', async (request, reply) => {
    const token = bearerToken(request);
    if (!token) return sendError(reply, 'unauthorized');
    await users.deleteSession(token);
    return sendData(reply, { signedOut: true });
  });
}
