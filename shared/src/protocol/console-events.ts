import { z } from 'zod';
import { MAX_HELP_TEXT_CHARS } from '../limits.ts';
import type { SessionEnded, User } from '../schemas/auth.ts';
import {
  deviceIdPayloadSchema,
  deviceListPayloadSchema,
  type Device,
  type DeviceDetail,
} from '../schemas/device.ts';
import type { Person } from '../schemas/admin.ts';
import type { LiveFigures, LiveWatchResult } from '../schemas/live.ts';
import { dutySetSchema } from '../schemas/duty.ts';
import {
  requestIdPayloadSchema,
  requestListPayloadSchema,
  type HelpRequest,
  type HelpRequestDetail,
  type RequestEvent,
} from '../schemas/help.ts';
import { emptyPayloadSchema, idSchema } from '../schemas/common.ts';
import { requestMessageSchema } from '../schemas/requester.ts';
import { requestMergeSchema, requestSplitSchema } from '../schemas/incidents.ts';
import { deviceSyncPayloadSchema, type DeviceSyncPage } from '../schemas/device-sync.ts';
import { requestStaffNoteSchema } from '../schemas/request-desk.ts';
import type { UpdateTask } from '../schemas/software/tasks.ts';
import { answeredWith, type ClientToHubEvents } from './event-contract.ts';

/** `request:assign`: a coordinator hands a request to an advisor (or to themself). */
export const requestAssignSchema = z.strictObject({ requestId: idSchema, assigneeId: idSchema });

/** `request:escalate`: pass a request on to the coordinator, with an optional note for them. */
export const requestEscalateSchema = z.strictObject({
  requestId: idSchema,
  note: z.string().trim().max(MAX_HELP_TEXT_CHARS).optional(),
});

/** `request:resolve`: the note, if any, is what was done, for the requester to read. */
export const requestResolveSchema = z.strictObject({
  requestId: idSchema,
  note: z.string().trim().min(1).max(MAX_HELP_TEXT_CHARS).optional(),
});

/** Namespace people's consoles connect to. */
export const CONSOLE_NAMESPACE = '/console';

/** Everyone who works in the console. */
const HELPERS = ['coordinator', 'advisor'] as const;
/** Decisions about other people's work. */
const COORDINATORS = ['coordinator'] as const;

/**
 * The console namespace's contract: every event a person's console may send, its payload schema,
 * its answer and the roles allowed to send it. The hub refuses anyone else with `forbidden`
 * before reading the payload.
 *
 * The console reads its live collections (devices, requests, who is on duty, tasks) and the
 * records it shows live (a device, a request) here: an answer on the socket comes in order with
 * the pushes that follow it, so a list is never replaced by an older one. Everything else it
 * reads over HTTP, which is also the API for other systems (GET /api/openapi.json).
 */
export const consoleEvents = {
  'devices:list': answeredWith<Device[]>()({ schema: deviceListPayloadSchema, sentBy: HELPERS }),
  /** The device list in pages: everything once, then what changed since the cursor held. */
  'devices:sync': answeredWith<DeviceSyncPage>()({
    schema: deviceSyncPayloadSchema,
    sentBy: HELPERS,
  }),
  'device:get': answeredWith<DeviceDetail>()({ schema: deviceIdPayloadSchema, sentBy: HELPERS }),
  /** Ask the device for a fresh full inventory; `delivered` is false when it is offline. */
  'device:request-inventory': answeredWith<{ delivered: boolean }>()({
    schema: deviceIdPayloadSchema,
    sentBy: HELPERS,
  }),
  /**
   * Stream the computer's live figures to this console (`device:live`) while it watches: those
   * who may see its details now. A student advisor not helping on it is answered `forbidden`.
   */
  'device:watch': answeredWith<LiveWatchResult>()({
    schema: deviceIdPayloadSchema,
    sentBy: HELPERS,
  }),
  /** Stop streaming to this console; the agent stops sampling when nobody watches any more. */
  'device:unwatch': answeredWith<Record<string, never>>()({
    schema: deviceIdPayloadSchema,
    sentBy: HELPERS,
  }),
  'requests:list': answeredWith<HelpRequest[]>()({
    schema: requestListPayloadSchema,
    sentBy: HELPERS,
  }),
  'request:get': answeredWith<HelpRequestDetail>()({
    schema: requestIdPayloadSchema,
    sentBy: HELPERS,
  }),
  /** Take the request on; the requester sees who is helping. */
  'request:claim': answeredWith<HelpRequest>()({ schema: requestIdPayloadSchema, sentBy: HELPERS }),
  /** Write to the requester. */
  'request:message': answeredWith<RequestEvent>()({
    schema: requestMessageSchema,
    sentBy: HELPERS,
  }),
  /** Mark it solved; the requester confirms or reopens. */
  'request:resolve': answeredWith<HelpRequest>()({
    schema: requestResolveSchema,
    sentBy: HELPERS,
  }),
  /** The assignee becomes the requester's helper; advisors claim or escalate instead. */
  'request:assign': answeredWith<HelpRequest>()({
    schema: requestAssignSchema,
    sentBy: COORDINATORS,
  }),
  /** Hand it to the coordinator; the requester is told. */
  'request:escalate': answeredWith<HelpRequest>()({
    schema: requestEscalateSchema,
    sentBy: HELPERS,
  }),
  /**
   * A resolved or closed request goes back to whoever was helping. The coordinator's call (the
   * requester has "Still broken"): an advisor reopening would get back a computer's details.
   */
  'request:reopen': answeredWith<HelpRequest>()({
    schema: requestIdPayloadSchema,
    sentBy: COORDINATORS,
  }),
  /**
   * Take one's own resolve back within the undo window (RESOLVE_UNDO_MS on the hub's clock): the
   * request, and the others its resolve finished with it, go back to the state and helper they had.
   */
  'request:unresolve': answeredWith<HelpRequest>()({
    schema: requestIdPayloadSchema,
    sentBy: HELPERS,
  }),
  /** A private note for staff: the coordinator and the request's helpers, never the requester. */
  'request:staff-note': answeredWith<RequestEvent>()({
    schema: requestStaffNoteSchema,
    sentBy: HELPERS,
  }),
  /** Take an open request out of its room incident; an incident left with one request ends. */
  'request:split': answeredWith<HelpRequest>()({ schema: requestSplitSchema, sentBy: HELPERS }),
  /** Put an open request into another open one's incident (a new one for both if it has none). */
  'request:merge': answeredWith<HelpRequest>()({ schema: requestMergeSchema, sentBy: HELPERS }),
  /** The caller goes on or off duty; answered with their account as it now is. */
  'duty:set': answeredWith<User>()({ schema: dutySetSchema, sentBy: HELPERS }),
  /** Who is on duty now (flag set and a console connected). */
  'duty:list': answeredWith<Person[]>()({ schema: emptyPayloadSchema, sentBy: HELPERS }),
  /** Update tasks, newest first. */
  'tasks:list': answeredWith<UpdateTask[]>()({ schema: emptyPayloadSchema, sentBy: HELPERS }),
};

export type ConsoleEvents = typeof consoleEvents;
export type ConsoleEventName = keyof ConsoleEvents;

/** What a console may emit, typed from the table. */
export type ConsoleToHubEvents = ClientToHubEvents<ConsoleEvents>;

/** Events the hub pushes to consoles. */
export interface HubToConsoleEvents {
  /** `cursor`: the device list's version after this change (see `devices:sync`). */
  'device:updated': (device: Device, cursor?: string) => void;
  /** A device record is gone; `replacedBy` is the re-installed computer that carries its history. */
  'device:removed': (
    removal: { deviceId: string; replacedBy: string | null },
    cursor?: string,
  ) => void;
  /** Live figures of a computer this console watches (see `device:watch`), every 2 s. */
  'device:live': (figures: LiveFigures) => void;
  /**
   * This console may no longer watch the computer (the request that let them see it closed or
   * moved on): its stream has ended.
   */
  'device:unwatched': (end: { deviceId: string; reason: 'forbidden' }) => void;
  'request:created': (request: HelpRequest) => void;
  'request:updated': (request: HelpRequest) => void;
  /**
   * A new request for this helper: they are on duty, it is in their scope, and their skills fit.
   * The console notifies them; the first to claim it owns it.
   */
  'request:offered': (request: HelpRequest) => void;
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
