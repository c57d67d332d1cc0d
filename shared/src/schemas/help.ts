import { z } from 'zod';
import { MAX_HELP_TEXT_CHARS, MAX_SCREENSHOT_BYTES } from '../limits.ts';
import { idSchema, isoTimestamp, shortString } from './common.ts';
import { multiLine, oneLine } from './plain-text.ts';
import { hardwareSchema, osInfoSchema } from './inventory.ts';

/** Longest local account name the hub keeps, in characters (Windows allows 20, Unix 32). */
export const MAX_LOCAL_ACCOUNT_CHARS = 64;

export const HELP_CATEGORIES = [
  'internet',
  'printer',
  'sign-in',
  'app',
  'sound-screen',
  'other',
] as const;
export const helpCategorySchema = z.enum(HELP_CATEGORIES);
export type HelpCategory = z.infer<typeof helpCategorySchema>;

export const REQUEST_STATES = ['new', 'claimed', 'escalated', 'resolved', 'closed'] as const;
export const requestStateSchema = z.enum(REQUEST_STATES);
export type RequestState = z.infer<typeof requestStateSchema>;

export const SCREENSHOT_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type ScreenshotType = (typeof SCREENSHOT_TYPES)[number];

/** Raw image bytes. Buffer is a Uint8Array, so this holds on both ends of a socket. */
export const screenshotBytesSchema = z
  .custom<Uint8Array>((value) => value instanceof Uint8Array, 'bytes')
  .refine((b) => b.byteLength > 0 && b.byteLength <= MAX_SCREENSHOT_BYTES, 'screenshot size');

/** The device as it was when the requester asked for help. */
export const deviceSnapshotSchema = z.strictObject({
  os: osInfoSchema.optional(),
  hardware: hardwareSchema.optional(),
  softwareCount: z.number().int().nonnegative().optional(),
  updatesCount: z.number().int().nonnegative().optional(),
});
export type DeviceSnapshot = z.infer<typeof deviceSnapshotSchema>;

/**
 * `help:create`. The idempotency key is minted by the agent when the request is first saved, so a
 * request retried after a crash or a lost acknowledgement is stored once.
 */
export const helpCreateSchema = z.strictObject({
  idempotencyKey: z.uuid(),
  category: helpCategorySchema,
  text: multiLine(z.string().max(MAX_HELP_TEXT_CHARS)),
  createdAt: isoTimestamp,
  requester: oneLine(shortString).optional(),
  screenshot: screenshotBytesSchema.optional(),
  snapshot: deviceSnapshotSchema.optional(),
  /** "My class is stopped": goes first in the queue and reaches the coordinator sooner. */
  urgent: z.boolean().optional(),
  /**
   * The computer's own account that asked, as the machine-wide service verified it (its user
   * name): on a shared lab computer it tells the helper whose session the request came from.
   */
  localAccount: oneLine(z.string().min(1).max(MAX_LOCAL_ACCOUNT_CHARS)).optional(),
});
export type HelpCreate = z.infer<typeof helpCreateSchema>;

export type HelpCreateResult = { requestId: string; duplicate: boolean };

/** A help request as people see it. */
export type HelpRequest = {
  id: string;
  /** The number people say aloud ("request 42"), counted from 1 on each hub. */
  number: number;
  deviceId: string;
  deviceName: string;
  /** The site and room its computer is enrolled into: whose scope it falls in. */
  site: string | null;
  room: string | null;
  /** The seat label its computer had when the request was raised. */
  seat: string | null;
  category: HelpCategory;
  text: string;
  requester: string | null;
  /** The requester's class is stopped. */
  urgent: boolean;
  state: RequestState;
  createdAt: string;
  updatedAt: string;
  screenshot: { type: ScreenshotType; bytes: number } | null;
  assigneeId: string | null;
  /**
   * The room incident it belongs to (several requests from one room about one thing, handled
   * together), or null.
   */
  incidentId: string | null;
};

export const REQUEST_EVENT_KINDS = [
  'created',
  'claimed',
  'message',
  'state-changed',
  'escalated',
  /** Handraise told the on-duty helpers who fit; the body names them, for staff only. */
  'offered',
  'viewed',
  /** The helper's account was disabled or deleted; the body says whose, for staff only. */
  'returned-to-queue',
  /** It joined a room incident; the requester reads that others asked too and someone is on it. */
  'incident-joined',
  /** It was split out of its incident, or its incident dissolved; for staff only. */
  'incident-left',
  /** A private note between staff: the coordinator and the request's helpers read it, nobody else. */
  'staff-note',
  /**
   * The resolver took their resolve back within the undo window; the body is the state it went
   * back to. The requester reads it as that state change.
   */
  'resolve-undone',
] as const;
export type RequestEventKind = (typeof REQUEST_EVENT_KINDS)[number];

/** One line of a request's timeline. */
export type RequestEvent = {
  id: string;
  requestId: string;
  at: string;
  kind: RequestEventKind;
  /** `hub`: Handraise itself (an unclaimed request escalated by its timer). */
  actor: { type: 'device' | 'user' | 'hub'; id: string; name: string };
  body: string | null;
};

/** A request with its timeline and the snapshot frozen at the click. */
export type HelpRequestDetail = HelpRequest & {
  /**
   * The computer's own account the request came from (its user name), when the machine-wide
   * agent service took it; shown to the coordinator and teacher advisors, null to students.
   */
  localAccount: string | null;
  snapshot: DeviceSnapshot | null;
  events: RequestEvent[];
  /**
   * A picture came with it that the reader may not see now (a student advisor not helping with
   * it): `screenshot` is then null, and the picture opens once the request is theirs.
   */
  pictureHidden?: true;
  /** Likewise for the snapshot: one came, and the reader may not see the computer's details now. */
  snapshotHidden?: true;
  /**
   * Retention deleted the screenshot and snapshot of this finished request then (the privacy
   * setting `screenshotRetentionDays`); `hadScreenshot`: a picture had come with it.
   */
  mediaRemoved?: { at: string; hadScreenshot: boolean };
};

export const requestIdPayloadSchema = z.strictObject({ requestId: idSchema });
export const requestListPayloadSchema = z.strictObject({
  state: requestStateSchema.optional(),
  deviceId: idSchema.optional(),
});
export type RequestListFilter = z.infer<typeof requestListPayloadSchema>;
