// Whether a person may see one computer's details and screenshots now: the rule of
// maySeeDevice, with "helping" read from the computer's requests as they are at this moment, so
// that a student's access ends the moment their request closes or moves on.
import type { User } from '@handraise/shared';
import type { Where } from '../rooms.ts';
import type { RequestsStore } from '../storage/requests-store.ts';
import { helpingWith, maySeeDevice } from './advisor-reach.ts';

export type DeviceReach = ReturnType<typeof createDeviceReach>;

export function createDeviceReach(requests: Pick<RequestsStore, 'list'>) {
  return {
    async maySee(user: User, device: Where & { id: string }): Promise<boolean> {
      if (user.role === 'coordinator') return true;
      const helping = helpingWith(user, await requests.list({ deviceId: device.id }));
      return maySeeDevice(user, device, helping);
    },
  };
}
