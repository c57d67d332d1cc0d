import { z } from 'zod';
import { roleSchema, sessionCreateSchema, setupSchema, type Role } from './auth.ts';
import { idSchema, nonEmptyShortString } from './common.ts';

/** Someone a request can be assigned to, as every console sees them (no username, no dates). */
export type Person = { id: string; displayName: string; role: Role };

/** `POST /api/users`: a new advisor or coordinator account, created by a coordinator. */
export const userCreateSchema = z.strictObject({
  username: sessionCreateSchema.shape.username,
  displayName: nonEmptyShortString.max(128),
  password: setupSchema.shape.password,
  role: roleSchema,
});
export type UserCreate = z.infer<typeof userCreateSchema>;

/** An enrollment token as the coordinator's list shows it; the token itself is shown only once. */
export type EnrollmentTokenSummary = {
  id: string;
  label: string | null;
  site: string | null;
  room: string | null;
  createdAt: string;
  expiresAt: string | null;
  maxUses: number | null;
  uses: number;
};

/** `DELETE /api/enrollment-tokens/:tokenId` */
export const tokenIdPayloadSchema = z.strictObject({ tokenId: idSchema });

/** Shortest and longest retention a coordinator may choose, in days. */
export const RETENTION_DAYS_MIN = 7;
export const RETENTION_DAYS_MAX = 3650;

/** Hub-wide settings the coordinator chooses in the console. */
export type HubSettings = {
  /** The address agents should use (`handraise-agent run --hub …`); null until chosen. */
  hubAddress: string | null;
  /** How long resolved requests and their screenshots are kept. */
  retentionDays: number;
};

/** `GET /api/settings`: the settings, plus addresses this hub can be reached at, to pick from. */
export type HubSettingsView = HubSettings & { suggestedAddresses: string[] };

/** `PUT /api/settings` */
export const settingsUpdateSchema = z.strictObject({
  hubAddress: z
    .url({ protocol: /^https?$/ })
    .max(512)
    .nullable(),
  retentionDays: z.number().int().min(RETENTION_DAYS_MIN).max(RETENTION_DAYS_MAX),
});
export type SettingsUpdate = z.infer<typeof settingsUpdateSchema>;

/** `GET /api/updates/summary`: a title with pending updates and how many devices wait for it. */
export type PendingUpdateTitle = {
  name: string;
  deviceCount: number;
  securityDeviceCount: number;
};
