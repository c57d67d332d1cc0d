/** Where the hub answers the fleet's battery and disk health (coordinator only). */
export const HARDWARE_HEALTH_PATH = '/api/fleet/hardware-health';
