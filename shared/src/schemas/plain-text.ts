// Text people type that the desk shows to others: names, rooms, seats, titles and messages. A
// control character or a bidirectional override in it could make a queue line read reversed and
// fake a room or a seat, so the hub refuses such text at the boundary, before anything is stored.
import type { z } from 'zod';

/**
 * The bidirectional controls: embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069),
 * the left-to-right and right-to-left marks (U+200E, U+200F) and the Arabic letter mark (U+061C).
 */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u;

/** Any C0 or C1 control character (U+0000–U+001F, U+007F–U+009F). */
const CONTROL_CHARACTER = /\p{Cc}/u;

/** The control characters a multi-line text keeps: line breaks and tabs. */
const LAYOUT_CONTROL = /[\n\r\t]/gu;

export const ONE_LINE_MESSAGE = 'one line without control or text-direction characters';
export const MULTI_LINE_MESSAGE = 'no control or text-direction characters (line breaks are fine)';

/** True when the text holds no control character and no bidirectional control. */
export const isOneLineText = (text: string): boolean =>
  !CONTROL_CHARACTER.test(text) && !BIDI_CONTROL.test(text);

/** True when the text holds no bidirectional control and no control character but line breaks and tabs. */
export const isMultiLineText = (text: string): boolean =>
  isOneLineText(text.replace(LAYOUT_CONTROL, ''));

/** The schema, refusing text that is not one plain line (labels, names, rooms, titles). */
export const oneLine = <S extends z.ZodType<string>>(schema: S): S =>
  schema.refine(isOneLineText, { message: ONE_LINE_MESSAGE });

/** The schema, refusing text with controls other than line breaks and tabs (messages, notes). */
export const multiLine = <S extends z.ZodType<string>>(schema: S): S =>
  schema.refine(isMultiLineText, { message: MULTI_LINE_MESSAGE });
