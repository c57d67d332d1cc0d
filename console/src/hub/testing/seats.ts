// Test support: computers enrolled with a seat, as `handraise-agent run --seat "row 2 seat 3"` does,
// and the coordinator's seat edits.
import {
  parseSeatText,
  PROTOCOL_VERSION,
  type Ack,
  type Device,
  type Enrolled,
  type EnrollmentTokenCreated,
} from '@handraise/shared';
import type { TestHub } from './test-hub.ts';

/** Asks to enroll `hostname` into `room` with the seat as typed; answers the hub's reply as it is. */
export async function enrollWithSeat(
  t: TestHub,
  admin: string,
  hostname: string,
  room: string,
  seat: unknown,
  /** What else the agent says of its computer (a hardware id, to look re-installed). */
  identity: { uuid?: string } = {},
): Promise<{ status: number; body: Ack<Enrolled> }> {
  const token = await t.http<EnrollmentTokenCreated>('/api/enrollment-tokens', {
    token: admin,
    body: { room },
  });
  if (!token.body.ok) throw new Error(token.body.error);
  return t.http<Enrolled>('/api/enroll', {
    body: {
      token: token.body.data.token,
      identity: { hostname, ...identity },
      protocolVersion: PROTOCOL_VERSION,
      seat: typeof seat === 'string' ? parseSeatText(seat) : seat,
    },
  });
}

/** `PATCH /api/devices/:id/seat` as `token`'s owner. */
export const patchSeat = (t: TestHub, token: string, deviceId: string, body: unknown) =>
  t.http<Device>(`/api/devices/${deviceId}/seat`, { method: 'PATCH', token, body });

/** The device as the coordinator's list shows it. */
export async function listedDevice(t: TestHub, admin: string, deviceId: string): Promise<Device> {
  const listed = await t.http<Device[]>('/api/devices', { token: admin });
  if (!listed.body.ok) throw new Error(listed.body.error);
  const device = listed.body.data.find((d) => d.id === deviceId);
  if (!device) throw new Error(`device ${deviceId} is not listed`);
  return device;
}
