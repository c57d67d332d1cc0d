import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Role } from '@handraise/shared';
import type { Session, UsersStore } from '../storage/users-store.ts';
import { sendError } from './reply.ts';

/** The bearer token of a request, if it carries one. */
export function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  const match = header ? /^Bearer ([A-Za-z0-9_-]{16,256})$/.exec(header) : null;
  return match?.[1] ?? null;
}

/**
 * Resolves the signed-in session or answers 401/403 and returns null. Every API route that is not
 * public goes through here, in one hook (access.ts).
 */
export async function requireSession(
  users: UsersStore,
  request: FastifyRequest,
  reply: FastifyReply,
  roles?: readonly Role[],
): Promise<Session | null> {
  const token = bearerToken(request);
  const session = token ? await users.sessionForToken(token) : null;
  if (!session) {
    sendError(reply, 'unauthorized');
    return null;
  }
  if (roles && !roles.includes(session.user.role)) {
    sendError(reply, 'forbidden');
    return null;
  }
  return session;
}

/** True for connections from this machine itself. */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}
