// Who watches which computer's live figures, and the stream between its agent and them. The hub
// asks an agent to sample while anyone watches (`live:viewers` with the watchers' names, which its
// tray shows) and to stop when the last one leaves or their socket drops. Each sample goes to the
// watchers who may still see the computer: a student advisor's view ends with their request.
import {
  fail,
  LIVE_SAMPLE_INTERVAL_MS,
  ok,
  type Ack,
  type Device,
  type LiveFigures,
  type LiveSample,
  type LiveViewer,
  type LiveWatchResult,
  type User,
} from '@handraise/shared';
import type { Logger } from 'pino';
import { inScope, isStudentAdvisor } from '../access/advisor-reach.ts';
import type { Clock } from '../clock.ts';

/** Samples closer together than this are dropped: an agent cannot make the hub push faster. */
export const MIN_SAMPLE_GAP_MS = LIVE_SAMPLE_INTERVAL_MS / 2;

/**
 * Computers one person may watch at once, over all their consoles: a person looks at one or two;
 * more is a script keeping agents busy.
 */
export const MAX_WATCHED_PER_PERSON = 4;

/** A console socket as the stream sees it: where figures go, and where to say they stopped. */
export type Watcher = {
  id: string;
  send(figures: LiveFigures): void;
  /** The person may no longer see the computer: their stream of it ended. */
  ended(deviceId: string): void;
};

export type LiveWatchDeps = {
  findDevice(deviceId: string): Promise<Device | null>;
  /** May the person see the computer's details now? When `log`, an allowed look is logged as `live`. */
  maySee(user: User, device: Device, options: { log: boolean }): Promise<boolean>;
  isOnline(deviceId: string): boolean;
  /** Tells the computer's agent who watches it now (an empty list: stop sampling). */
  tellAgent(deviceId: string, viewers: LiveViewer[]): void;
  clock: Clock;
  logger: Logger;
};

type Watching = { socket: Watcher; user: User };

export type LiveWatch = ReturnType<typeof createLiveWatch>;

export function createLiveWatch(deps: LiveWatchDeps) {
  /** deviceId → socket id → who watches through that socket. */
  const watchers = new Map<string, Map<string, Watching>>();
  const lastSampleAt = new Map<string, number>();

  /** Each person once, in the order they started watching. */
  function viewersOf(deviceId: string): LiveViewer[] {
    const seen = new Map<string, LiveViewer>();
    for (const { user } of watchers.get(deviceId)?.values() ?? []) {
      if (seen.has(user.id)) continue;
      const as = user.role === 'coordinator' ? 'coordinator' : (user.advisor?.kind ?? 'teacher');
      seen.set(user.id, { who: user.displayName, as });
    }
    return [...seen.values()];
  }

  function remove(deviceId: string, socketId: string): void {
    const those = watchers.get(deviceId);
    if (!those?.delete(socketId)) return;
    if (those.size === 0) {
      watchers.delete(deviceId);
      lastSampleAt.delete(deviceId);
    }
    deps.tellAgent(deviceId, viewersOf(deviceId));
  }

  /**
   * Ends the views of the computer that its watchers may no longer have. Only a student's view
   * depends on the moment (her request); others' end with their session.
   */
  async function recheck(deviceId: string): Promise<void> {
    const those = watchers.get(deviceId);
    if (!those || ![...those.values()].some((w) => isStudentAdvisor(w.user))) return;
    const device = await deps.findDevice(deviceId);
    for (const [socketId, { socket, user }] of [...those]) {
      if (!isStudentAdvisor(user)) continue;
      if (device && (await deps.maySee(user, device, { log: false }))) continue;
      remove(deviceId, socketId);
      socket.ended(deviceId);
    }
  }

  const watchedBy = (socketId: string) =>
    [...watchers.entries()].filter(([, those]) => those.has(socketId)).map(([id]) => id);
  const watchedByPerson = (userId: string) =>
    [...watchers.entries()]
      .filter(([, those]) => [...those.values()].some((w) => w.user.id === userId))
      .map(([id]) => id);

  return {
    /**
     * Starts streaming the computer to this socket. Out of the person's scope (or unknown):
     * `not-found`; in scope but not theirs to see now (a student not helping on it): `forbidden`.
     */
    async watch(socket: Watcher, user: User, deviceId: string): Promise<Ack<LiveWatchResult>> {
      const device = await deps.findDevice(deviceId);
      if (!device) return fail('not-found');
      if (!(await deps.maySee(user, device, { log: false })))
        return fail(inScope(user, device) ? 'forbidden' : 'not-found');
      const already = watchedByPerson(user.id);
      if (!already.includes(deviceId) && already.length >= MAX_WATCHED_PER_PERSON)
        return fail('rate-limited');
      // Allowed: this time the look is written to the computer's access log.
      if (!(await deps.maySee(user, device, { log: true }))) return fail('forbidden');
      let those = watchers.get(deviceId);
      if (!those) watchers.set(deviceId, (those = new Map<string, Watching>()));
      const before = viewersOf(deviceId).length;
      those.set(socket.id, { socket, user });
      if (viewersOf(deviceId).length !== before) deps.tellAgent(deviceId, viewersOf(deviceId));
      deps.logger.info({ deviceId, userId: user.id }, 'live figures watched');
      return ok({ online: deps.isOnline(deviceId), intervalMs: LIVE_SAMPLE_INTERVAL_MS });
    },

    unwatch(socket: Pick<Watcher, 'id'>, deviceId: string): void {
      remove(deviceId, socket.id);
    },

    /** The socket is gone: it watches nothing any more. */
    dropSocket(socket: Pick<Watcher, 'id'>): void {
      for (const deviceId of watchedBy(socket.id)) remove(deviceId, socket.id);
    },

    /** The agent connected: if anyone watches, it starts sampling again. */
    agentConnected(deviceId: string): void {
      const viewers = viewersOf(deviceId);
      if (viewers.length > 0) deps.tellAgent(deviceId, viewers);
    },

    /** People watching the computer now. */
    viewersOf,

    recheck,

    /** Computers being watched now (for the bench and the log). */
    watchedCount: () => watchers.size,

    /**
     * A sample from the computer's agent: pushed to each watcher who may still see it. `watched`
     * false tells the agent nobody does (a hub restarted, a stop it missed).
     */
    async receive(deviceId: string, sample: LiveSample): Promise<{ watched: boolean }> {
      const those = watchers.get(deviceId);
      if (!those) return { watched: false };
      const now = deps.clock.now().getTime();
      const last = lastSampleAt.get(deviceId);
      if (last !== undefined && now - last < MIN_SAMPLE_GAP_MS) return { watched: true };
      lastSampleAt.set(deviceId, now);
      await recheck(deviceId);
      const figures: LiveFigures = { ...sample, deviceId, at: new Date(now).toISOString() };
      for (const { socket, user } of watchers.get(deviceId)?.values() ?? [])
        socket.send(
          isStudentAdvisor(user) ? { ...figures, loggedInUser: null, userHidden: true } : figures,
        );
      return { watched: watchers.has(deviceId) };
    },
  };
}
