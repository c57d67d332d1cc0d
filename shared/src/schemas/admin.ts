import { z } from 'zod';
import {
  displayNameSchema,
  roleSchema,
  sessionCreateSchema,
  setupSchema,
  type Role,
  type User,
} from './auth.ts';
import {
  advisorKindSchema,
  advisorScopeSchema,
  coversWholeSchool,
  skillsSchema,
  WHOLE_SCHOOL,
  type AdvisorKind,
  type AdvisorScope,
} from './advisor.ts';
import { idSchema } from './common.ts';
import { timetableSchema, type DutyPeriod } from './duty.ts';
import { agentBudgetSettingsSchema, type AgentBudget } from './agent-cost.ts';
import { incidentSettingsSchema } from './incidents.ts';

/**
 * Someone a request can be assigned to, as every console sees them (no username, no dates).
 * `inactive`: the account is disabled or deleted; listed so that what they did keeps their name,
 * never offered for new work.
 */
export type Person = { id: string; displayName: string; role: Role; inactive?: true };

/**
 * `POST /api/users`: a new advisor or coordinator account, created by a coordinator. Without a
 * display name, the account shows its username.
 */
export const userCreateSchema = z
  .strictObject({
    username: sessionCreateSchema.shape.username,
    displayName: displayNameSchema.optional(),
    password: setupSchema.shape.password,
    role: roleSchema,
    /** Advisors only, and then required: a student or a teacher. */
    advisorKind: advisorKindSchema.optional(),
    /** Advisors only: the sites and rooms they cover (empty: the whole school, teachers only). */
    scope: advisorScopeSchema.optional(),
    skills: skillsSchema.optional(),
    /** Advisors only: the periods of the week they are free to help. */
    timetable: timetableSchema.optional(),
  })
  .superRefine(checkAdvisorFields);
export type UserCreate = z.infer<typeof userCreateSchema>;

/**
 * An advisor's fields belong to advisors: a coordinator has none, an advisor says whether they
 * are a student or a teacher, and only a teacher may cover the whole school. (A change is checked
 * by the hub once merged with the account: a student's kind alone keeps the scope they have.)
 */
function checkAdvisorFields(
  input: {
    role?: Role | undefined;
    advisorKind?: AdvisorKind | undefined;
    scope?: AdvisorScope | undefined;
    skills?: string[] | undefined;
    timetable?: DutyPeriod[] | undefined;
  },
  context: z.RefinementCtx,
): void {
  const advisorFields = [input.advisorKind, input.scope, input.skills, input.timetable].some(
    (v) => v !== undefined,
  );
  if (input.role === 'coordinator' && advisorFields)
    context.addIssue({ code: 'custom', message: 'a coordinator has no advisor fields' });
  if (input.role === 'advisor' && input.advisorKind === undefined)
    context.addIssue({ code: 'custom', path: ['advisorKind'], message: 'student or teacher' });
  if (input.advisorKind === 'student' && coversWholeSchool(input.scope ?? WHOLE_SCHOOL))
    context.addIssue({
      code: 'custom',
      path: ['scope'],
      message: 'a student advisor covers at least one site or room',
    });
}

/** An account as the coordinator's list shows it: disabled accounts cannot sign in. */
export type Account = User & { disabled: boolean };

/** `/api/users/:userId` */
export const userIdPayloadSchema = z.strictObject({ userId: idSchema });

/** `PATCH /api/users/:userId`: rename, change the role, disable or re-enable; at least one. */
export const userUpdateSchema = z
  .strictObject({
    displayName: displayNameSchema.optional(),
    role: roleSchema.optional(),
    disabled: z.boolean().optional(),
    advisorKind: advisorKindSchema.optional(),
    scope: advisorScopeSchema.optional(),
    skills: skillsSchema.optional(),
    timetable: timetableSchema.optional(),
  })
  .refine((change) => Object.values(change).some((v) => v !== undefined), {
    message: 'nothing to change',
  })
  // What the change says on its own; the hub checks the account it makes.
  .superRefine((change, context) => {
    if (
      change.role === 'coordinator' &&
      [change.advisorKind, change.scope, change.skills, change.timetable].some(
        (v) => v !== undefined,
      )
    )
      context.addIssue({ code: 'custom', message: 'a coordinator has no advisor fields' });
  });
export type UserUpdate = z.infer<typeof userUpdateSchema>;

/** `POST /api/users/:userId/password`: a coordinator sets someone else's password. */
export const passwordResetSchema = z.strictObject({ newPassword: setupSchema.shape.password });

/** `PUT /api/me/password`: one's own password, proven by the current one. */
export const passwordChangeSchema = z.strictObject({
  currentPassword: sessionCreateSchema.shape.password,
  newPassword: setupSchema.shape.password,
});

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
/** Bounds on how long a finished request keeps its screenshot and device snapshot, in days. */
export const SCREENSHOT_RETENTION_DAYS_MIN = 1;
export const SCREENSHOT_RETENTION_DAYS_MAX = 365;
/** Bounds on the wait before an unclaimed request escalates by itself, in minutes. */
export const ESCALATE_AFTER_MINUTES_MIN = 1;
export const ESCALATE_AFTER_MINUTES_MAX = 240;
/** Bounds on how long a resolved request waits for "Still broken" before it closes, in days. */
export const CLOSE_RESOLVED_AFTER_DAYS_MIN = 1;
export const CLOSE_RESOLVED_AFTER_DAYS_MAX = 60;

/** Longest fallback line the tray shows, in characters: a sentence with a phone number. */
export const MAX_FALLBACK_CONTACT_CHARS = 200;

/** Hub-wide settings the coordinator chooses in the console. */
export type HubSettings = AgentBudget & {
  /** The address agents should use (`handraise-agent run --hub …`); null until chosen. */
  hubAddress: string | null;
  /** How long resolved requests and their screenshots are kept. */
  retentionDays: number;
  /**
   * Days after which a finished request loses its screenshot and the device snapshot taken at the
   * click (pictures of a screen and a computer's details are the most private part); its text and
   * timeline stay until `retentionDays`.
   */
  screenshotRetentionDays: number;
  /**
   * How long a new request waits for a helper before it goes to the coordinator by itself; a
   * request whose class is stopped waits a third of it.
   */
  escalateAfterMinutes: number;
  /** Days after which a resolved request nobody reopened closes by itself. */
  closeResolvedAfterDays: number;
  /**
   * What the tray tells a requester after sending, for when it cannot wait ("If your class is
   * stopped, call extension 1234"); null: nothing.
   */
  fallbackContact: string | null;
  /** Student advisors see the software list of a computer they are helping with. */
  studentsSeeSoftware: boolean;
  /** How many requests from one room about one category, within the window, make an incident. */
  incidentMinRequests: number;
  /** The window those requests must fall in, in minutes. */
  incidentWindowMinutes: number;
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
  /** Left out, it stays as it is. */
  screenshotRetentionDays: z
    .number()
    .int()
    .min(SCREENSHOT_RETENTION_DAYS_MIN)
    .max(SCREENSHOT_RETENTION_DAYS_MAX)
    .optional(),
  /** Left out, it stays as it is. */
  escalateAfterMinutes: z
    .number()
    .int()
    .min(ESCALATE_AFTER_MINUTES_MIN)
    .max(ESCALATE_AFTER_MINUTES_MAX)
    .optional(),
  /** Left out, it stays as it is. */
  closeResolvedAfterDays: z
    .number()
    .int()
    .min(CLOSE_RESOLVED_AFTER_DAYS_MIN)
    .max(CLOSE_RESOLVED_AFTER_DAYS_MAX)
    .optional(),
  /** Left out, it stays as it is; blank or null: none. */
  fallbackContact: z
    .string()
    .trim()
    .max(MAX_FALLBACK_CONTACT_CHARS)
    .transform((text) => (text === '' ? null : text))
    .nullable()
    .optional(),
  /** Left out, it stays as it is. */
  studentsSeeSoftware: z.boolean().optional(),
  ...incidentSettingsSchema.shape,
  ...agentBudgetSettingsSchema.shape,
});
export type SettingsUpdate = z.infer<typeof settingsUpdateSchema>;

/** `GET /api/updates/summary`: a title with pending updates and how many devices wait for it. */
export type PendingUpdateTitle = {
  name: string;
  deviceCount: number;
  securityDeviceCount: number;
};
