import { z } from 'zod';
import { oneLine } from './plain-text.ts';

/** Longest seat label: "B3", "Row 2, seat 3", "Window 4" fit; a sentence does not. */
export const MAX_SEAT_LABEL_CHARS = 24;

/** A room's floor grid is at most this many rows and columns (a large lab is ~8 × 6). */
export const MAX_SEAT_GRID = 30;

const gridIndex = z.number().int().min(1).max(MAX_SEAT_GRID);

/** Where a computer stands on its room's floor grid, counted from 1 (front row, left). */
export const seatPlaceSchema = z.strictObject({ row: gridIndex, column: gridIndex });
export type SeatPlace = z.infer<typeof seatPlaceSchema>;

/**
 * A seat label as people say it; surrounding and repeated spaces are dropped. Control and
 * text-direction characters are refused as typed, before tidying could hide a line break.
 */
export const seatLabelSchema = oneLine(z.string())
  .transform((text) => text.trim().replace(/\s+/g, ' '))
  .pipe(z.string().min(1).max(MAX_SEAT_LABEL_CHARS));

/** A computer's seat: the label people say, and optionally its place on the floor grid. */
export const seatSchema = z.strictObject({
  label: seatLabelSchema,
  place: seatPlaceSchema.nullable(),
});
export type Seat = z.infer<typeof seatSchema>;

/**
 * `PATCH /api/devices/:deviceId/seat`: the computer's whole seat, replaced. `label: null` and
 * `place: null` clear them; a place may stand without a label (the grid names it by row and column).
 */
export const seatUpdateSchema = z.strictObject({
  label: seatLabelSchema.nullable(),
  place: seatPlaceSchema.nullable(),
});
export type SeatUpdate = z.infer<typeof seatUpdateSchema>;

// "row 2 seat 3", "Row 2, PC 3", "row 2 / computer 3", "r2 s3": a row, then a seat in it.
const ROW_THEN_SEAT =
  /^(?:row|r)\s*(\d{1,2})\s*[,;/-]?\s*(?:seat|pc|computer|desk|s|c)\s*(\d{1,2})$/i;

/**
 * Reads a seat as someone typed it at enrollment. The label is the text itself (tidied); the
 * "row R seat C" forms also give a grid place. Null when the text is empty, too long, or names a
 * row or seat outside the grid.
 */
export function parseSeatText(text: string): Seat | null {
  const label = seatLabelSchema.safeParse(text);
  if (!label.success) return null;
  const match = ROW_THEN_SEAT.exec(label.data);
  if (!match) return { label: label.data, place: null };
  const place = seatPlaceSchema.safeParse({ row: Number(match[1]), column: Number(match[2]) });
  return place.success ? { label: label.data, place: place.data } : null;
}

/** "Row 2, seat 3" */
export const describeSeatPlace = (place: SeatPlace): string =>
  `Row ${place.row}, seat ${place.column}`;
