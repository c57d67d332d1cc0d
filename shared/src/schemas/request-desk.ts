// The request desk's own tools: staff notes on a request, the undo of a resolve, and the canned
// replies the coordinator keeps for everyone who helps.
import { z } from 'zod';
import { MAX_HELP_TEXT_CHARS } from '../limits.ts';
import { idSchema } from './common.ts';
import { multiLine, oneLine } from './plain-text.ts';

/**
 * How long the console offers Undo after a resolve, in ms. The hub accepts the undo for a little
 * longer (RESOLVE_UNDO_GRACE_MS) so an Undo pressed at the last moment is not lost in transit.
 */
export const RESOLVE_UNDO_MS = 8_000;
/** Extra time, in ms, the hub allows past RESOLVE_UNDO_MS for the undo to arrive. */
export const RESOLVE_UNDO_GRACE_MS = 2_000;

/** Longest canned reply title, in characters: a label in a picker. */
export const MAX_CANNED_TITLE_CHARS = 80;
/** Longest canned reply text, in characters: a message, like any other. */
export const MAX_CANNED_TEXT_CHARS = 2_000;
/** Most canned replies the school keeps: a picker of hundreds helps nobody. */
export const MAX_CANNED_REPLIES = 100;

/** Text people write: trimmed, not empty, line breaks and tabs allowed but no other controls. */
const writtenText = (max: number) => multiLine(z.string().trim().min(1).max(max));

/** A title people pick from a list: one plain line. */
const titleText = (max: number) => oneLine(z.string().trim().min(1).max(max));

/** `request:staff-note`: a note only staff read (the coordinator and the request's helpers). */
export const requestStaffNoteSchema = z.strictObject({
  requestId: idSchema,
  text: writtenText(MAX_HELP_TEXT_CHARS),
});
export type RequestStaffNote = z.infer<typeof requestStaffNoteSchema>;

/** A reply the coordinator keeps for helpers to insert in a message and edit before sending. */
export type CannedReply = {
  id: string;
  title: string;
  text: string;
  updatedBy: string;
  createdAt: string;
  updatedAt: string;
};

/** `POST /api/canned-replies`. */
export const cannedReplyCreateSchema = z.strictObject({
  title: titleText(MAX_CANNED_TITLE_CHARS),
  text: writtenText(MAX_CANNED_TEXT_CHARS),
});
export type CannedReplyCreate = z.infer<typeof cannedReplyCreateSchema>;

/** `PATCH /api/canned-replies/:replyId`: what changes; at least one field. */
export const cannedReplyUpdateSchema = z
  .strictObject({
    title: titleText(MAX_CANNED_TITLE_CHARS).optional(),
    text: writtenText(MAX_CANNED_TEXT_CHARS).optional(),
  })
  .refine((change) => change.title !== undefined || change.text !== undefined, 'nothing to change');
export type CannedReplyUpdate = z.infer<typeof cannedReplyUpdateSchema>;

export const cannedReplyIdParamsSchema = z.strictObject({ replyId: idSchema });
