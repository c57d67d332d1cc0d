import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Role, User } from '@handraise/shared';
import type { UsersStore } from '../storage/users-store.ts';
import { sendError } from './reply.ts';

/** The bearer token of a request, if it carries one. */
export function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  const match = header ? /^Bearer ([A-Za-z0-9_-]{16,256})$/.exec(header) : null;
  return match?.[1] ?? null;
}

/**
 * Resolves the signed-in user or answers 401/403 and returns null. Every route but login, setup,
 * enrollment and the static page goes through here.
 */
export async function requireUser(
  users: UsersStore,
  request: FastifyRequest,
  reply: FastifyReply,
  roles?: readonly Role[],
): Promise<User | null> {
  const token = bearerToken(request);
  const user = token ? await users.userForToken(token) : null;
  if (!user) {
    sendError(reply, 'unauthorized');
    return null;
  }
  if (roles && !roles.includes(user.role)) {
    sendError(reply, 'forbidden');
    return null;
  }
  return user;
}

/** True for connections from this machine itself. */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}
