// Agent self-update: signed releases, the offer the hub makes, what an agent reports back, and the
// school hours during which no computer updates.
import { z } from 'zod';
import { canonicalJson } from '../canonical-json.ts';
import { shortString } from './common.ts';

/** Platforms a release can be built for (a release for `other` would run nowhere). */
export const RELEASE_PLATFORMS = ['linux', 'windows', 'macos'] as const;
/** CPU architectures, as Node names them (`process.arch`). */
export const RELEASE_ARCHES = ['x64', 'arm64'] as const;
/** The largest agent package accepted, in bytes: a bundled agent executable is ~100 MB. */
export const MAX_RELEASE_BYTES = 512 * 1024 * 1024;

/** A release version: plain SemVer (`1.4.0`, `1.5.0-beta.2`), no build metadata. */
export const releaseVersionSchema = z
  .string()
  .regex(/^\d{1,6}\.\d{1,6}\.\d{1,6}(?:-[0-9A-Za-z-]{1,20}(?:\.[0-9A-Za-z-]{1,20}){0,4})?$/, {
    message: 'a version such as 1.4.0',
  });

/** What a release's signature covers: which build this is, and the exact bytes of its package. */
export const releaseManifestSchema = z.strictObject({
  version: releaseVersionSchema,
  platform: z.enum(RELEASE_PLATFORMS),
  arch: z.enum(RELEASE_ARCHES),
  /** SHA-256 of the package, lower-case hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().positive().max(MAX_RELEASE_BYTES),
});
export type ReleaseManifest = z.infer<typeof releaseManifestSchema>;

// Signed together with the manifest, so a signature made for anything else (another tool's JSON
// signed with the same key) can never pass for a release signature.
const SIGNING_CONTEXT = 'handraise-agent-release/1\n';

/**
 * The text a release signature covers (as UTF-8; it is all ASCII): a fixed context line, then the
 * manifest's canonical JSON, so key order or extra spaces never change what is signed.
 */
export function releaseSigningText(manifest: ReleaseManifest): string {
  const { version, platform, arch, sha256, size } = manifest;
  return SIGNING_CONTEXT + canonicalJson({ version, platform, arch, sha256, size });
}

/** An Ed25519 signature, base64 (64 bytes). */
export const releaseSignatureSchema = z.string().regex(/^[A-Za-z0-9+/]{86}==$/, {
  message: 'an Ed25519 signature in base64',
});

/** An Ed25519 public key: its 32 raw bytes in base64 (what `handraise-agent release keygen` prints). */
export const releasePublicKeySchema = z.string().regex(/^[A-Za-z0-9+/]{43}=$/, {
  message: 'an Ed25519 public key in base64 (44 characters)',
});

const clockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'a time such as 07:30' });

/**
 * When lessons run, in each computer's own local time: days 0 (Sunday) to 6, and a start and end
 * the same day. No computer downloads or installs an update then.
 */
export const schoolHoursSchema = z
  .strictObject({
    days: z.array(z.number().int().min(0).max(6)).max(7),
    start: clockTime,
    end: clockTime,
  })
  .refine((hours) => hours.start < hours.end, {
    // Lessons do not run past midnight: hours spanning it are refused rather than guessed at.
    message:
      'school must end after it starts on the same day (hours past midnight are not supported)',
    path: ['end'],
  })
  .refine((hours) => new Set(hours.days).size === hours.days.length, {
    message: 'each day once',
  });
export type SchoolHours = z.infer<typeof schoolHoursSchema>;

export const DEFAULT_SCHOOL_HOURS: SchoolHours = {
  days: [1, 2, 3, 4, 5],
  start: '07:30',
  end: '16:30',
};

/** The coordinator's update settings. */
export const agentUpdateSettingsSchema = z.strictObject({
  /** Whether agents are offered releases at all. */
  enabled: z.boolean(),
  schoolHours: schoolHoursSchema,
  /** The school's release keys: uploads signed by none of them are refused. */
  releaseKeys: z.array(releasePublicKeySchema).max(4),
});
export type AgentUpdateSettings = z.infer<typeof agentUpdateSettingsSchema>;

/** `PUT /api/agent-updates/settings`: any of them. */
export const agentUpdateSettingsUpdateSchema = agentUpdateSettingsSchema.partial();

/** `update:check`: the agent says what it runs; the hub answers with an offer or null. */
export const updateCheckSchema = z.strictObject({
  version: shortString,
  platform: shortString,
  arch: shortString,
});

export const UPDATE_RESULTS = [
  'installed',
  'refused-signature',
  'refused-hash',
  'rolled-back',
  'failed',
] as const;
export type UpdateResult = (typeof UPDATE_RESULTS)[number];

/** `update:outcome`: how an update went on this computer. */
export const updateOutcomeSchema = z.strictObject({
  version: releaseVersionSchema,
  result: z.enum(UPDATE_RESULTS),
  /** A few words for the coordinator (what was wrong), never a stack trace. */
  detail: shortString.optional(),
});
export type UpdateOutcome = z.infer<typeof updateOutcomeSchema>;

/** What the hub offers an agent: a newer release for its platform, and when not to install it. */
export type UpdateOffer = {
  releaseId: string;
  manifest: ReleaseManifest;
  signature: string;
  /** Path on the hub to GET the package from, with the device's credentials. */
  packagePath: string;
  schoolHours: SchoolHours;
};

/** A release as the console lists it. */
export type AgentRelease = ReleaseManifest & {
  id: string;
  signature: string;
  addedAt: string;
  /** Shipped with the hub (read from its releases folder) rather than uploaded. */
  shipped: boolean;
};

/** `GET /api/agent-versions`: the fleet's agent versions, for the console's card. */
export type AgentVersionsSummary = {
  /** Computers per version and platform, newest version first. */
  versions: {
    version: string;
    platform: string;
    devices: number;
    /** Behind the newest release offered for that platform. */
    behind: boolean;
  }[];
  /** Newest release per platform and architecture. */
  offered: { platform: string; arch: string; version: string }[];
  /** Latest outcome per computer where an update did not go through. */
  problems: {
    deviceId: string;
    deviceName: string;
    version: string;
    result: UpdateResult;
    detail: string | null;
    at: string;
  }[];
};

/** A release id in a path. */
export const releaseIdParamsSchema = z.strictObject({ releaseId: z.uuid() });
