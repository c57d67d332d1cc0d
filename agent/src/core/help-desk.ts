import { randomUUID } from 'node:crypto';
import {
  helpCreateSchema,
  type DeviceAccess,
  type DeviceSnapshot,
  type HelpCategory,
  type HelpDeskInfo,
  type LiveViewer,
  type RequesterMessage,
  type RequesterRequest,
  type RequestState,
} from '@handraise/shared';
import { createHelpDeskCache, parseHelpDeskInfo, type KnownHelpDesk } from './help-desk-info.ts';
import { newHelpRequest, screenshotRefusal } from './help-request.ts';
import type { HubClientState } from './hub-client.ts';
import type { Outbox, OutboxItem } from './outbox.ts';

/** Where a request stands for the person who raised it. `saved`: waiting in the outbox. */
export type MyRequestState = RequestState | 'saved' | 'refused';

/** A request as the tray shows it: what the hub said, plus what is still on its way. */
export type MyRequest = {
  /** Stable local id: the idempotency key minted when the request was saved. */
  key: string;
  /** The hub's id, once delivered. */
  id: string | null;
  /** The number people say aloud ("request 42"), once the hub has told it. */
  number: number | null;
  category: HelpCategory;
  text: string;
  createdAt: string;
  state: MyRequestState;
  helperName: string | null;
  hasScreenshot: boolean;
  /** The requester said their class is stopped. */
  urgent: boolean;
  /** Still saved here because the hub asked this computer to wait (`rate-limited`); goes shortly. */
  hubBusy: boolean;
  messages: (RequesterMessage & { pending?: true })[];
};

/**
 * `refused`: the hub no longer knows this computer (or revoked it); `outdated`: it no longer takes
 * this agent; `untrusted`: the server that answered presented a certificate this computer does not
 * trust (shown until a trusted connection).
 */
export type Connection = 'online' | 'offline' | 'refused' | 'outdated' | 'untrusted';

export type HelpDeskEvent =
  | { type: 'requests'; requests: MyRequest[] }
  | { type: 'connection'; connection: Connection }
  /** A helper wrote or changed the state: worth a desktop notification. */
  | { type: 'news'; request: MyRequest; message: RequesterMessage }
  /** The school's answer to `help:desk`, just asked again. */
  | { type: 'desk'; desk: KnownHelpDesk }
  /** Who is watching this computer's live figures now (empty: nobody). */
  | { type: 'watchers'; viewers: LiveViewer[] };

/** What the tray does with the hub connection: flush the outbox and wait until it is done. */
export type DeliveryChannel = {
  flushOutbox(): Promise<unknown>;
  isConnected(): boolean;
  /** Who looked at this computer; null when the hub cannot be asked now. */
  looks(): Promise<DeviceAccess[] | null>;
  /**
   * This computer as the school knows it, and who is on duty; null when the hub cannot say. Left
   * out by a front end that never shows it: only what was kept is then known.
   */
  helpDesk?(): Promise<HelpDeskInfo | null>;
};

/** What a requester fills in; the help desk adds the snapshot, the key and the time. */
export type AskInput = {
  category: HelpCategory;
  text: string;
  /** Who asked: a first name. */
  requester?: string | undefined;
  /** "My class is stopped". */
  urgent?: boolean | undefined;
  screenshot?: Uint8Array | undefined;
};

/**
 * The help desk as a front end (the tray) uses it: this process's own, or the machine-wide
 * service's over the local channel (tray/service-help-desk.ts). What is read at once (requests,
 * connection, watchers) is kept in step by events; a reply may wait on the service.
 */
export type RequesterDesk = {
  list(): MyRequest[];
  connection(): Connection;
  liveViewers(): LiveViewer[];
  ask(input: AskInput): Promise<MyRequest>;
  reply(requestId: string, text: string): void | Promise<void>;
  feedback(requestId: string, fixed: boolean): void | Promise<void>;
  looks(): Promise<DeviceAccess[] | null>;
  helpDesk(): Promise<KnownHelpDesk | null>;
  subscribe(listener: (event: HelpDeskEvent) => void): () => void;
};

const CACHE_KEY = 'requester-cache';

class HelpDeskError extends Error {}

/**
 * Requests one local account may have waiting to be sent at once, through the machine-wide
 * service. The hub takes a few requests a minute from a computer, in order: without this, one
 * account's flood would hold every other account's request back for as long as it takes to send.
 */
export const MAX_WAITING_PER_ACCOUNT = 3;

/** An account already has MAX_WAITING_PER_ACCOUNT requests waiting; nothing was saved. */
class TooManyWaitingError extends HelpDeskError {
  readonly code = 'too-many-waiting';
  constructor() {
    super(
      `You have ${MAX_WAITING_PER_ACCOUNT} requests waiting to be sent. They go as soon as the help desk can be reached; ask again after that.`,
    );
  }
}

/** Asked about a request the asking account did not raise (or none at all): `not-found`. */
class RequestNotFoundError extends Error {
  readonly code = 'not-found';
  constructor() {
    super('There is no such request among yours.');
  }
}

/** A signed-in account of this computer, as the machine-wide service verified it. */
export type LocalAccount = {
  /** The uid (Unix) or SID (Windows): what ownership is decided by. */
  id: string;
  /** The user name, told to the hub with the request. */
  name: string;
};

/**
 * The requester's side of Handraise, for the tray app and any other front end: raise a request,
 * see one's requests live, reply, say "fixed" or "still broken". Everything is saved to the
 * outbox first; nothing waits on the network.
 */
export function createHelpDesk(options: {
  store: Outbox;
  takeSnapshot?: () => Promise<DeviceSnapshot>;
  now?: () => Date;
}) {
  const { store } = options;
  const listeners = new Set<(event: HelpDeskEvent) => void>();
  let channel: DeliveryChannel | null = null;
  let connection: Connection = 'offline';
  let watchers: LiveViewer[] = [];

  const cache = new Map<string, RequesterRequest>(
    (JSON.parse(store.getState(CACHE_KEY) ?? '[]') as RequesterRequest[]).map((r) => [r.id, r]),
  );
  const saveCache = () => store.setState(CACHE_KEY, JSON.stringify([...cache.values()]));
  const deskCache = createHelpDeskCache(store);
  const emit = (event: HelpDeskEvent) => {
    for (const listener of listeners) listener(event);
  };
  const emitRequests = () => emit({ type: 'requests', requests: list() });

  function fromOutbox(item: OutboxItem): MyRequest | null {
    if (item.kind !== 'help:create') return null;
    return {
      key: item.idempotencyKey,
      id: item.requestId,
      number: null,
      category: item.payload.category,
      text: item.payload.text,
      createdAt: item.payload.createdAt,
      // Delivered but not yet described by the hub: it is in the queue, as every new request is.
      state: item.status === 'rejected' ? 'refused' : item.status === 'delivered' ? 'new' : 'saved',
      helperName: null,
      hasScreenshot: item.payload.screenshot !== undefined,
      urgent: item.payload.urgent === true,
      hubBusy: item.status === 'pending' && item.lastError === 'rate-limited',
      messages: [],
    };
  }

  /**
   * The requests, newest first: the hub's view where it has one, the outbox's otherwise. With
   * `accountId`, only those that account raised through the machine-wide service.
   */
  function list(accountId?: string): MyRequest[] {
    const items = store.all();
    const byKey = new Map<string, MyRequest>();
    const owned = new Set<string>();
    for (const item of items) {
      if (accountId !== undefined && item.localAccountId !== accountId) continue;
      const local = fromOutbox(item);
      if (local) byKey.set(local.key, local);
      owned.add(item.idempotencyKey);
    }
    for (const view of cache.values()) {
      if (accountId !== undefined && !owned.has(view.idempotencyKey)) continue;
      const local = byKey.get(view.idempotencyKey);
      byKey.set(view.idempotencyKey, {
        key: view.idempotencyKey,
        id: view.id,
        // Views kept by an agent from before numbers have none.
        number: view.number ?? null,
        category: view.category,
        text: view.text,
        createdAt: view.createdAt,
        state: view.state,
        helperName: view.helperName,
        hasScreenshot: local?.hasScreenshot ?? false,
        urgent: local?.urgent ?? false,
        hubBusy: false,
        messages: [...view.messages],
      });
    }
    // Replies still on their way are shown right away, marked pending.
    for (const item of items) {
      if (item.kind !== 'help:reply' || item.status !== 'pending') continue;
      const target = [...byKey.values()].find((r) => r.id === item.payload.requestId);
      target?.messages.push({
        id: item.idempotencyKey,
        at: item.createdAt,
        from: 'requester',
        kind: 'message',
        name: null,
        body: item.payload.text,
        pending: true,
      });
    }
    return [...byKey.values()].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  }

  const send = () => {
    if (channel?.isConnected()) void channel.flushOutbox();
  };

  /** Another account's request is answered as if there were none: its existence is not told. */
  const refuseUnlessOwned = (requestId: string, account: LocalAccount | undefined) => {
    if (account && !list(account.id).some((r) => r.id === requestId))
      throw new RequestNotFoundError();
  };

  const refuseIfTooManyWaiting = (account: LocalAccount) => {
    const waiting = store
      .pending()
      .filter((item) => item.kind === 'help:create' && item.localAccountId === account.id);
    if (waiting.length >= MAX_WAITING_PER_ACCOUNT) throw new TooManyWaitingError();
  };

  /** Asks the hub about this computer's help desk and keeps the answer; else the kept one. */
  async function helpDesk(): Promise<KnownHelpDesk | null> {
    const answer = parseHelpDeskInfo(await channel?.helpDesk?.().catch(() => null));
    if (!answer) {
      const kept = deskCache.read();
      return kept && { ...kept, live: false };
    }
    deskCache.save(answer);
    const desk = { ...answer, live: true };
    emit({ type: 'desk', desk });
    return desk;
  }

  return {
    list,

    connection: () => connection,
    /** Who is watching this computer's live figures now. */
    liveViewers: () => watchers,

    /**
     * Saves a request (with a snapshot of this computer) and sends it if the hub is reachable.
     * `account`: who asked, when the machine-wide service took it; the hub is told the name.
     */
    async ask(input: AskInput, account?: LocalAccount): Promise<MyRequest> {
      if (account) refuseIfTooManyWaiting(account);
      const snapshot = options.takeSnapshot
        ? await options.takeSnapshot().catch(() => undefined)
        : undefined;
      const request = {
        ...newHelpRequest({
          ...input,
          snapshot,
          ...(options.now ? { now: options.now() } : {}),
        }),
        ...(account ? { localAccount: account.name } : {}),
      };
      const checked = helpCreateSchema.safeParse(request);
      if (!checked.success)
        throw new HelpDeskError(
          'This request cannot be sent (it is too long or the picture is too big).',
        );
      // The hub would refuse it for good: say so now rather than queue it.
      const pictureRefusal = input.screenshot && screenshotRefusal(input.screenshot);
      if (pictureRefusal) throw new HelpDeskError(pictureRefusal);
      // Again: the same account may have asked while the snapshot was taken.
      if (account) refuseIfTooManyWaiting(account);
      store.add({ kind: 'help:create', payload: request }, account?.id ?? null);
      emitRequests();
      send();
      return list(account?.id).find((r) => r.key === request.idempotencyKey)!;
    },

    /**
     * Saves a reply to a helper and sends it when it can. With `account`, only to a request that
     * account raised (else RequestNotFoundError, and nothing is saved).
     */
    reply(requestId: string, text: string, account?: LocalAccount): void {
      const trimmed = text.trim();
      if (!trimmed) throw new HelpDeskError('Write a few words first.');
      refuseUnlessOwned(requestId, account);
      store.add(
        {
          kind: 'help:reply',
          payload: { requestId, idempotencyKey: randomUUID(), text: trimmed },
        },
        account?.id ?? null,
      );
      emitRequests();
      send();
    },

    /** "Fixed" (closes the request) or "Still broken" (sends it back to the helper). */
    feedback(requestId: string, fixed: boolean, account?: LocalAccount): void {
      refuseUnlessOwned(requestId, account);
      store.add(
        {
          kind: 'help:feedback',
          payload: { requestId, idempotencyKey: randomUUID(), fixed },
        },
        account?.id ?? null,
      );
      send();
    },

    /** The id of the account that raised the request with this key (null: nobody verified). */
    ownerOf(key: string): string | null {
      return store.get(key)?.localAccountId ?? null;
    },

    /** Follows changes; returns the function that stops following. */
    subscribe(listener: (event: HelpDeskEvent) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    /** Hooks for the hub client (pass them to `startAgent`). */
    hooks: {
      onStateChange(state: HubClientState, detail?: string): void {
        const said: Connection =
          state === 'connected'
            ? 'online'
            : state === 'untrusted'
              ? 'untrusted'
              : state !== 'refused'
                ? 'offline'
                : detail === 'protocol-unsupported'
                  ? 'outdated'
                  : detail === 'hub-certificate-changed'
                    ? 'untrusted'
                    : 'refused';
        // An untrusted server keeps being named until the hub answers with a trusted certificate:
        // a network failure in between says nothing about whether the impostor left.
        const next = connection === 'untrusted' && said === 'offline' ? connection : said;
        if (next === connection) return;
        connection = next;
        emit({ type: 'connection', connection });
        // Each connection refreshes what the tray keeps of the school's answer, so "This
        // computer" is right the next time it is offline. A closing store is no reason to fail.
        if (next === 'online') helpDesk().catch(() => undefined);
      },
      onLiveViewers(viewers: LiveViewer[]): void {
        const same =
          viewers.length === watchers.length &&
          viewers.every((v, i) => v.who === watchers[i]?.who && v.as === watchers[i]?.as);
        watchers = viewers;
        if (!same) emit({ type: 'watchers', viewers });
      },
      onRequestUpdated(view: RequesterRequest): void {
        const before = cache.get(view.id);
        cache.set(view.id, view);
        saveCache();
        emitRequests();
        const latest = view.messages.at(-1);
        const isNews =
          latest && latest.from === 'helper' && !before?.messages.some((m) => m.id === latest.id);
        if (isNews) {
          const request = list().find((r) => r.id === view.id);
          if (request) emit({ type: 'news', request, message: latest });
        }
      },
      onOutboxChanged: () => emitRequests(),
      /** The requests kept from the hub's answers, for the outbox's retention to check. */
      shownRequestIds: (): string[] => [...cache.keys()],
      /** Gone from the hub (deleted, or past retention) or finished long ago: off the list. */
      onRequestsForgotten(requestIds: string[]): void {
        for (const id of requestIds) cache.delete(id);
        saveCache();
        // The kept copies held the requests' words: nothing of them may stay in the log.
        store.eraseTraces();
        emitRequests();
      },
    },

    /**
     * Who looked at this computer's details and pictures; null while the hub is away. With
     * `account`, a look made for a request is shown only to the account that raised it (it names
     * the request and its category); a look at the computer itself, for no request, is shown to
     * every account, since each one's inventory and use of this computer is what was looked at.
     */
    async looks(account?: LocalAccount): Promise<DeviceAccess[] | null> {
      const all = (await channel?.looks()) ?? null;
      if (!all || !account) return all;
      const mine = new Set(list(account.id).map((r) => r.id));
      return all.filter((look) => look.request === null || mine.has(look.request.id));
    },

    /**
     * This computer's enrolled name, site and room, who is on duty for it and the school's
     * fallback line: asked of the hub when connected (and kept), else the last answer kept on
     * this computer (`live: false`); null when it was never known.
     */
    helpDesk,

    /** Connects the help desk to the running hub client (and again after it is replaced). */
    attach(next: DeliveryChannel): void {
      channel = next;
    },
  };
}

export type HelpDesk = ReturnType<typeof createHelpDesk>;
export { HelpDeskError, RequestNotFoundError, TooManyWaitingError };
