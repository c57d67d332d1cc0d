import type { Ack, Device, DeviceSyncPage, DeviceSyncRequest } from '@handraise/shared';
import type { LiveCollection } from './live-collection.ts';

/** Asks the hub for one page of the device list (`devices:sync`). */
export type AskDevicePage = (request: DeviceSyncRequest) => Promise<Ack<DeviceSyncPage>>;

export type DeviceSync = {
  /**
   * Brings the list up to date after a (re)connection: everything the first time, then only what
   * changed since the cursor held. False when the hub did not answer (the next connection tries).
   */
  resync: (askPage: AskDevicePage) => Promise<boolean>;
  /** A `device:updated` push. */
  updated: (device: Device, cursor?: string) => void;
  /** A `device:removed` push. */
  removed: (deviceId: string, cursor?: string) => void;
  /** Where the list stands (for tests and diagnostics). */
  cursor: () => string | null;
};

/** Pages asked, received and what came meanwhile, for one resync. */
type Gathered = {
  kind: DeviceSyncPage['kind'];
  devices: Device[];
  removed: string[];
  cursor: string;
};

/**
 * Keeps the console's device list in step with the hub: a snapshot once, in pages, then the
 * changes since the cursor of the last complete answer or push.
 */
export function createDeviceSync(devices: LiveCollection<Device>): DeviceSync {
  let cursor: string | null = null;
  // A newer resync (another reconnection) makes an older one's answers moot.
  let generation = 0;
  // Pushes that arrive while pages are being gathered: they are newer than what pages said.
  let pushedMeanwhile: Map<string, Device | null> | null = null;

  const gather = async (askPage: AskDevicePage, mine: number): Promise<Gathered | null> => {
    let since = cursor;
    let after: string | null = null;
    let gathered: Gathered | null = null;
    for (;;) {
      const answer = await askPage({ since, after });
      if (mine !== generation || !answer.ok) return null;
      const page = answer.data;
      if (gathered && gathered.kind !== page.kind) {
        // The hub forgot the cursor between two pages: start again from a snapshot.
        since = null;
        after = null;
        gathered = null;
        continue;
      }
      gathered ??= { kind: page.kind, devices: [], removed: [], cursor: page.cursor };
      gathered.devices.push(...page.devices);
      gathered.removed.push(...page.removed);
      gathered.cursor = page.cursor;
      if (page.kind === 'snapshot') since = null;
      after = page.after;
      if (after === null) return gathered;
    }
  };

  const apply = (gathered: Gathered, meanwhile: Map<string, Device | null>) => {
    if (gathered.kind === 'snapshot') {
      const next = new Map(gathered.devices.map((d) => [d.id, d]));
      for (const [id, device] of meanwhile) {
        if (device) next.set(id, device);
        else next.delete(id);
      }
      devices.replaceAll([...next.values()]);
    } else {
      for (const device of gathered.devices) devices.upsert(device);
      for (const id of gathered.removed) devices.remove(id);
      for (const [id, device] of meanwhile) {
        if (device) devices.upsert(device);
        else devices.remove(id);
      }
    }
  };

  return {
    async resync(askPage) {
      const mine = ++generation;
      const meanwhile = new Map<string, Device | null>();
      pushedMeanwhile = meanwhile;
      const gathered = await gather(askPage, mine);
      if (mine !== generation) return false;
      pushedMeanwhile = null;
      if (!gathered) return false;
      apply(gathered, meanwhile);
      cursor = gathered.cursor;
      return true;
    },
    updated(device, pushCursor) {
      devices.upsert(device);
      if (pushedMeanwhile) pushedMeanwhile.set(device.id, device);
      else if (pushCursor) cursor = pushCursor;
    },
    removed(deviceId, pushCursor) {
      devices.remove(deviceId);
      if (pushedMeanwhile) pushedMeanwhile.set(deviceId, null);
      else if (pushCursor) cursor = pushCursor;
    },
    cursor: () => cursor,
  };
}
