import type { HttpApp } from './http-app.ts';
import { deviceIdPayloadSchema, seatUpdateSchema, type Device } from '@handraise/shared';
import { seatEditRefusal } from '../access/seat-editors.ts';
import type { SeatsStore } from '../storage/seats-store.ts';
import { callerOf } from './access.ts';
import { sendData, sendError } from './reply.ts';

export type SeatRouteDeps = {
  seats: SeatsStore;
  findDevice: (deviceId: string) => Promise<Device | null>;
  /** Tells the consoles that may see it (`device:updated`). */
  publishDevice: (device: Device) => void;
};

/** Where a computer sits in its room: its seat label and floor-grid place. */
export function registerSeatRoutes(app: HttpApp, deps: SeatRouteDeps): void {
  app.patch(
    '/api/devices/:deviceId/seat',
    { schema: { params: deviceIdPayloadSchema, body: seatUpdateSchema } },
    async (request, reply) => {
      const { deviceId } = request.params;
      const user = callerOf(request);
      const device = await deps.findDevice(deviceId);
      if (!device) return sendError(reply, 'not-found');
      const refusal = seatEditRefusal(user, device);
      if (refusal) return sendError(reply, refusal);
      const outcome = await deps.seats.set(deviceId, request.body);
      if (outcome !== 'saved') return sendError(reply, outcome);
      const updated = await deps.findDevice(deviceId);
      if (!updated) return sendError(reply, 'not-found');
      deps.publishDevice(updated);
      return sendData(reply, updated);
    },
  );
}
