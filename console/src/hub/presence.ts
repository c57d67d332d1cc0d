/**
 * Which devices have a live agent socket on this hub. A device may briefly hold two sockets while
 * it reconnects, so sockets are counted, not flagged.
 */
export function createPresence() {
  const sockets = new Map<string, number>();
  return {
    /** Counts a socket in; true when the device just came online. */
    add(deviceId: string): boolean {
      const count = sockets.get(deviceId) ?? 0;
      sockets.set(deviceId, count + 1);
      return count === 0;
    },
    /** Counts a socket out; true when the device just went offline. */
    remove(deviceId: string): boolean {
      const count = (sockets.get(deviceId) ?? 0) - 1;
      if (count > 0) sockets.set(deviceId, count);
      else sockets.delete(deviceId);
      return count <= 0;
    },
    isOnline: (deviceId: string): boolean => sockets.has(deviceId),
    /** How many sockets are counted in for this id. */
    connections: (deviceId: string): number => sockets.get(deviceId) ?? 0,
    onlineCount: (): number => sockets.size,
    /** The ids of the devices connected here. */
    onlineIds: (): string[] => [...sockets.keys()],
  };
}

export type Presence = ReturnType<typeof createPresence>;
