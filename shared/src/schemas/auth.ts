import { z } from 'zod';
import { MAX_SHORT_STRING } from '../limits.ts';
import type { PROTOCOL_VERSION } from '../protocol-version.ts';
import type { AdvisorProfile } from './advisor.ts';
import { idSchema, isoTimestamp, nonEmptyShortString, shortString } from './common.ts';
import { oneLine } from './plain-text.ts';
import { seatSchema } from './seats.ts';

export const ROLES = ['coordinator', 'advisor'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** A person who works in the console. Requesters have no account. */
export type User = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  createdAt: string;
  /** Said "I'm on duty"; they count as on duty only while a console of theirs is connected. */
  onDuty: boolean;
  /** A Tech Advisor's kind, sites and rooms, and skills; null for a coordinator. */
  advisor: AdvisorProfile | null;
};

const username = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9._-]+$/i, 'letters, digits, dot, dash, underscore');
/** Long passphrases are welcome; the upper bound only keeps hashing cheap. */
const password = z.string().min(8).max(1024);

/** Longest display name, in characters: a full name with a title fits, a paragraph does not. */
const MAX_DISPLAY_NAME_CHARS = 128;

/** How a person is shown to others: spaces around it dropped, then at least one character. */
export const displayNameSchema = oneLine(z.string().trim().min(1).max(MAX_DISPLAY_NAME_CHARS));

/** `POST /api/session` */
export const sessionCreateSchema = z.strictObject({ username, password: z.string().max(1024) });
export type SessionCreated = { token: string; expiresAt: string; user: User };

/** `POST /api/setup`: the first coordinator account, once. */
export const setupSchema = z.strictObject({
  username: username.default('admin'),
  password,
  displayName: displayNameSchema.optional(),
});

/**
 * A site or room as computers are enrolled into it: spaces around it dropped, then at least one
 * character, so that " Room 12" and "Room 12" are one room for advisors' scopes.
 */
const placeName = oneLine(z.string().trim().min(1).max(MAX_SHORT_STRING));

/** Most computers one enrollment token may enroll: a district's worth. */
export const MAX_TOKEN_USES = 1_000_000;
/** A protocol version an agent may claim: small, and within the database's integer column. */
const protocolVersionSchema = z.number().int().positive().max(1_000_000);

/** `POST /api/enrollment-tokens` */
export const enrollmentTokenCreateSchema = z.strictObject({
  label: oneLine(shortString).optional(),
  site: placeName.optional(),
  room: placeName.optional(),
  expiresAt: isoTimestamp.optional(),
  maxUses: z.number().int().positive().max(MAX_TOKEN_USES).optional(),
});
export type EnrollmentTokenCreate = z.infer<typeof enrollmentTokenCreateSchema>;
export type EnrollmentTokenCreated = { id: string; token: string };

/**
 * What an agent says about the computer it runs on, at enrollment. None of it is secret (any user of
 * the computer can read it), so it never hands over an existing device: the hub only uses it to
 * suggest that a new enrollment is an old computer re-installed, for the coordinator to confirm.
 * `machineId` is the operating system's own id (`/etc/machine-id`, Windows `MachineGuid`); it
 * changes when the system is re-installed. `uuid` and `serial` are the hardware's (macOS
 * `IOPlatformUUID`, SMBIOS); they survive a re-install. Placeholders ("-", "To be filled by O.E.M.",
 * all zeros) identify nothing.
 */
export const deviceIdentitySchema = z.strictObject({
  hostname: nonEmptyShortString,
  machineId: shortString.optional(),
  uuid: shortString.optional(),
  serial: shortString.optional(),
  macs: z.array(shortString).max(64).optional(),
});
export type DeviceIdentity = z.infer<typeof deviceIdentitySchema>;

/** `POST /api/enroll` */
export const enrollSchema = z.strictObject({
  token: z.string().min(8).max(256),
  identity: deviceIdentitySchema,
  protocolVersion: protocolVersionSchema,
  /** Where the computer sits, as named at enrollment (`--seat`). */
  seat: seatSchema.optional(),
});
export type Enroll = z.infer<typeof enrollSchema>;
export type Enrolled = {
  deviceId: string;
  secret: string;
  protocolVersion: typeof PROTOCOL_VERSION;
};

/** Handshake `auth` of an agent socket. */
export const agentHandshakeSchema = z.strictObject({
  deviceId: idSchema,
  secret: z.string().min(16).max(256),
  protocolVersion: protocolVersionSchema,
  agentVersion: shortString,
});

/** Handshake `auth` of a console socket: the same bearer token as HTTP. */
export const consoleHandshakeSchema = z.strictObject({ token: z.string().min(16).max(256) });

/** Why the hub ended a session; a console tells the person in a sentence. */
export const SESSION_END_REASONS = [
  'signed-out',
  'expired',
  'password-changed',
  'role-changed',
  'disabled',
  'deleted',
] as const;
export type SessionEndReason = (typeof SESSION_END_REASONS)[number];
/** `session:ended`, pushed to a console socket just before the hub disconnects it. */
export type SessionEnded = { reason: SessionEndReason };
