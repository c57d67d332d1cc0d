import { MAX_SEAT_GRID, MAX_SEAT_LABEL_CHARS, parseSeatText, type Seat } from '@handraise/shared';
import { AgentConfigError } from '../agent-config-error.ts';

/**
 * `--seat TEXT`: where this computer sits, told to the hub at enrollment. "B3" is a label;
 * "row 2 seat 3" (or "row 2, pc 3") also places it on the room's floor grid.
 */
export function seatFromOption(text: string): Seat {
  const seat = parseSeatText(text);
  if (!seat) {
    throw new AgentConfigError(
      `--seat takes a short label of at most ${MAX_SEAT_LABEL_CHARS} characters ("B3"), or "row R seat C" with R and C from 1 to ${MAX_SEAT_GRID}`,
    );
  }
  return seat;
}
