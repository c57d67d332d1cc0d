import type { Logger } from 'pino';
import type { NotifyConsoles } from './notify.ts';
import type { PublishRequest } from './request-publisher.ts';
import type { DevicesStore } from './storage/devices-store.ts';
import type { LinkOutcome } from './storage/device-links-store.ts';

/**
 * Tells the rest of the hub that a re-installed computer now carries an old record's history:
 * the old record's agent (its secret is gone) is cut off, consoles drop the old device and see the
 * new one and the moved requests, and verdicts are recomputed for both.
 */
export function createLinkAnnouncer(deps: {
  disconnectDevice: (deviceId: string) => void;
  notifyConsoles: NotifyConsoles;
  publishRequest: PublishRequest;
  devices: DevicesStore;
  isOnline: (deviceId: string) => boolean;
  deviceChanged: (deviceId: string) => Promise<void>;
  logger: Logger;
}): (outcome: LinkOutcome) => void {
  return (outcome) => {
    deps.disconnectDevice(outcome.previousId);
    deps.notifyConsoles('device:removed', {
      deviceId: outcome.previousId,
      replacedBy: outcome.deviceId,
    });
    const log = (error: unknown) =>
      deps.logger.error({ err: error }, 'announcing a re-install failed');
    deps.deviceChanged(outcome.previousId).catch(log);
    deps.deviceChanged(outcome.deviceId).catch(log);
    deps.devices
      .find(outcome.deviceId, deps.isOnline)
      .then((device) => device && deps.notifyConsoles('device:updated', device))
      .catch(log);
    for (const requestId of outcome.movedRequestIds) deps.publishRequest(requestId).catch(log);
  };
}
