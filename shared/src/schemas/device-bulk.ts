import { z } from 'zod';
import { idSchema, nonEmptyShortString } from './common.ts';
import { oneLine } from './plain-text.ts';

/** Most devices one bulk action may name: a whole district's fleet in one go. */
export const MAX_BULK_DEVICES = 10_000;

/**
 * A bulk action's body limit: 10,000 ids of 36 characters with their quotes and commas are about
 * 390 KiB, past the API's usual body limit (MAX_HTTP_BODY_BYTES), so these routes allow this.
 */
export const MAX_BULK_BODY_BYTES = 512 * 1024;

const deviceIds = z.array(idSchema).min(1).max(MAX_BULK_DEVICES);

/** `POST /api/devices/bulk/refresh` and `/bulk/retire`: the devices acted on. */
export const deviceBulkSchema = z.strictObject({ deviceIds });
export type DeviceBulk = z.infer<typeof deviceBulkSchema>;

/** `POST /api/devices/bulk/room`: the devices and the room they move to (an existing or a new name). */
export const deviceBulkRoomSchema = z.strictObject({
  deviceIds,
  room: oneLine(nonEmptyShortString).refine((room) => room.trim() === room, {
    message: 'no spaces around the room name',
  }),
});
export type DeviceBulkRoom = z.infer<typeof deviceBulkRoomSchema>;

/** What `/bulk/refresh` answers: how many were asked, of how many named (the rest are offline). */
export type BulkRefreshResult = { asked: number; offline: number };
/** What `/bulk/room` answers: devices moved, and open requests that followed them. */
export type BulkRoomResult = { moved: number; requestsMoved: number };
/** What `/bulk/retire` answers. */
export type BulkRetireResult = { retired: number };
