import type { FastifyReply } from 'fastify';
import { fail, ok, type ErrorCode } from '@handraise/shared';

/** HTTP status for each error code; the body is always the ack envelope. */
const STATUS: Record<ErrorCode, number> = {
  'invalid-payload': 400,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  'rate-limited': 429,
  'too-large': 413,
  'unsupported-screenshot': 415,
  'screenshot-too-large': 413,
  'invalid-token': 401,
  'protocol-unsupported': 426,
  'device-retired': 410,
  'device-revoked': 410,
  'already-set-up': 409,
  'invalid-state': 409,
  conflict: 409,
  unavailable: 503,
  internal: 500,
};

export function sendError(reply: FastifyReply, error: ErrorCode): FastifyReply {
  return reply.code(STATUS[error]).send(fail(error));
}

/** An error with the lines a person needs to fix their input (an import's bad rows). */
export function sendErrorWithMessage(
  reply: FastifyReply,
  error: ErrorCode,
  message: string,
): FastifyReply {
  return reply.code(STATUS[error]).send({ ...fail(error), message });
}

export function sendData<T>(reply: FastifyReply, data: T, status = 200): FastifyReply {
  return reply.code(status).send(ok(data));
}
