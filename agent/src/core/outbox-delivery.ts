import type { Logger } from 'pino';
import type {
  Ack,
  AckData,
  AgentEvents,
  ErrorCode,
  HelpCreateResult,
  PayloadIn,
  RequesterRequest,
} from '@handraise/shared';
import type { Outbox, OutboxItem } from './outbox.ts';

/** After a transient refusal (rate limit, hub busy, no answer), try again after about this long. */
export const OUTBOX_RETRY_MS = 30_000;

/** Hub answers that mean "never send this again": kept in the outbox as rejected, not retried. */
const PERMANENT_ERRORS: readonly ErrorCode[] = [
  'invalid-payload',
  'unsupported-screenshot',
  'screenshot-too-large',
  'too-large',
  // A reply to a request the hub does not know (deleted by retention) can never succeed.
  'not-found',
];

/** Recorded when an item got no answer in time (the connection dropped or the hub is slow). */
export const NO_ACKNOWLEDGEMENT = 'no-acknowledgement';

export type FlushResult = { delivered: number; pending: number; rejected: number };

export type OutboxDeliveryDeps = {
  store: Outbox;
  /** Emits an event and resolves with the hub's acknowledgement; rejects when none comes in time. */
  emit: <E extends OutboxItem['kind']>(
    event: E,
    payload: PayloadIn<AgentEvents[E]>,
  ) => Promise<Ack<AckData<AgentEvents[E]>>>;
  canSend: () => boolean;
  logger: Logger;
  /** A reply or feedback came back with the request as it now stands. */
  onRequestView?: (view: RequesterRequest) => void;
  /** An item was tried: delivered, rejected, or kept for later with the hub's reason (`rate-limited`). */
  onChange?: () => void;
};

/**
 * Delivers the outbox oldest first, one item at a time (a reply is never sent before the request
 * it answers). Stops at the first item that cannot be delivered now and retries later.
 */
export function createOutboxDelivery(deps: OutboxDeliveryDeps) {
  const { store, logger } = deps;
  let flushing: Promise<FlushResult> | null = null;
  let flushAgain = false;
  let retryTimer: NodeJS.Timeout | undefined;
  let stopped = false;

  async function deliver(item: OutboxItem): Promise<'delivered' | 'rejected' | 'retry'> {
    try {
      let ack: Ack<HelpCreateResult | RequesterRequest>;
      if (item.kind === 'help:create') ack = await deps.emit(item.kind, item.payload);
      else ack = await deps.emit(item.kind, item.payload);
      // Stopped meanwhile: leave the item pending; the hub recognizes the retry by its key.
      if (stopped) return 'retry';
      if (ack.ok) {
        const requestId = 'requestId' in ack.data ? ack.data.requestId : ack.data.id;
        store.markDelivered(item.idempotencyKey, requestId);
        if (!('requestId' in ack.data)) deps.onRequestView?.(ack.data);
        logger.info({ kind: item.kind, requestId }, 'delivered');
        return 'delivered';
      }
      if (PERMANENT_ERRORS.includes(ack.error)) {
        store.markRejected(item.idempotencyKey, ack.error);
        logger.error(
          { kind: item.kind, error: ack.error, key: item.idempotencyKey },
          'refused by the hub',
        );
        return 'rejected';
      }
      store.recordAttempt(item.idempotencyKey, ack.error);
    } catch {
      if (!stopped) store.recordAttempt(item.idempotencyKey, NO_ACKNOWLEDGEMENT);
    }
    return 'retry';
  }

  async function flushOnce(): Promise<FlushResult> {
    const result: FlushResult = { delivered: 0, pending: 0, rejected: 0 };
    if (stopped) return result;
    const items = store.pending();
    for (const [index, item] of items.entries()) {
      if (stopped || !deps.canSend()) {
        result.pending = items.length - index;
        return result;
      }
      const outcome = await deliver(item);
      if (!stopped) deps.onChange?.();
      if (outcome === 'retry') {
        result.pending = items.length - index;
        clearTimeout(retryTimer);
        if (!stopped)
          retryTimer = setTimeout(() => void flush(), OUTBOX_RETRY_MS * (0.5 + Math.random()));
        return result;
      }
      result[outcome] += 1;
    }
    return result;
  }

  /** Sends every pending item; concurrent calls share one pass (and queue one more). */
  function flush(): Promise<FlushResult> {
    if (flushing) {
      flushAgain = true;
      return flushing;
    }
    flushing = (async () => {
      let total: FlushResult;
      do {
        flushAgain = false;
        total = await flushOnce();
      } while (flushAgain && total.pending === 0);
      return total;
    })().finally(() => (flushing = null));
    return flushing;
  }

  return {
    flush,
    stop(): void {
      stopped = true;
      clearTimeout(retryTimer);
    },
  };
}
