import type { Logger } from 'pino';
import { io, type Socket } from 'socket.io-client';
import {
  AGENT_NAMESPACE,
  INVENTORY_REPORT_RATE_LIMIT,
  PROTOCOL_VERSION,
  UNASKED_FULL_REPORT_LIMIT,
  type Ack,
  type AckData,
  type AgentEventName,
  type AgentEvents,
  type DeviceAccess,
  type AgentToHubEvents,
  type HelpDeskInfo,
  type PayloadIn,
  type HubToAgentEvents,
  liveViewersSchema,
  type LiveViewer,
  type RequesterRequest,
} from '@handraise/shared';
import type { BackoffOptions } from './backoff.ts';
import { createLiveStream } from './live/live-stream.ts';
import type { LiveSource } from './live/live-source.ts';
import { platformLiveSource } from './live/platform-live-source.ts';
import { farewellRefusal } from './hub-farewell.ts';
import { isHubRefusal, type HubRefusal } from './hub-refusal.ts';
import { createRejoin } from './rejoin.ts';
import { spreadReturnAfterClosing } from './closing-spread.ts';
import type { Credentials } from './credentials.ts';
import type { CostMeter } from './cost/cost-meter.ts';
import type { CollectedInventory } from './inventory.ts';
import { createInventoryReporter } from './inventory-reporter.ts';
import type { Outbox } from './outbox.ts';
import { createOutboxDelivery, type FlushResult } from './outbox-delivery.ts';
import { createOutboxRetention } from './storage/outbox-retention.ts';
import type { HubCertificateError } from './trust/hub-certificate-error.ts';
import { createHubTrust } from './trust/hub-trust.ts';

/** How long to wait for the hub to acknowledge one event before treating it as not delivered. */
export const ACK_TIMEOUT_MS = 30_000;

/**
 * How long the help window waits for `help:desk`, in ms: someone is reading the window, and an
 * older hub that does not know the event never answers.
 */
export const HELP_DESK_TIMEOUT_MS = 5_000;

/**
 * Reconnection back-off: starts at 2 s, doubles up to 60 s, each delay randomized by ±50 %, so that
 * 10,000 agents reconnecting to a restarted hub spread over a minute instead of arriving at once.
 */
export const RECONNECT = { delayMs: 2_000, maxDelayMs: 60_000, jitter: 0.5 } as const;

/**
 * After the hub ended a connection (another one with this device's secret replaced it), the delays
 * before connecting again grow until a connection lasts this long. Longer than the longest delay
 * (60 s + 50 %): two processes sharing a secret never settle and both stay at the slowest pace,
 * while a service that a one-off `help` command displaced settles again a couple of minutes later.
 */
export const SETTLED_CONNECTION_MS = 2 * RECONNECT.maxDelayMs;

/**
 * A report the hub refused as `rate-limited` is sent again after a minute (the hub's window for
 * reports), then after ever longer waits up to half an hour (its window for unasked full reports).
 */
export const INVENTORY_RETRY: BackoffOptions = {
  delayMs: INVENTORY_REPORT_RATE_LIMIT.windowMs,
  maxDelayMs: UNASKED_FULL_REPORT_LIMIT.windowMs,
  jitter: 0.5,
};

/** A live sample the hub has not acknowledged by then is let go: the next one is due anyway. */
export const LIVE_ACK_TIMEOUT_MS = 5_000;

/**
 * `refused`: the hub turned this computer away for good; `untrusted`: the server that answered
 * presented a certificate this computer does not trust (detail `hub-certificate-changed`), and the
 * client keeps trying until the hub answers with a trusted one.
 */
export type HubClientState = 'connecting' | 'connected' | 'disconnected' | 'refused' | 'untrusted';

export type HubClientOptions = {
  credentials: Credentials;
  agentVersion: string;
  store: Outbox;
  collect: () => Promise<CollectedInventory>;
  logger: Logger;
  inventoryIntervalMs: number;
  /** When to send again a report the hub refused for now; tests make it short. */
  inventoryRetry?: BackoffOptions;
  ackTimeoutMs?: number;
  /** Delays before connecting again after the hub ended or turned away a connection; tests shorten them. */
  reconnect?: BackoffOptions;
  /** How long a connection must last before those delays start short again, in ms. */
  settledConnectionMs?: number;
  /** Report inventory at each connection (the service does; a one-off `help` command does not). */
  reportOnConnect?: boolean;
  onStateChange?: (state: HubClientState, detail?: string) => void;
  /** One of this device's requests as the hub now has it (pushed, or fetched after reconnecting). */
  onRequestUpdated?: (view: RequesterRequest) => void;
  onOutboxChanged?: () => void;
  /** Who watches this computer's live figures now (the tray names them to whoever sits there). */
  onLiveViewers?: (viewers: LiveViewer[]) => void;
  /** Where live figures come from; this computer's by default, stood in by tests. */
  liveSource?: () => LiveSource;
  /** Measures what the agent costs the computer; its figures ride on each report. */
  costMeter?: CostMeter;
  /**
   * The hub certificates to trust changed: the first one pinned (an agent enrolled before pinning),
   * or a planned change the hub announced. Store them; they apply at once.
   */
  onHubPins?: (pins: string[]) => void;
  /** The hub handed over a new secret: store it before returning (throw if that fails). */
  onSecretRotated?: (secret: string) => void;
  /** The requests a front end shows now, and the ones to drop from it (storage/outbox-retention.ts). */
  shownRequestIds?: () => string[];
  onRequestsForgotten?: (requestIds: string[]) => void;
  /** How long a finished request is kept here, in ms; tests shorten it. */
  keepFinishedMs?: number;
  /** The hub has a new agent release or changed its update settings (see update/updater.ts). */
  onUpdateAvailable?: () => void;
};

/**
 * The agent's connection to its hub: authenticates with the device secret, reports inventory on
 * connect and on schedule, and delivers the outbox. Reconnects by itself, also after the hub ended
 * the connection or another server answered with an untrusted certificate, until closed or refused
 * for good.
 */
export function createHubClient(options: HubClientOptions) {
  const { credentials, store, logger } = options;
  const ackTimeoutMs = options.ackTimeoutMs ?? ACK_TIMEOUT_MS;
  const hashesKey = `acknowledged-hashes:${credentials.hub}:${credentials.deviceId}`;
  // Set when the server presented a certificate this computer does not trust.
  let certificateRefusal: HubCertificateError | null = null;
  // The certificates trusted now, told back to the hub when it announces its own.
  let heldPins: readonly string[] = credentials.hubPins ?? [];
  const trust = createHubTrust({
    hub: credentials.hub,
    pins: credentials.hubPins,
    onPins: (pins) => {
      heldPins = pins;
      options.onHubPins?.(pins);
    },
    onRefused: (error) => (certificateRefusal = error),
    logger,
  });
  const socket: Socket<HubToAgentEvents, AgentToHubEvents> = io(
    new URL(AGENT_NAMESPACE, credentials.hub).href,
    {
      auth: {
        deviceId: credentials.deviceId,
        secret: credentials.secret,
        protocolVersion: PROTOCOL_VERSION,
        agentVersion: options.agentVersion,
      },
      autoConnect: false,
      // Its own connection: socket.io-client otherwise shares one per origin, and the sharer would
      // inherit this socket's autoConnect: false.
      forceNew: true,
      transports: ['websocket'],
      reconnectionDelay: RECONNECT.delayMs,
      reconnectionDelayMax: RECONNECT.maxDelayMs,
      randomizationFactor: RECONNECT.jitter,
      // engine.io-client hands the agent to ws, which takes an https.Agent; its type says string.
      ...(trust.agent ? { agent: trust.agent as unknown as string } : {}),
    },
  );

  let inventoryTimer: NodeJS.Timeout | undefined;
  let closed = false;

  const setState = (state: HubClientState, detail?: string) =>
    options.onStateChange?.(state, detail);

  const rejoin = createRejoin({
    backoff: options.reconnect ?? RECONNECT,
    settledAfterMs: options.settledConnectionMs ?? SETTLED_CONNECTION_MS,
    connect: () => {
      if (!closed) socket.connect();
    },
  });

  /** Emits an event and waits (bounded) for its acknowledgement; rejects on timeout. */
  function emitWithAck<E extends AgentEventName>(
    event: E,
    payload: PayloadIn<AgentEvents[E]>,
    timeoutMs = ackTimeoutMs,
  ): Promise<Ack<AckData<AgentEvents[E]>>> {
    // socket.io's emit typing cannot follow a generic event name; the signature above does.
    const timed = socket.timeout(timeoutMs) as unknown as {
      emitWithAck(
        event: E,
        payload: PayloadIn<AgentEvents[E]>,
      ): Promise<Ack<AckData<AgentEvents[E]>>>;
    };
    return timed.emitWithAck(event, payload);
  }

  const reporter = createInventoryReporter({
    store,
    hashesKey,
    collect: options.collect,
    send: (report) => emitWithAck('inventory:report', report),
    canSend: () => socket.connected && !closed,
    isClosed: () => closed,
    retry: options.inventoryRetry ?? INVENTORY_RETRY,
    costMeter: options.costMeter,
    logger,
  });
  const { reportInventory } = reporter;

  const delivery = createOutboxDelivery({
    store,
    emit: (event, payload) => emitWithAck(event, payload),
    canSend: () => socket.connected && !closed,
    logger,
    onRequestView: (view) => options.onRequestUpdated?.(view),
    onChange: () => options.onOutboxChanged?.(),
  });

  const retention = createOutboxRetention({
    store,
    ...(options.shownRequestIds ? { shownRequestIds: options.shownRequestIds } : {}),
    ...(options.onRequestsForgotten ? { onRequestsForgotten: options.onRequestsForgotten } : {}),
    ...(options.keepFinishedMs === undefined ? {} : { keepFinishedMs: options.keepFinishedMs }),
  });

  const live = createLiveStream({
    source: options.liveSource ?? platformLiveSource,
    send: async (sample) => {
      if (!socket.connected || closed) return null;
      const ack = await emitWithAck('live:sample', sample, LIVE_ACK_TIMEOUT_MS);
      return ack.ok ? ack.data : null;
    },
    logger,
    ...(options.onLiveViewers ? { onViewers: options.onLiveViewers } : {}),
  });

  /** Delivers the outbox, then refreshes the requester's view if anything new reached the hub. */
  async function flushOutbox(): Promise<FlushResult> {
    const result = await delivery.flush();
    if (result.delivered > 0) await syncRequests();
    return result;
  }

  /**
   * Fetches this device's requests as the hub has them (replies may have come while offline), and
   * lets go of what the hub acknowledged, deleted or finished long ago (storage/outbox-retention.ts).
   */
  async function syncRequests(): Promise<boolean> {
    if (closed) return false;
    try {
      // The hub keeps the pictures it acknowledged: no copy needs to stay here.
      retention.dropDeliveredScreenshots();
      if (!socket.connected || (!options.onRequestUpdated && !retention.worthListing()))
        return false;
      const snapshot = retention.snapshot();
      const ack = await emitWithAck('help:list', {});
      if (!ack.ok || closed) return false;
      for (const view of retention.apply(snapshot, ack.data)) options.onRequestUpdated?.(view);
      return true;
    } catch (error) {
      // No answer in time, or the outbox could not be tidied now (a full disk): next time.
      if (!closed) logger.warn({ err: error }, 'could not compare requests with the hub');
      return false;
    }
  }

  function scheduleInventory() {
    clearTimeout(inventoryTimer);
    inventoryTimer = setTimeout(() => {
      if (socket.connected) {
        void reportInventory({ fresh: true });
        // A service stays connected for weeks: finished requests still age out here.
        void syncRequests();
      }
      scheduleInventory();
    }, options.inventoryIntervalMs);
  }

  let connectedOnce: Promise<void> | null = null;
  let resolveConnected: (() => void) | null = null;

  socket.on('connect', () => {
    certificateRefusal = null;
    rejoin.connected();
    reporter.connected();
    setState('connected');
    resolveConnected?.();
    (async () => {
      await flushOutbox();
      await syncRequests();
      if (options.reportOnConnect ?? true) await reportInventory();
    })().catch((error: unknown) => {
      if (!closed) logger.error({ err: error }, 'check-in failed');
    });
  });
  const closingSpread = spreadReturnAfterClosing(socket, logger);
  // Set when the hub says, just before it ends the connection, that it turns this computer away.
  let farewell: HubRefusal | null = null;
  socket.on('hub:farewell', (payload) => (farewell = farewellRefusal(payload)));
  socket.on('disconnect', (reason) => {
    rejoin.disconnected();
    live.disconnected();
    if (closed) return;
    if (reason === 'io server disconnect' && farewell) {
      logger.info({ refusal: farewell }, 'the hub turned this computer away for good');
      setState('refused', farewell);
      return;
    }
    setState('disconnected', reason);
    // The hub ended this connection itself: a newer one with this device's secret took its place
    // (a one-off `help` command, or a copy of the secret elsewhere). Come back, ever more slowly.
    if (reason === 'io server disconnect') {
      const retryInMs = rejoin.schedule();
      logger.info(
        { retryInMs },
        'the hub ended this connection for a newer one; connecting again later',
      );
    }
  });
  socket.on('connect_error', (error) => {
    if (closed) return;
    if (certificateRefusal) {
      // Nothing was sent to that server. It may be there only for a moment (a spoofed address, a
      // captive portal), so stopping for good would let anyone stop every agent: knock again,
      // ever more slowly, until the hub itself answers.
      const refusal = certificateRefusal;
      certificateRefusal = null;
      socket.disconnect();
      const retryInMs = rejoin.schedule();
      logger.error({ presented: refusal.presented, retryInMs }, refusal.message);
      setState('untrusted', 'hub-certificate-changed');
      return;
    }
    // The hub refused the credentials or this agent: retrying the same cannot succeed.
    if (isHubRefusal(error.message)) {
      setState('refused', error.message);
      return;
    }
    setState('disconnected', error.message);
    // Turned away by the hub's handshake for now (`unavailable`): the socket gives up on its own,
    // unlike after network trouble, which its manager keeps retrying.
    if (!socket.active) {
      const retryInMs = rejoin.schedule();
      logger.info(
        { retryInMs, error: error.message },
        'the hub turned this connection away; connecting again later',
      );
    }
  });
  socket.on('hub:trust', (announced, ack) => {
    trust.announced(announced);
    // The hub counts the computers ready for its next certificate from this answer.
    if (typeof ack === 'function') ack({ ok: true, data: { fingerprints: [...heldPins] } });
  });
  socket.on('device:secret', (payload, ack) => {
    const secret = parseSecret(payload);
    if (!secret || typeof ack !== 'function') {
      if (typeof ack === 'function') ack({ ok: false, error: 'invalid-payload' });
      return;
    }
    try {
      // Stored before answering: the hub drops the old secret only once this says so.
      options.onSecretRotated?.(secret);
    } catch (error) {
      logger.error({ err: error }, 'could not store the new device secret; keeping the old one');
      ack({ ok: false, error: 'internal' });
      return;
    }
    // The next connection (after a network drop) presents the new one.
    socket.auth = { ...(socket.auth as object), secret };
    logger.info("the hub replaced this computer's secret");
    ack({ ok: true, data: null });
  });
  socket.on('update:available', () => options.onUpdateAvailable?.());
  socket.on('inventory:request', () => void reportInventory({ fresh: true, full: true }));
  socket.on('help:updated', (view) => options.onRequestUpdated?.(view));
  socket.on('live:viewers', (viewers) => {
    const parsed = liveViewersSchema.safeParse(viewers);
    if (parsed.success) live.setViewers(parsed.data);
    else logger.warn('the hub sent a list of live viewers this agent cannot read');
  });

  return {
    start(): void {
      setState('connecting');
      socket.connect();
      scheduleInventory();
    },
    /** Resolves on the first successful connection. */
    connected(): Promise<void> {
      connectedOnce ??= socket.connected
        ? Promise.resolve()
        : new Promise((resolve) => {
            resolveConnected = resolve;
          });
      return connectedOnce;
    },
    isConnected: () => socket.connected,
    /** The pinned HTTPS agent of this connection (downloads go through it); none over plain HTTP. */
    httpsAgent: trust.agent,
    /** Whether live figures are being sampled now, and who watches. */
    live: { isRunning: live.isRunning, viewers: live.viewers },
    /** Who looked at this computer, as the hub logged it; null while not connected. */
    async looks(): Promise<DeviceAccess[] | null> {
      if (!socket.connected || closed) return null;
      const ack = await emitWithAck('help:looks', {});
      return ack.ok ? ack.data : null;
    },
    /**
     * This computer as the school knows it and who is on duty for it; null while not connected,
     * or when the hub does not answer (an older hub) or refuses.
     */
    async helpDesk(): Promise<HelpDeskInfo | null> {
      if (!socket.connected || closed) return null;
      try {
        const ack = await emitWithAck('help:desk', {}, HELP_DESK_TIMEOUT_MS);
        return ack.ok ? ack.data : null;
      } catch {
        return null;
      }
    },
    /**
     * Asks the hub something for a person reading a window, waiting at most `timeoutMs`: the
     * answer's data, or null while not connected, when the hub refuses or does not answer (an
     * older hub that does not know the event).
     */
    async askNow<E extends AgentEventName>(
      event: E,
      payload: PayloadIn<AgentEvents[E]>,
      timeoutMs: number,
    ): Promise<AckData<AgentEvents[E]> | null> {
      if (!socket.connected || closed) return null;
      const ack = await emitWithAck(event, payload, timeoutMs).catch(() => null);
      return ack?.ok ? ack.data : null;
    },
    reportInventory,
    flushOutbox,
    syncRequests,
    close(): void {
      closed = true;
      rejoin.cancel();
      closingSpread.cancel();
      clearTimeout(inventoryTimer);
      reporter.close();
      live.close();
      delivery.stop();
      socket.disconnect();
      trust.agent?.destroy();
    },
  };
}

export type HubClient = ReturnType<typeof createHubClient>;

/** A new secret as the hub sent it, or null for anything else. */
function parseSecret(payload: unknown): string | null {
  if (typeof payload !== 'object' || payload === null) return null;
  const { secret } = payload as { secret?: unknown };
  return typeof secret === 'string' && secret.length >= 16 && secret.length <= 256 ? secret : null;
}
