import type { NotifyConsoles, NotifyDevice } from './notify.ts';
import type { RequesterView } from './storage/requester-view.ts';
import type { RequestsStore } from './storage/requests-store.ts';

/**
 * Tells everyone who follows a request that it changed: consoles get the staff view, the computer
 * that raised it gets the requester's view (so the tray shows the helper's words and the state).
 */
export function createRequestPublisher(deps: {
  requests: RequestsStore;
  requesterView: RequesterView;
  notifyConsoles: NotifyConsoles;
  notifyDevice: NotifyDevice;
  /** The request's computer: who may watch it live may have changed with the request. */
  onDeviceRequestChanged?: (deviceId: string) => Promise<void>;
}) {
  return async function publishRequest(requestId: string): Promise<void> {
    const request = await deps.requests.find(requestId);
    if (!request) return;
    deps.notifyConsoles('request:updated', request);
    const view = await deps.requesterView.one(request.deviceId, requestId);
    if (view) deps.notifyDevice(request.deviceId, 'help:updated', view);
    await deps.onDeviceRequestChanged?.(request.deviceId);
  };
}

export type PublishRequest = ReturnType<typeof createRequestPublisher>;
