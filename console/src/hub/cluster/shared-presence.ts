// Who is connected, across hubs: this hub's own count of sockets, plus what the other hubs said
// they hold. Each hub says when an id comes or goes on it and repeats its whole list every few
// seconds; a hub whose repeats stop (it was killed) is forgotten, so what it held goes offline.
import type { Presence } from '../presence.ts';

/** How often a hub repeats which ids are connected to it. */
export const PRESENCE_BEAT_MS = 5_000;
/** A hub not heard from for this long is gone. */
export const PRESENCE_EXPIRY_MS = 16_000;

/** How the hubs reach each other (see hub-cluster.ts). */
export type HubLink = {
  hubId: string;
  send(event: string, ...args: unknown[]): void;
  hear(event: string, listener: (...args: never[]) => void): void;
};

/**
 * `local`, answering for the ids connected to the other hubs too; `kind` names what is counted
 * ("device", "user"), so that each kind has its own messages.
 */
export function sharePresence(kind: string, local: Presence, link: HubLink) {
  const change = `hub:${kind}-presence`;
  const beatEvent = `hub:${kind}-presence-beat`;
  const remote = new Map<string, { ids: Set<string>; heardAt: number }>();
  const peer = (hubId: string) => {
    let known = remote.get(hubId);
    if (!known) remote.set(hubId, (known = { ids: new Set(), heardAt: Date.now() }));
    known.heardAt = Date.now();
    return known;
  };
  const elsewhere = (id: string) => {
    const now = Date.now();
    for (const [hubId, known] of remote) {
      if (now - known.heardAt > PRESENCE_EXPIRY_MS) remote.delete(hubId);
      else if (known.ids.has(id)) return true;
    }
    return false;
  };
  link.hear(change, (from: string, id: string, online: boolean) => {
    const known = peer(from);
    if (online) known.ids.add(id);
    else known.ids.delete(id);
  });
  link.hear(beatEvent, (from: string, ids: string[]) => {
    peer(from).ids = new Set(ids);
  });

  const presence: Presence = {
    ...local,
    add(id) {
      const cameOnline = local.add(id);
      if (cameOnline) link.send(change, link.hubId, id, true);
      return cameOnline;
    },
    remove(id) {
      const wentOffline = local.remove(id);
      if (wentOffline) link.send(change, link.hubId, id, false);
      return wentOffline;
    },
    isOnline: (id) => local.isOnline(id) || elsewhere(id),
  };
  return {
    presence,
    /** Tells the other hubs every id connected here (called every PRESENCE_BEAT_MS). */
    beat: () => link.send(beatEvent, link.hubId, local.onlineIds()),
  };
}
