import { z } from 'zod';
import { idSchema, nonEmptyShortString, shortString } from './common.ts';
import {
  platformSchema,
  softwareSourceSchema,
  type Platform,
  type SoftwareSource,
  type UpdateSource,
} from './inventory.ts';

/** What the hub concludes about one title on one device. */
export type VerdictStatus = 'current' | 'behind' | 'unknown';

/**
 * Why a verdict is what it is. A `behind` verdict carries at least one of the first seven; a
 * `current` one says what confirmed it; an `unknown` one says what was missing.
 */
export type VerdictReason =
  /** The device's own package manager offers a newer version: the strongest signal. */
  | { kind: 'pending-update'; source: UpdateSource; availableVersion: string; security: boolean }
  /** Older than the coordinator's minimum version for this title. */
  | { kind: 'below-minimum'; minimumVersion: string }
  /** The coordinator requires this title and the device does not have it. */
  | { kind: 'required-missing' }
  /** The coordinator banned this title and the device has it. */
  | { kind: 'banned' }
  /** Older than the imported catalog's latest version. */
  | {
      kind: 'catalog-newer';
      latestVersion: string;
      releaseDate: string | null;
      catalogSource: string | null;
    }
  /** Other devices like this one run a newer version (weakest signal). */
  | { kind: 'fleet-newer'; newestVersion: string; devicesNewer: number }
  /** The operating system release is past its end of support. */
  | { kind: 'os-end-of-life'; release: string; endOfLife: string }
  /** The device asked its package manager and it offers nothing newer. */
  | { kind: 'manager-current'; manager: string }
  /** At or above the catalog's latest version. */
  | { kind: 'catalog-current'; latestVersion: string }
  /** At or above the coordinator's minimum version. */
  | { kind: 'meets-minimum'; minimumVersion: string }
  /** The newest version seen among devices like this one. */
  | { kind: 'fleet-newest'; devices: number }
  /** Supported until the given date. */
  | { kind: 'os-supported'; release: string; endOfLife: string }
  /** The device could not ask its package manager this time. */
  | { kind: 'updates-unchecked'; manager: string }
  /** No catalog entry, no policy, and no other device to compare with. */
  | { kind: 'no-reference' }
  /** The device reported no version for this title. */
  | { kind: 'no-version' };

export type VerdictReasonKind = VerdictReason['kind'];

/** One title on one device, judged. */
export type Verdict = {
  status: VerdictStatus;
  /** The version the device should reach, when one is known. */
  targetVersion: string | null;
  reasons: VerdictReason[];
};

/** A title's versions across the fleet: one line per version and platform. */
export type TitleVersionCount = {
  version: string;
  platform: Platform;
  deviceCount: number;
  /** The newest version of the title on this platform. */
  newest: boolean;
};

/** `GET /api/software`: a title across the fleet (or the chosen site/room), with its verdict counts. */
export type SoftwareTitleSummary = {
  /** Normalized identity: "Google Chrome", "Google Chrome.app" and `google-chrome-stable` share one. */
  key: string;
  name: string;
  publisher: string | null;
  platforms: Platform[];
  sources: SoftwareSource[];
  deviceCount: number;
  behindCount: number;
  unknownCount: number;
  /** Devices whose own package manager offers an update, and of those how many are security ones. */
  pendingCount: number;
  securityCount: number;
  versions: TitleVersionCount[];
};

/** `GET /api/software/overview`: the coordinator's first question, "how many machines need updates?" */
export type SoftwareOverview = {
  /** Computers in scope that have sent an inventory. */
  devices: number;
  /** Computers with at least one title behind (or a required title missing). */
  devicesBehind: number;
  /** Computers whose own package manager offers a security update. */
  devicesWithSecurityUpdates: number;
  titlesBehind: number;
};

/** One device's verdict on one title, as the title's page lists it. */
export type TitleDeviceVerdict = Verdict & {
  deviceId: string;
  deviceName: string;
  site: string | null;
  room: string | null;
  platform: Platform;
  /** Null when the title is required and missing. */
  version: string | null;
  source: SoftwareSource | null;
};

/** `GET /api/software/:key`: a title, its devices with their verdicts, and what applies to it. */
export type SoftwareTitleDetail = SoftwareTitleSummary & {
  /** Names the title is reported under on each source, for merge and split decisions. */
  names: { name: string; source: SoftwareSource; deviceCount: number }[];
  devices: TitleDeviceVerdict[];
  policies: SoftwarePolicy[];
  catalog: CatalogEntry[];
  overrides: TitleOverride[];
};

/** `GET /api/devices/:id/outdated`: a title on the device that is behind or unknown. */
export type DeviceTitleVerdict = Verdict & {
  key: string;
  name: string;
  version: string | null;
  source: SoftwareSource | null;
};

/** Who the software pages are filtered to. */
export const softwareScopeSchema = z.strictObject({
  site: shortString.min(1).optional(),
  room: shortString.min(1).optional(),
});
export type SoftwareScope = z.infer<typeof softwareScopeSchema>;

/** A title key in a path: lower-case words joined by hyphens, optionally prefixed (`os:`). */
export const titleKeySchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[a-z0-9][a-z0-9:+._-]*$/, 'a title key');
export const titleKeyPayloadSchema = z.strictObject({ key: titleKeySchema });

// ---- coordinator policy ----

export const POLICY_KINDS = ['minimum', 'required', 'banned'] as const;
export type PolicyKind = (typeof POLICY_KINDS)[number];

/** `POST /api/software/policies` */
export const policyCreateSchema = z
  .strictObject({
    titleKey: titleKeySchema,
    /** Shown where the title is not yet installed anywhere (a required title). */
    titleName: nonEmptyShortString.max(200).optional(),
    kind: z.enum(POLICY_KINDS),
    version: nonEmptyShortString.max(100).optional(),
    platform: platformSchema.optional(),
    note: shortString.max(500).optional(),
  })
  .refine((p) => (p.kind === 'minimum') === (p.version !== undefined), {
    message: 'a minimum needs a version, and only a minimum has one',
    path: ['version'],
  });
export type PolicyCreate = z.infer<typeof policyCreateSchema>;

export type SoftwarePolicy = {
  id: string;
  titleKey: string;
  titleName: string;
  kind: PolicyKind;
  version: string | null;
  platform: Platform | null;
  note: string | null;
  createdAt: string;
};

export const policyIdPayloadSchema = z.strictObject({ policyId: idSchema });

// ---- imported catalog ----

/** One catalog line: the latest version of a title, as a district or vendor list says. */
export type CatalogEntry = {
  title: string;
  titleKey: string;
  latestVersion: string;
  releaseDate: string | null;
  source: string | null;
  platform: Platform | null;
};

/** `PUT /api/software/catalog`: replaces the catalog with a JSON or CSV document. */
export const catalogImportSchema = z.strictObject({
  format: z.enum(['json', 'csv']),
  text: z.string().min(1).max(4_000_000),
});
export type CatalogImport = z.infer<typeof catalogImportSchema>;

// ---- operating-system lifecycle ----

/**
 * One operating-system release and when its support ends. A device matches when its OS title key
 * is `osKey` and, if given, its version starts with `versionPrefix` and its edition (OS name)
 * contains `edition` (case-insensitive).
 */
export type OsLifecycleEntry = {
  osKey: string;
  release: string;
  versionPrefix: string | null;
  edition: string | null;
  endOfLife: string;
  source: string | null;
};

/** The bundled table (or the imported one), dated. */
export type OsLifecycleTable = { asOf: string; entries: OsLifecycleEntry[] };

/** `PUT /api/software/os-lifecycle`: replaces the table (JSON); `{ "reset": true }` restores the bundled one. */
export const osLifecycleImportSchema = z.union([
  z.strictObject({ text: z.string().min(1).max(1_000_000) }),
  z.strictObject({ reset: z.literal(true) }),
]);

// ---- title identity overrides ----

/**
 * A coordinator's correction of the normalizer. A merge sends every item of `fromKey` to `intoKey`;
 * a split sends only one source's items of `fromKey` to a title of their own.
 */
export type TitleOverride = {
  id: string;
  fromKey: string;
  source: SoftwareSource | null;
  intoKey: string;
  intoName: string;
  createdAt: string;
};

/** `POST /api/software/merges`: "these two are one title". */
export const titleMergeSchema = z
  .strictObject({ fromKey: titleKeySchema, intoKey: titleKeySchema })
  .refine((m) => m.fromKey !== m.intoKey, { message: 'a title cannot merge into itself' });

/** `POST /api/software/splits`: "this source's items are a title of their own". */
export const titleSplitSchema = z.strictObject({
  key: titleKeySchema,
  source: softwareSourceSchema,
});

export const overrideIdPayloadSchema = z.strictObject({ overrideId: idSchema });

// ---- update tasks ----

export type UpdateTaskLine = {
  deviceId: string;
  deviceName: string;
  room: string | null;
  /** The version the device ran when the task was made (null: required and missing). */
  startVersion: string | null;
  /** Set by the hub when an inventory shows the title current; nobody ticks it by hand. */
  doneAt: string | null;
  doneVersion: string | null;
};

export type UpdateTask = {
  id: string;
  titleKey: string;
  titleName: string;
  /** "Chrome behind on 12 machines in Room 204" */
  summary: string;
  note: string | null;
  site: string | null;
  room: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  /** The display name of the coordinator who made it. */
  createdBy: string;
  createdAt: string;
  state: 'open' | 'done' | 'cancelled';
  doneAt: string | null;
  lines: UpdateTaskLine[];
};

/** `POST /api/tasks`: a finding (a title behind, in a site or room) becomes a task. */
export const taskCreateSchema = z.strictObject({
  titleKey: titleKeySchema,
  site: shortString.min(1).optional(),
  room: shortString.min(1).optional(),
  assigneeId: idSchema.nullable().optional(),
  note: shortString.max(1000).optional(),
});
export type TaskCreate = z.infer<typeof taskCreateSchema>;

/** `PATCH /api/tasks/:taskId`: reassign or cancel. */
export const taskUpdateSchema = z
  .strictObject({
    assigneeId: idSchema.nullable().optional(),
    state: z.literal('cancelled').optional(),
  })
  .refine((u) => u.assigneeId !== undefined || u.state !== undefined, {
    message: 'nothing to change',
  });
export type TaskUpdate = z.infer<typeof taskUpdateSchema>;

export const taskIdPayloadSchema = z.strictObject({ taskId: idSchema });
