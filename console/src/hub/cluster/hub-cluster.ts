// Several hubs behind one address share one PostgreSQL database. What each hub keeps in memory
// (who is connected to it, the software verdicts, the device list consoles sync from) is kept in
// step by messages between the hubs, through @socket.io/postgres-adapter (LISTEN/NOTIFY on the same
// database): no other service to run.
//
// - Pushes to consoles: each hub pushes to its own consoles, and passes the push to the others,
//   which push it to theirs through their own device list (a console's sync cursor names the hub
//   it talks to, so a push must come from that hub).
// - Pushes to agents (and ending their sockets) the same way: the hub holding the agent delivers.
// - Verdicts: a hub that changed a computer's stored inventory, the rules or the merges tells the
//   others, which read it again from the database (shared tables, one notification each): the
//   engine's state stays derived from the database, so a lost message is made good by the next.
// - Presence (computers with an agent connected, people with a console open): see
//   shared-presence.ts; the live device view: see shared-live-view.ts.
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Namespace } from 'socket.io';
import type { HubToConsoleEvents, LiveViewer } from '@handraise/shared';
import type { SessionEnd } from '../auth/session-revocation.ts';
import type { NotifyConsoles, NotifyDevice, NotifyPeople } from '../notify.ts';
import type { Presence } from '../presence.ts';
import { shareLiveView } from './shared-live-view.ts';
import { PRESENCE_BEAT_MS, sharePresence, type HubLink } from './shared-presence.ts';

type ConsolePush = { event: keyof HubToConsoleEvents; args: unknown[] };

/** How long another hub's agent has to store a new secret: within the adapter's 5 s for replies. */
const REMOTE_AGENT_TIMEOUT_MS = 4_000;
type PeoplePush = ConsolePush & { userIds: string[] };

/** What hubs tell each other (server-side events on the agent namespace). */
const EVENTS = {
  consolePush: 'hub:console-push',
  peoplePush: 'hub:people-push',
  deviceChanged: 'hub:device-changed',
  rulesChanged: 'hub:rules-changed',
  overridesChanged: 'hub:overrides-changed',
  devicePush: 'hub:device-push',
  deviceDisconnect: 'hub:device-disconnect',
  sessionEnded: 'hub:session-ended',
  deviceTakeover: 'hub:device-takeover',
  secretHandover: 'hub:secret-handover',
} as const;

/** The verdict engine's three ways to be told something changed. */
export type VerdictInputs = {
  deviceChanged(deviceId: string): Promise<unknown>;
  rulesChanged(): Promise<unknown>;
  overridesChanged(): Promise<unknown>;
};

export type HubCluster = ReturnType<typeof createHubCluster>;

/**
 * Made before the hub's sockets (its presence is handed out first) and attached to their namespace
 * once they exist; nothing is sent before, as nothing connects before the hub listens. On a hub
 * without the shared adapter (SQLite, one hub) messages go nowhere and nothing is heard.
 */
export function createHubCluster(deps: {
  /** This hub's own agent sockets, by device. */
  presence: Presence;
  /** This hub's own console sockets, by person. */
  consolePresence: Presence;
  logger: Logger;
}) {
  const { logger } = deps;
  const hubId = randomUUID();
  let namespace: Namespace | null = null;
  const listeners: [string, (...args: unknown[]) => void][] = [];
  const send = (event: string, ...args: unknown[]) => {
    if (!namespace) return;
    (namespace.serverSideEmit as (event: string, ...args: unknown[]) => boolean)(event, ...args);
  };
  const hear = (event: string, listener: (...args: never[]) => void) => {
    const entry: [string, (...args: unknown[]) => void] = [
      event,
      listener as (...args: unknown[]) => void,
    ];
    listeners.push(entry);
    namespace?.on(...entry);
  };
  const link: HubLink = { hubId, send, hear };
  const devices = sharePresence('device', deps.presence, link);
  const consoles = sharePresence('user', deps.consolePresence, link);
  const beats = [devices.beat, consoles.beat];
  const beat = setInterval(() => {
    for (const repeat of beats) repeat();
  }, PRESENCE_BEAT_MS);
  beat.unref();

  return {
    hubId,
    /** Starts sending and hearing on `on` (a namespace of the hub's Socket.IO server). */
    attach(on: Namespace) {
      namespace = on;
      for (const entry of listeners) on.on(...entry);
    },
    /** Computers connected here, answering for those connected to the other hubs too. */
    presence: devices.presence,
    /** People with a console open here, answering for the other hubs' consoles too. */
    consolePresence: consoles.presence,

    /**
     * The live device view across hubs (shared-live-view.ts); `tellAgent` reaches the computer's
     * agent on whichever hub holds it.
     */
    shareLiveView(tellAgent: (deviceId: string, viewers: LiveViewer[]) => void) {
      const shared = shareLiveView(link, { tellAgent, isHere: deps.presence.isOnline });
      beats.push(shared.beat);
      return shared;
    },

    /** Pushes to this hub's consoles and passes the push on to the other hubs'. */
    shareConsolePushes(local: NotifyConsoles): NotifyConsoles {
      hear(EVENTS.consolePush, ({ event, args }: ConsolePush) =>
        (local as (event: string, ...args: unknown[]) => void)(event, ...args),
      );
      return (event, ...args) => {
        local(event, ...args);
        send(EVENTS.consolePush, { event, args } satisfies ConsolePush);
      };
    },

    /** Pushes to a computer's agent here, and on the other hubs (it may be connected there). */
    shareDevicePushes(local: NotifyDevice): NotifyDevice {
      hear(EVENTS.devicePush, (deviceId: string, event: string, args: unknown[]) =>
        (local as (id: string, event: string, ...args: unknown[]) => void)(
          deviceId,
          event,
          ...args,
        ),
      );
      return (deviceId, event, ...args) => {
        local(deviceId, event, ...args);
        send(EVENTS.devicePush, deviceId, event, args);
      };
    },

    /**
     * One connection per computer across hubs: the function returned tells the others that a
     * computer connected here (whence, and when); `endHere` ends its earlier connections on this
     * hub when another says so.
     */
    shareTakeovers(
      endHere: (deviceId: string, newcomer: { address: string; issuedAt: number }) => void,
    ): (deviceId: string, newcomer: { address: string; issuedAt: number }) => void {
      hear(
        EVENTS.deviceTakeover,
        (deviceId: string, address: string, issuedAt: number, fromHub: string) =>
          // Two connections of the same millisecond: the one on the hub with the greater id stays
          // (its announcement counts as a moment later here, this hub's as a moment later there).
          endHere(deviceId, { address, issuedAt: fromHub > hubId ? issuedAt : issuedAt - 0.5 }),
      );
      return (deviceId, { address, issuedAt }) =>
        send(EVENTS.deviceTakeover, deviceId, address, issuedAt, hubId);
    },

    /**
     * A new secret handed to a computer's agent wherever it is connected: here first, else the
     * other hubs are asked and the one holding it answers with the address that stored it.
     */
    shareSecretHandover(
      here: (deviceId: string, secret: string, timeoutMs: number) => Promise<string | null>,
    ): (deviceId: string, secret: string, timeoutMs: number) => Promise<string | null> {
      hear(
        EVENTS.secretHandover,
        (
          deviceId: string,
          secret: string,
          timeoutMs: number,
          answer: (address: string | null) => void,
        ) => {
          here(deviceId, secret, timeoutMs).then(answer, () => answer(null));
        },
      );
      return async (deviceId, secret, timeoutMs) => {
        const address = await here(deviceId, secret, timeoutMs);
        if (address !== null || !namespace) return address;
        const on = namespace;
        // The adapter waits 5 s for the other hubs' answers, whatever it is told: their agents get
        // a little less. Answers that came in time count even when another hub is silent.
        const answers = await new Promise<(string | null)[]>((resolve) =>
          (
            on.serverSideEmit as (
              event: string,
              ...args: [string, string, number, (error: Error | null, answers: unknown[]) => void]
            ) => boolean
          )(
            EVENTS.secretHandover,
            deviceId,
            secret,
            Math.min(timeoutMs, REMOTE_AGENT_TIMEOUT_MS),
            (error, received) => {
              if (error)
                logger.warn({ err: error, deviceId }, 'a hub did not answer a secret handover');
              resolve(received as (string | null)[]);
            },
          ),
        );
        return answers.find((answer) => typeof answer === 'string') ?? null;
      };
    },

    /** Ends a computer's sockets here and on the other hubs. */
    shareDisconnects(local: (deviceId: string) => void): (deviceId: string) => void {
      hear(EVENTS.deviceDisconnect, (deviceId: string) => local(deviceId));
      return (deviceId) => {
        local(deviceId);
        send(EVENTS.deviceDisconnect, deviceId);
      };
    },

    /**
     * Ended sessions (signed out, disabled, scope or password changed): `endedElsewhere` hears those
     * the other hubs end; the function returned tells them of this hub's.
     */
    shareSessionEnds(endedElsewhere: (end: SessionEnd) => void): (end: SessionEnd) => void {
      hear(EVENTS.sessionEnded, (end: SessionEnd) => endedElsewhere(end));
      return (end) => send(EVENTS.sessionEnded, end);
    },

    /** The same for pushes to some people's consoles. */
    sharePeoplePushes(local: NotifyPeople): NotifyPeople {
      hear(EVENTS.peoplePush, ({ userIds, event, args }: PeoplePush) =>
        (local as (ids: string[], event: string, ...args: unknown[]) => void)(
          userIds,
          event,
          ...args,
        ),
      );
      return (userIds, event, ...args) => {
        local(userIds, event, ...args);
        if (userIds.length > 0)
          send(EVENTS.peoplePush, { userIds: [...userIds], event, args } satisfies PeoplePush);
      };
    },

    /** The verdict engine, telling the other hubs' engines what it was told. */
    shareVerdictInputs<T extends VerdictInputs>(engine: T): T {
      const quietly = (work: Promise<unknown>, what: string) =>
        void work.catch((error: unknown) =>
          logger.error({ err: error }, `${what} from another hub failed`),
        );
      hear(EVENTS.deviceChanged, (deviceId: string) =>
        quietly(engine.deviceChanged(deviceId), 'judging a computer again'),
      );
      hear(EVENTS.rulesChanged, () => quietly(engine.rulesChanged(), 'reloading the rules'));
      hear(EVENTS.overridesChanged, () =>
        quietly(engine.overridesChanged(), 'reloading the merges'),
      );
      return {
        ...engine,
        deviceChanged(deviceId: string) {
          send(EVENTS.deviceChanged, deviceId);
          return engine.deviceChanged(deviceId);
        },
        rulesChanged() {
          send(EVENTS.rulesChanged);
          return engine.rulesChanged();
        },
        overridesChanged() {
          send(EVENTS.overridesChanged);
          return engine.overridesChanged();
        },
      };
    },

    close() {
      clearInterval(beat);
    },
  };
}
