import { z } from 'zod';
import { idSchema } from './common.ts';
import type { Device } from './device.ts';

/** Computers in one `devices:sync` answer: a page serializes in a few milliseconds at most. */
export const DEVICE_SYNC_PAGE_SIZE = 1_000;

/** A cursor is the hub's run and version, e.g. `5c1f…:1042`; longer text is no cursor of ours. */
const MAX_CURSOR_CHARS = 80;

/**
 * `devices:sync`: the console's device list, in pages. `since` is the cursor the console holds
 * (null: it holds nothing, send everything); `after` is the last computer id of the page before
 * (null for the first page).
 */
export const deviceSyncPayloadSchema = z.strictObject({
  since: z.string().min(1).max(MAX_CURSOR_CHARS).nullable(),
  after: idSchema.nullable(),
});
export type DeviceSyncRequest = z.infer<typeof deviceSyncPayloadSchema>;

/**
 * One page of the answer. `snapshot`: the whole list (in the caller's scope) replaces what the
 * console holds; `changes`: computers changed since the cursor, and `removed` those gone from the
 * caller's scope. `after` asks for the next page; null when this was the last. `cursor` is where
 * the console stands once it has applied every page (and the pushes after it).
 */
export type DeviceSyncPage = {
  kind: 'snapshot' | 'changes';
  cursor: string;
  devices: Device[];
  removed: string[];
  after: string | null;
};
