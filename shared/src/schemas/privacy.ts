// A coordinator's privacy requests: everything the hub keeps about one computer or one requester,
// handed over as JSON or deleted for good.
import { z } from 'zod';
import { idSchema, nonEmptyShortString } from './common.ts';
import { oneLine } from './plain-text.ts';
import type { DeviceSnapshot, RequestEvent, ScreenshotType } from './help.ts';
import type { SoftwareItem } from './inventory.ts';

/**
 * The body of `POST /api/privacy/requesters/export` and `…/delete` (a name never goes in an
 * address, which logs keep). A requester has no account: they are the name typed at the tray,
 * matched whatever its case or surrounding spaces, on every computer, or on one computer only
 * when `deviceId` is given (two pupils called Sam).
 */
export const requesterQuerySchema = z.strictObject({
  name: oneLine(nonEmptyShortString.trim().min(1)),
  deviceId: idSchema.optional(),
});
export type RequesterQuery = z.infer<typeof requesterQuerySchema>;

/** One look at a computer or picture, as the log keeps it, with the account's id. */
export type AccessLogRecord = {
  at: string;
  userId: string;
  userName: string;
  userKind: 'coordinator' | 'student' | 'teacher';
  what: 'details' | 'screenshot' | 'live';
  requestId: string | null;
};

/** One help request with all it holds: text, conversation, notes, snapshot and picture. */
export type RequestRecord = {
  id: string;
  number: number;
  deviceId: string;
  category: string;
  text: string;
  requester: string | null;
  /** The computer account signed in when it was asked (through the machine-wide service). */
  localAccount: string | null;
  state: string;
  urgent: boolean;
  seat: string | null;
  createdAt: string;
  updatedAt: string;
  assigneeId: string | null;
  incidentId: string | null;
  snapshot: DeviceSnapshot | null;
  /** The picture itself, base64; null when none came or retention deleted it. */
  screenshot: { type: ScreenshotType; base64: string } | null;
  /** When retention deleted the screenshot and snapshot, or null. */
  mediaRemovedAt: string | null;
  events: RequestEvent[];
};

/** `GET /api/privacy/devices/:deviceId/export` */
export type DeviceDataExport = {
  exportedAt: string;
  device: {
    id: string;
    name: string;
    site: string | null;
    room: string | null;
    seat: string | null;
    enrolledAt: string;
    lastSeenAt: string | null;
    lastInventoryAt: string | null;
    retiredAt: string | null;
    agentVersion: string | null;
  };
  /** The sections its agent last reported, as stored (null where it never sent one). */
  inventory: {
    os: unknown;
    hardware: unknown;
    state: unknown;
    hotfixes: unknown;
    collectorNotes: unknown;
    identifiers: unknown;
    /** Every program as the computer's agent last listed it. */
    software: SoftwareItem[];
    pendingUpdates: {
      name: string;
      installedVersion: string | null;
      availableVersion: string;
      source: string;
      security: boolean;
    }[];
  };
  /** What its agent said it cost the computer at its latest check-in. */
  agentCost: { reportedAt: string; cost: unknown } | null;
  /** The kinds of identity (hashed) the hub matches re-installs by; never the values. */
  identityKinds: string[];
  /** Records of this computer from before a re-install, and records it was linked into. */
  links: { deviceId: string; previousDeviceId: string; previousName: string; linkedAt: string }[];
  /** Its lines in update tasks. */
  updateTaskLines: { taskId: string; startVersion: string | null; doneAt: string | null }[];
  requests: RequestRecord[];
  accessLog: AccessLogRecord[];
};

/** `POST /api/privacy/requesters/export` */
export type RequesterDataExport = {
  exportedAt: string;
  requester: RequesterQuery;
  /** The computers they asked from, by id and name. */
  devices: { id: string; name: string }[];
  requests: RequestRecord[];
  /** Looks at their requests' pictures and at the computers for their requests. */
  accessLog: AccessLogRecord[];
};

/** What a privacy deletion removed, row counts by kind. */
export type PrivacyDeletion = {
  devices: number;
  requests: number;
  screenshots: number;
  accessLogLines: number;
};
