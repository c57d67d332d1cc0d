import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RequesterRequest, RequestState } from '@handraise/shared';
import { openOutbox, type Outbox } from '../outbox.ts';
import {
  createOutboxRetention,
  deliveredScreenshots,
  FINISHED_REQUEST_KEEP_MS,
  planRetention,
} from './outbox-retention.ts';

const NOW = Date.parse('2026-11-30T12:00:00.000Z');
const DAY_MS = 86_400_000;
const PICTURE = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4]);

/** The hub's view of one request, as `help:list` answers it. */
function view(id: string, key: string, state: RequestState, updatedDaysAgo: number) {
  const updatedAt = new Date(NOW - updatedDaysAgo * DAY_MS).toISOString();
  return {
    id,
    number: 1,
    idempotencyKey: key,
    category: 'other',
    text: 'text',
    state,
    createdAt: updatedAt,
    updatedAt,
    helperName: null,
    messages: [],
  } satisfies RequesterRequest;
}

describe('what the outbox keeps of what the hub has', () => {
  let dir: string;
  let store: Outbox;
  const ask = (key: string, screenshot?: Uint8Array) =>
    store.add({
      kind: 'help:create',
      payload: {
        idempotencyKey: key,
        category: 'other',
        text: `request ${key}`,
        createdAt: new Date(NOW).toISOString(),
        ...(screenshot ? { screenshot } : {}),
      },
    });
  const reply = (key: string, requestId: string) =>
    store.add({ kind: 'help:reply', payload: { requestId, idempotencyKey: key, text: 'hi' } });
  const keys = () => store.all().map((item) => item.idempotencyKey);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'handraise-retention-'));
    store = openOutbox(join(dir, 'agent.sqlite'));
  });
  afterEach(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("drops a delivered screenshot's bytes, never a waiting one's, and still says there was one", () => {
    const a = crypto.randomUUID();
    const b = crypto.randomUUID();
    ask(a, PICTURE);
    ask(b, PICTURE);
    store.markDelivered(a, 'r-a');
    expect(deliveredScreenshots(store.all())).toEqual([a]);

    // Asked to drop both, the outbox itself refuses to touch the one not yet acknowledged.
    store.dropScreenshot(a);
    store.dropScreenshot(b);
    const [first, second] = store.all();
    expect(first?.kind === 'help:create' && first.payload.screenshot?.byteLength).toBe(0);
    expect(second?.kind === 'help:create' && [...(second.payload.screenshot ?? [])]).toEqual([
      ...PICTURE,
    ]);
    expect(deliveredScreenshots(store.all())).toEqual([]);
  });

  it('never deletes a waiting item, whatever it is asked', () => {
    const waiting = crypto.randomUUID();
    ask(waiting);
    store.forget(waiting);
    expect(keys()).toEqual([waiting]);
  });

  it('forgets requests the hub no longer lists, and finished ones after the retention', () => {
    const [deleted, oldDone, newDone, open, refusedOld, refusedNew, waitingReply, sentReply] = [
      ...Array(8).keys(),
    ].map(() => crypto.randomUUID());
    ask(deleted!);
    store.markDelivered(deleted!, 'r-deleted');
    ask(oldDone!);
    store.markDelivered(oldDone!, 'r-old');
    ask(newDone!);
    store.markDelivered(newDone!, 'r-new');
    ask(open!);
    store.markDelivered(open!, 'r-open');
    // A reply to the deleted request still waiting to go: it stays until the hub answers it.
    reply(waitingReply!, 'r-deleted');
    reply(sentReply!, 'r-old');
    store.markDelivered(sentReply!, 'r-old');
    ask(refusedNew!);
    store.markRejected(refusedNew!, 'unsupported-screenshot');
    const before = store.all();
    // An item refused long ago: its creation date is what ages it.
    const refusedLongAgo = {
      ...before.at(-1)!,
      idempotencyKey: refusedOld!,
      createdAt: new Date(NOW - 31 * DAY_MS).toISOString(),
    };

    const plan = planRetention({
      before: [...before, refusedLongAgo],
      listed: [
        view('r-old', oldDone!, 'closed', 30),
        view('r-new', newDone!, 'resolved', 29),
        view('r-open', open!, 'claimed', 400),
      ],
      shown: ['r-only-in-the-tray', 'r-open'],
      now: NOW,
    });
    expect(plan.forgetRequests.sort()).toEqual(['r-deleted', 'r-old', 'r-only-in-the-tray']);
    expect(plan.deleteItems.sort()).toEqual([deleted, oldDone, sentReply, refusedOld].sort());
    expect(plan.deleteItems).not.toContain(waitingReply);
  });

  it('takes a request delivered after the list was asked for as a new one, not a deleted one', () => {
    const retention = createOutboxRetention({ store, now: () => NOW });
    const snapshot = retention.snapshot();
    // Delivered while the hub's answer was on its way: the list cannot name it yet.
    const key = crypto.randomUUID();
    ask(key);
    store.markDelivered(key, 'r-new');
    expect(retention.apply(snapshot, [])).toEqual([]);
    expect(keys()).toEqual([key]);
  });

  it('keeps a finished request whose date cannot be read', () => {
    const plan = planRetention({
      before: [],
      listed: [{ ...view('r', crypto.randomUUID(), 'closed', 0), updatedAt: 'yesterday' }],
      now: NOW,
    });
    expect(plan.forgetRequests).toEqual([]);
  });

  it('applies a plan to the outbox and tells the front end which requests went', () => {
    const gone = crypto.randomUUID();
    const kept = crypto.randomUUID();
    ask(gone);
    store.markDelivered(gone, 'r-gone');
    ask(kept);
    store.markDelivered(kept, 'r-kept');
    const forgotten: string[][] = [];
    const retention = createOutboxRetention({
      store,
      now: () => NOW,
      shownRequestIds: () => ['r-gone', 'r-kept'],
      onRequestsForgotten: (ids) => forgotten.push(ids),
    });
    expect(retention.worthListing()).toBe(true);
    const snapshot = retention.snapshot();
    const stillShown = retention.apply(snapshot, [view('r-kept', kept, 'claimed', 1)]);
    expect(stillShown.map((v) => v.id)).toEqual(['r-kept']);
    expect(keys()).toEqual([kept]);
    expect(forgotten).toEqual([['r-gone']]);
    // The default is the documented month.
    expect(FINISHED_REQUEST_KEEP_MS).toBe(30 * DAY_MS);
  });
});
