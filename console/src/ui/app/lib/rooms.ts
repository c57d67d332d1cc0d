// Rooms at a glance: the devices and requests the console already holds, grouped by room, and
// one room's floor grid ("the third PC in the second row").
import {
  describeSeatPlace,
  parseSeatText,
  type Device,
  type HelpRequest,
  type SeatPlace,
} from '@handraise/shared';
import { plural } from './format.ts';
import { OPEN_STATES } from './labels.ts';

/** One room as its card shows it. */
export type RoomSummary = {
  room: string;
  /** The site most of its computers are enrolled into, if any. */
  site: string | null;
  computers: number;
  online: number;
  openRequests: number;
  /** Of those, the ones whose class is stopped. */
  urgentRequests: number;
  /** Computers with at least one title behind; null when the reader is not shown verdicts. */
  needsUpdates: number | null;
};

/** A computer on the floor plan, with what waits at it. */
export type SeatTile = {
  device: Device;
  /** Its open requests, urgent first, then oldest first: the first is the one to open. */
  open: HelpRequest[];
  urgent: boolean;
};

export type RoomGrid = {
  rows: number;
  columns: number;
  /** `placed[row - 1][column - 1]`: the computer there, or null for an empty place. */
  placed: (SeatTile | null)[][];
  /** Computers of the room with no grid place, by seat then name. */
  unplaced: SeatTile[];
};

/** Titles behind on the computer, as its verdicts say (null when withheld from this reader). */
export const titlesBehind = (device: Device): number | null =>
  device.verdictsHidden ? null : device.outdatedCount;

const byName = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

const isOpen = (request: HelpRequest) => OPEN_STATES.includes(request.state);

/** Open requests per device id, urgent first, then oldest first. */
function openByDevice(requests: readonly HelpRequest[]): Map<string, HelpRequest[]> {
  const byDevice = new Map<string, HelpRequest[]>();
  for (const request of requests) {
    if (!isOpen(request)) continue;
    const list = byDevice.get(request.deviceId) ?? [];
    list.push(request);
    byDevice.set(request.deviceId, list);
  }
  for (const list of byDevice.values())
    list.sort(
      (a, b) => Number(b.urgent) - Number(a.urgent) || a.createdAt.localeCompare(b.createdAt),
    );
  return byDevice;
}

/** The most common value, or null when there is none. */
function mostCommon(values: readonly (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const value of values) if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: string | null = null;
  for (const [value, count] of counts) if (best === null || count > counts.get(best)!) best = value;
  return best;
}

/**
 * Every room the reader's devices are in (the hub lists an advisor only their scope's), busiest
 * first: most open requests, then most urgent, then by name. Computers in no room have no card.
 */
export function roomSummaries(
  devices: readonly Device[],
  requests: readonly HelpRequest[],
): RoomSummary[] {
  const open = openByDevice(requests);
  const rooms = new Map<string, Device[]>();
  for (const device of devices) {
    if (device.room === null) continue;
    rooms.set(device.room, [...(rooms.get(device.room) ?? []), device]);
  }
  const summaries = [...rooms].map(([room, members]): RoomSummary => {
    const asked = members.flatMap((d) => open.get(d.id) ?? []);
    const verdicts = members.map(titlesBehind);
    return {
      room,
      site: mostCommon(members.map((d) => d.site)),
      computers: members.length,
      online: members.filter((d) => d.online).length,
      openRequests: asked.length,
      urgentRequests: asked.filter((r) => r.urgent).length,
      needsUpdates: verdicts.includes(null) ? null : verdicts.filter((n) => (n ?? 0) > 0).length,
    };
  });
  return summaries.sort(
    (a, b) =>
      b.openRequests - a.openRequests ||
      b.urgentRequests - a.urgentRequests ||
      byName.compare(a.room, b.room),
  );
}

/**
 * One room's floor grid: as many rows and columns as its furthest placed computer, each computer
 * on its place; those with no place listed after, by seat label then name.
 */
export function roomGrid(
  room: string,
  devices: readonly Device[],
  requests: readonly HelpRequest[],
): RoomGrid {
  const open = openByDevice(requests);
  const tiles = devices
    .filter((d) => d.room === room)
    .map((device): SeatTile => {
      const asked = open.get(device.id) ?? [];
      return { device, open: asked, urgent: asked.some((r) => r.urgent) };
    });
  const placed = tiles.filter((t) => t.device.seatPlace !== null);
  const rows = Math.max(0, ...placed.map((t) => t.device.seatPlace!.row));
  const columns = Math.max(0, ...placed.map((t) => t.device.seatPlace!.column));
  const grid: (SeatTile | null)[][] = Array.from({ length: rows }, () =>
    Array.from({ length: columns }, () => null),
  );
  for (const tile of placed) {
    const { row, column } = tile.device.seatPlace!;
    // The hub keeps one computer per place; should two arrive, the first stays and none is lost.
    if (grid[row - 1]![column - 1] === null) grid[row - 1]![column - 1] = tile;
  }
  const shown = new Set(grid.flat().filter((t) => t !== null));
  const unplaced = tiles
    .filter((t) => !shown.has(t))
    .sort(
      (a, b) =>
        byName.compare(a.device.seat ?? '\uffff', b.device.seat ?? '\uffff') ||
        byName.compare(a.device.name, b.device.name),
    );
  return { rows, columns, placed: grid, unplaced };
}

/** " (B3)" after the place, unless the label only says the place again ("row 2 seat 3"). */
function labelBeside(label: string | null, place: SeatPlace): string {
  if (!label) return '';
  const said = parseSeatText(label)?.place;
  return said?.row === place.row && said.column === place.column ? '' : ` (${label})`;
}

/** What a tile says aloud: "Row 2, seat 3: art-room-pc-7, online, 1 open request". */
export function tileDescription(tile: SeatTile): string {
  const { device } = tile;
  const where = device.seatPlace
    ? describeSeatPlace(device.seatPlace) + labelBeside(device.seat, device.seatPlace)
    : device.seat
      ? `Seat ${device.seat}`
      : 'No seat';
  const parts = [
    device.name,
    device.online ? 'online' : 'offline',
    tile.open.length > 0
      ? `${plural(tile.open.length, 'open request', 'open requests')}${tile.urgent ? ', class stopped' : ''}`
      : 'no open request',
  ];
  const behind = titlesBehind(device);
  if (behind) parts.push(plural(behind, 'title needs updating', 'titles need updating'));
  return `${where}: ${parts.join(', ')}`;
}
