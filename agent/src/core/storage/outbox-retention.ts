// How long this computer keeps what its users sent. The outbox exists so that nothing is lost on
// the way to the hub; once the hub has a request, the copy here only serves the tray's list, and
// the school's retention and privacy deletions must reach it too. Nothing the hub has not
// acknowledged is ever dropped (the outbox's own statements check that again).
import type { RequestState, RequesterRequest } from '@handraise/shared';
import type { Outbox, OutboxItem } from '../outbox.ts';

/**
 * A finished (resolved or closed) request is forgotten here this many days after it finished.
 * The hub tells agents no retention of its own; a shorter one reaches this computer anyway, as
 * the request disappears from the hub's list (see planRetention).
 */
export const FINISHED_REQUEST_KEEP_DAYS = 30;
const DAY_MS = 86_400_000;
export const FINISHED_REQUEST_KEEP_MS = FINISHED_REQUEST_KEEP_DAYS * DAY_MS;

const FINISHED: readonly RequestState[] = ['resolved', 'closed'];

/** What one look at the hub's list of this computer's requests lets the agent drop. */
export type RetentionPlan = {
  /** Outbox items to delete, by idempotency key: never one still waiting to be sent. */
  deleteItems: string[];
  /** Requests (the hub's ids) the tray no longer shows: gone from the hub, or finished long ago. */
  forgetRequests: string[];
};

/** Delivered requests whose screenshot bytes are still here: the hub has its own copy. */
export function deliveredScreenshots(items: readonly OutboxItem[]): string[] {
  return items
    .filter(
      (item) =>
        item.kind === 'help:create' &&
        item.status === 'delivered' &&
        (item.payload.screenshot?.byteLength ?? 0) > 0,
    )
    .map((item) => item.idempotencyKey);
}

const ageMs = (at: string, now: number) => {
  const time = Date.parse(at);
  // An unreadable date is never old enough: keeping a row is the safe mistake.
  return Number.isNaN(time) ? 0 : now - time;
};

/**
 * Decides from the hub's complete list of this computer's requests (`listed`, as `help:list`
 * answers) what to drop. `before` is the outbox as it was before the list was asked for, and
 * `shown` the requests the tray showed then: a request delivered after the hub made its list is in
 * neither, so it is never taken for one the hub deleted.
 */
export function planRetention(input: {
  before: readonly OutboxItem[];
  listed: readonly RequesterRequest[];
  shown?: readonly string[];
  now: number;
  keepFinishedMs?: number;
}): RetentionPlan {
  const keepMs = input.keepFinishedMs ?? FINISHED_REQUEST_KEEP_MS;
  const listedIds = new Set(input.listed.map((view) => view.id));
  const forget = new Set<string>();
  for (const view of input.listed) {
    if (FINISHED.includes(view.state) && ageMs(view.updatedAt, input.now) >= keepMs)
      forget.add(view.id);
  }
  // Known here, not on the hub's list: retention or a privacy deletion removed it there.
  const known = [
    ...input.before
      .filter((item) => item.status !== 'pending' && item.requestId !== null)
      .map((item) => item.requestId!),
    ...(input.shown ?? []),
  ];
  for (const id of known) if (!listedIds.has(id)) forget.add(id);

  const deleteItems = input.before
    .filter((item) => {
      if (item.status === 'pending') return false;
      if (item.requestId !== null) return forget.has(item.requestId);
      // Refused by the hub before it ever had a request for it: shown as refused for a while.
      return item.status === 'rejected' && ageMs(item.createdAt, input.now) >= keepMs;
    })
    .map((item) => item.idempotencyKey);
  return { deleteItems, forgetRequests: [...forget] };
}

export type OutboxRetentionOptions = {
  store: Outbox;
  now?: () => number;
  keepFinishedMs?: number;
  /** The requests the tray shows now (its kept copies of the hub's answers). */
  shownRequestIds?: () => string[];
  /** These requests are gone for this computer: the tray drops them from its list. */
  onRequestsForgotten?: (requestIds: string[]) => void;
};

/** Applies the retention rules to one outbox, around the hub client's calls. */
export function createOutboxRetention(options: OutboxRetentionOptions) {
  const { store } = options;
  const now = options.now ?? Date.now;

  return {
    /** After a delivery: the screenshots the hub acknowledged are no longer kept here. */
    dropDeliveredScreenshots(): number {
      const keys = deliveredScreenshots(store.all());
      for (const key of keys) store.dropScreenshot(key);
      return keys.length;
    },
    /** Whether the hub's list could let anything go: something here it has acknowledged. */
    worthListing(): boolean {
      return store.all().some((item) => item.status !== 'pending');
    },
    /** What there is before the hub is asked for its list (see planRetention). */
    snapshot() {
      return { before: store.all(), shown: options.shownRequestIds?.() ?? [] };
    },
    /**
     * Drops what the hub's list shows is gone or finished long ago; returns the listed requests
     * the tray should still show.
     */
    apply(
      snapshot: { before: OutboxItem[]; shown: string[] },
      listed: RequesterRequest[],
    ): RequesterRequest[] {
      const plan = planRetention({
        ...snapshot,
        listed,
        now: now(),
        ...(options.keepFinishedMs === undefined ? {} : { keepFinishedMs: options.keepFinishedMs }),
      });
      for (const key of plan.deleteItems) store.forget(key);
      if (plan.forgetRequests.length > 0) options.onRequestsForgotten?.(plan.forgetRequests);
      const forgotten = new Set(plan.forgetRequests);
      return listed.filter((view) => !forgotten.has(view.id));
    },
  };
}

export type OutboxRetention = ReturnType<typeof createOutboxRetention>;
