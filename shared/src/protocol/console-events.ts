import { z } from 'zod';
import type { AckCallback } from '../ack.ts';
import { MAX_HELP_TEXT_CHARS } from '../limits.ts';
import type { SessionEnded, User } from '../schemas/auth.ts';
import type { Device, DeviceDetail } from '../schemas/device.ts';
import type { Person } from '../schemas/admin.ts';
import type { HelpRequest, HelpRequestDetail, RequestEvent } from '../schemas/help.ts';
import { idSchema } from '../schemas/common.ts';
import type { UpdateTask } from '../schemas/software.ts';

/** `request:assign`: a coordinator hands a request to an advisor (or to themself). */
export const requestAssignSchema = z.strictObject({ requestId: idSchema, assigneeId: idSchema });
export type RequestAssign = z.infer<typeof requestAssignSchema>;

/** `request:escalate`: pass a request on to the coordinator, with an optional note for them. */
export const requestEscalateSchema = z.strictObject({
  requestId: idSchema,
  note: z.string().trim().max(MAX_HELP_TEXT_CHARS).optional(),
});
export type RequestEscalate = z.infer<typeof requestEscalateSchema>;

/** Namespace people's consoles connect to. */
export const CONSOLE_NAMESPACE = '/console';

/** Events a console emits; payloads are parsed with the schema named beside each. */
export interface ConsoleToHubEvents {
  /** `deviceListPayloadSchema` */
  'devices:list': (filter: unknown, ack: AckCallback<Device[]>) => void;
  /** `deviceIdPayloadSchema` */
  'device:get': (payload: unknown, ack: AckCallback<DeviceDetail>) => void;
  /** `deviceIdPayloadSchema`: ask the device for a fresh full inventory. */
  'device:request-inventory': (payload: unknown, ack: AckCallback<{ delivered: boolean }>) => void;
  /** `requestListPayloadSchema` */
  'requests:list': (filter: unknown, ack: AckCallback<HelpRequest[]>) => void;
  /** `requestIdPayloadSchema` */
  'request:get': (payload: unknown, ack: AckCallback<HelpRequestDetail>) => void;
  /** `requestIdPayloadSchema`: take the request on; the requester sees who is helping. */
  'request:claim': (payload: unknown, ack: AckCallback<HelpRequest>) => void;
  /** `requestMessageSchema`: write to the requester. */
  'request:message': (payload: unknown, ack: AckCallback<RequestEvent>) => void;
  /** `requestIdPayloadSchema`: mark it solved; the requester confirms or reopens. */
  'request:resolve': (payload: unknown, ack: AckCallback<HelpRequest>) => void;
  /** `requestAssignSchema`: coordinators only; the assignee becomes the requester's helper. */
  'request:assign': (payload: unknown, ack: AckCallback<HelpRequest>) => void;
  /** `requestEscalateSchema`: hand it to the coordinator; the requester is told. */
  'request:escalate': (payload: unknown, ack: AckCallback<HelpRequest>) => void;
  /** `requestIdPayloadSchema`: a resolved or closed request goes back to whoever was helping. */
  'request:reopen': (payload: unknown, ack: AckCallback<HelpRequest>) => void;
  /** `dutySetSchema`: the caller goes on or off duty; answered with their account as it now is. */
  'duty:set': (payload: unknown, ack: AckCallback<User>) => void;
}

/** Events the hub pushes to consoles. */
export interface HubToConsoleEvents {
  'device:updated': (device: Device) => void;
  /** A device record is gone; `replacedBy` is the re-installed computer that carries its history. */
  'device:removed': (removal: { deviceId: string; replacedBy: string | null }) => void;
  'request:created': (request: HelpRequest) => void;
  'request:updated': (request: HelpRequest) => void;
  /** Who is on duty now (flag set and a console connected), whenever that may have changed. */
  'duty:updated': (onDuty: Person[]) => void;
  /**
   * Verdicts changed (an inventory, a policy, the catalog or a merge): software pages refetch.
   * `keys` lists the titles touched, or is null when every title may have changed.
   */
  'software:changed': (change: { keys: string[] | null }) => void;
  /** An update task was made, changed, or had a device line ticked off by an inventory. */
  'task:updated': (task: UpdateTask) => void;
  /** This socket's session is over (signed out, expired, account changed); a disconnect follows. */
  'session:ended': (end: SessionEnded) => void;
}

/** What the hub knows of an authenticated console socket. */
export interface ConsoleSocketData {
  user: User;
}
