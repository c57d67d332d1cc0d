import type { FastifyReply } from 'fastify';
import { sendError } from './reply.ts';

const MS_PER_SECOND = 1_000;

/**
 * Answers `rate-limited` with `Retry-After` in whole seconds, rounded up (and at least 1), so a
 * client that waits as told is not refused again.
 */
export function sendRateLimited(reply: FastifyReply, retryAfterMs: number): FastifyReply {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / MS_PER_SECOND));
  return sendError(reply.header('retry-after', String(seconds)), 'rate-limited');
}
