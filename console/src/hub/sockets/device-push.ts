// `device:updated` to the consoles whose scope holds the computer: student advisors' consoles,
// which also sit in student-only copies of their scope rooms, get the row without its identifiers
// or its update counts (studentRow).
import type { Device } from '@handraise/shared';
import { studentRow } from '../access/device-row.ts';
import { roomsFor, STUDENT_ADVISORS_ROOM, studentScopeRoom } from '../rooms.ts';
import type { ConsoleNamespace } from './console-namespace.ts';

export function pushDevice(consoles: ConsoleNamespace, device: Device, cursor?: string): void {
  const rooms = roomsFor(device);
  const students = rooms.map(studentScopeRoom);
  // The cursor goes only when there is one: an undefined argument would cross the wire as null.
  const rest: [] | [string] = cursor === undefined ? [] : [cursor];
  // This hub's consoles only: the other hubs push it to theirs, with their own cursors.
  consoles.local
    .to(rooms)
    .except(STUDENT_ADVISORS_ROOM)
    .emit('device:updated', device, ...rest);
  consoles.local.to(students).emit('device:updated', studentRow(device), ...rest);
}
