// zod schemas for every IPC argument; main parses each call against its channel's tuple.
import { z } from 'zod';
import { helpCategorySchema, idSchema, MAX_HELP_TEXT_CHARS } from '@handraise/shared';
import type { IpcCallName } from './channels.ts';
import { MAX_REQUESTER_NAME_CHARS } from './tray-api.ts';

/** Largest coordinate accepted, in pixels: beyond any real screen, small enough to stay exact. */
const MAX_PIXEL_COORDINATE = 100_000;

/**
 * Who asked: a first name, trimmed; '' for none. One line of text: no control characters (a
 * helper reads it in a list), and well under the hub's limit for short strings.
 */
export const requesterNameSchema = z
  .string()
  .trim()
  .max(MAX_REQUESTER_NAME_CHARS)
  .regex(/^\P{Cc}*$/u, 'one line of text');

/** What the window sends with "Send". */
export const askInputSchema = z.strictObject({
  category: helpCategorySchema,
  // May be empty: a chosen category says enough.
  text: z.string().max(MAX_HELP_TEXT_CHARS),
  /** False when the user chose "Don't send the picture". */
  keepScreenshot: z.boolean(),
  /** A first name, remembered for this computer account; '' forgets it, left out keeps it. */
  requester: requesterNameSchema.optional(),
  /** "My class is stopped". */
  urgent: z.boolean().optional(),
});
export type AskInput = z.infer<typeof askInputSchema>;

const coordinate = z.number().finite().min(0).max(MAX_PIXEL_COORDINATE);
const extent = z.number().finite().positive().max(MAX_PIXEL_COORDINATE);

/** A rectangle in the held screenshot's own pixels. */
export const blurRectSchema = z.strictObject({
  x: coordinate,
  y: coordinate,
  width: extent,
  height: extent,
});
export type BlurRect = z.infer<typeof blurRectSchema>;

const replyText = z.string().trim().min(1).max(MAX_HELP_TEXT_CHARS);

/** The argument list of each call: exact length, every element checked. */
export const IPC_ARGUMENT_SCHEMAS = {
  ask: z.tuple([askInputSchema]),
  requesterName: z.tuple([]),
  reply: z.tuple([idSchema, replyText]),
  feedback: z.tuple([idSchema, z.boolean()]),
  listRequests: z.tuple([]),
  connection: z.tuple([]),
  captureScreenshot: z.tuple([]),
  blurScreenshot: z.tuple([blurRectSchema]),
  dropScreenshot: z.tuple([]),
  aboutThisComputer: z.tuple([]),
  whoLooked: z.tuple([]),
  helpDesk: z.tuple([]),
  quickFixes: z.tuple([helpCategorySchema]),
  fixWorked: z.tuple([idSchema]),
  locale: z.tuple([]),
  liveViewers: z.tuple([]),
} as const satisfies { [K in IpcCallName]: z.ZodType<unknown[]> };
