/** Every signed-in console; advisors will get narrower rooms per site once routing exists. */
export const CONSOLES_ROOM = 'consoles';

/** The sockets of one device's agent. */
export function roomForDevice(deviceId: string): string {
  return `device:${deviceId}`;
}
