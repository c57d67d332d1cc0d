import {
  FULL_REPORT_ASK_TTL_MS,
  HELP_RATE_LIMIT,
  INVENTORY_ASK_RATE_LIMIT,
  INVENTORY_REPORT_RATE_LIMIT,
  LIVE_SAMPLE_RATE_LIMIT,
  MAX_UNAUTHENTICATED_BYTES,
  MAX_UNAUTHENTICATED_CONNECTIONS_PER_ADDRESS,
  REQUESTER_MESSAGE_RATE_LIMIT,
  SOCKET_AUTH_DEADLINE_MS,
  UNASKED_FULL_REPORT_LIMIT,
} from '@handraise/shared';
import type { RateLimit } from './rate-limiter.ts';

/**
 * What one connection, device or person may cost the hub over its sockets. The values are the
 * contract's (shared/src/limits.ts); tests inject smaller ones to reach a limit quickly.
 */
export type SocketLimits = {
  /** Before authenticating: how long, how many bytes, how many connections per address. */
  authDeadlineMs: number;
  unauthenticatedBytes: number;
  unauthenticatedPerAddress: number;
  /** Per device. */
  inventoryReports: RateLimit;
  unaskedFullReports: RateLimit;
  fullReportAskTtlMs: number;
  helpRequests: RateLimit;
  requesterMessages: RateLimit;
  liveSamples: RateLimit;
  /** Per person and device. */
  inventoryAsks: RateLimit;
};

export const DEFAULT_SOCKET_LIMITS: SocketLimits = {
  authDeadlineMs: SOCKET_AUTH_DEADLINE_MS,
  unauthenticatedBytes: MAX_UNAUTHENTICATED_BYTES,
  unauthenticatedPerAddress: MAX_UNAUTHENTICATED_CONNECTIONS_PER_ADDRESS,
  inventoryReports: INVENTORY_REPORT_RATE_LIMIT,
  unaskedFullReports: UNASKED_FULL_REPORT_LIMIT,
  fullReportAskTtlMs: FULL_REPORT_ASK_TTL_MS,
  helpRequests: HELP_RATE_LIMIT,
  requesterMessages: REQUESTER_MESSAGE_RATE_LIMIT,
  liveSamples: LIVE_SAMPLE_RATE_LIMIT,
  inventoryAsks: INVENTORY_ASK_RATE_LIMIT,
};
