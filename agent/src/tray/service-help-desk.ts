// The tray's help desk when the machine-wide service runs the core: every call goes over the
// local channel, and what the tray reads at once (the requests, the connection, who is watching)
// is kept in step by what the service pushes. If the service stops, the tray says it is not
// connected, refuses new requests clearly (the window keeps what was typed, to send again), and
// reconnects in the background; everything already saved is in the service's outbox.
import type { DeviceAccess, LiveViewer } from '@handraise/shared';
import {
  HelpDeskError,
  type Connection,
  type HelpDeskEvent,
  type MyRequest,
  type RequesterDesk,
} from '../core/help-desk.ts';
import type { KnownHelpDesk } from '../core/help-desk-info.ts';
import type { QuickFixChannel } from '../core/quick-fixes.ts';
import {
  ChannelError,
  connectToService,
  type ServiceConnection,
} from '../core/local-channel/channel-client.ts';
import type {
  ChannelMethod,
  ChannelParams,
  ServiceFacts,
} from '../core/local-channel/channel-protocol.ts';
import { TrayFailure } from './tray-failure.ts';

/** Wait between attempts to reach a stopped service again, in ms. */
export const SERVICE_RECONNECT_MS = 5_000;

const EVENT_TYPES = new Set(['requests', 'connection', 'news', 'desk', 'watchers']);

export type ServiceHelpDesk = RequesterDesk & {
  quickFixes: QuickFixChannel;
  /** The service's enrollment as last told (null until it answered once). */
  facts(): ServiceFacts | null;
  /** Whether the service is reachable now. */
  serviceReachable(): boolean;
  close(): void;
};

type ServiceState = { requests: MyRequest[]; connection: Connection; liveViewers: LiveViewer[] };

/**
 * Wraps a proven connection; `path` is where to reconnect if the service goes away. Null: the
 * service is installed but not answering yet; the desk starts offline and keeps trying.
 */
export async function createServiceHelpDesk(options: {
  connection: ServiceConnection | null;
  path: string;
  reconnectMs?: number;
}): Promise<ServiceHelpDesk> {
  const listeners = new Set<(event: HelpDeskEvent) => void>();
  let current: ServiceConnection | null = null;
  let requests: MyRequest[] = [];
  let connection: Connection = 'offline';
  let viewers: LiveViewer[] = [];
  let facts: ServiceFacts | null = null;
  let retry: NodeJS.Timeout | undefined;
  let closed = false;

  const emit = (event: HelpDeskEvent) => {
    for (const listener of listeners) listener(event);
  };
  const setConnection = (next: Connection) => {
    if (next === connection) return;
    connection = next;
    emit({ type: 'connection', connection });
  };

  const onServiceEvent = (value: unknown) => {
    // The service is root's and trusted; the shape is still checked before the tray acts on it.
    if (typeof value !== 'object' || value === null) return;
    const event = value as HelpDeskEvent;
    if (!EVENT_TYPES.has(event.type)) return;
    if (event.type === 'requests') requests = event.requests;
    if (event.type === 'connection') connection = event.connection;
    if (event.type === 'watchers') viewers = event.viewers;
    emit(event);
  };

  async function adopt(next: ServiceConnection): Promise<void> {
    current = next;
    next.onEvent(onServiceEvent);
    next.onClose(() => {
      if (current !== next) return;
      current = null;
      // The hub is behind the service: without it the tray is not connected, whatever it was.
      setConnection('offline');
      scheduleReconnect();
    });
    const state = (await next.call('state', {})) as ServiceState;
    requests = state.requests;
    viewers = state.liveViewers;
    emit({ type: 'requests', requests });
    emit({ type: 'watchers', viewers });
    setConnection(state.connection);
    facts = (await next.call('facts', {})) as ServiceFacts;
  }

  const scheduleReconnect = () => {
    if (closed) return;
    retry = setTimeout(() => {
      connectToService({ path: options.path })
        .then((next) => (closed ? next.close() : adopt(next)))
        .catch(() => scheduleReconnect());
    }, options.reconnectMs ?? SERVICE_RECONNECT_MS);
    // Waiting for the service must not keep a closing tray alive.
    retry.unref();
  };

  /** A call, with the service's refusals turned into what the tray backend understands. */
  async function call<M extends ChannelMethod>(method: M, params: ChannelParams<M>) {
    if (!current) throw new TrayFailure('unavailable', 'the Handraise service is not running');
    try {
      return await current.call(method, params);
    } catch (error) {
      if (!(error instanceof ChannelError)) throw error;
      if (error.code === 'too-large') throw new HelpDeskError(error.message);
      if (error.code === 'not-found') throw new TrayFailure('not-found', error.message);
      if (error.code === 'bad-request') throw new TrayFailure('invalid-payload', error.message);
      // This account's own requests are still waiting to go: the window says so, not "failed".
      if (error.code === 'too-many-waiting') throw new TrayFailure('rate-limited', error.message);
      throw new TrayFailure('unavailable', error.message);
    }
  }

  /** Asked of the hub through the service; null (not known now) when the service is away. */
  const askOrNull = async <T>(method: ChannelMethod, params: object): Promise<T | null> => {
    if (!current) return null;
    return (await call(method, params as never).catch(() => null)) as T | null;
  };

  if (options.connection) await adopt(options.connection);
  else scheduleReconnect();

  return {
    list: () => requests,
    connection: () => connection,
    liveViewers: () => viewers,
    async ask(input) {
      const made = (await call('ask', {
        category: input.category,
        text: input.text,
        ...(input.requester !== undefined ? { requester: input.requester } : {}),
        ...(input.urgent !== undefined ? { urgent: input.urgent } : {}),
        ...(input.screenshot
          ? { screenshot: Buffer.from(input.screenshot).toString('base64') }
          : {}),
      })) as MyRequest;
      return made;
    },
    async reply(requestId, text) {
      await call('reply', { requestId, text });
    },
    async feedback(requestId, fixed) {
      await call('feedback', { requestId, fixed });
    },
    looks: () => askOrNull<DeviceAccess[]>('looks', {}),
    helpDesk: () => askOrNull<KnownHelpDesk>('helpDesk', {}),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    quickFixes: {
      fixes: (category) => askOrNull('quickFixes', { category }),
      fixWorked: async (fixId) => (await askOrNull<boolean>('fixWorked', { fixId })) === true,
    },
    facts: () => facts,
    serviceReachable: () => current !== null,
    close() {
      closed = true;
      clearTimeout(retry);
      current?.close();
      current = null;
    },
  };
}
