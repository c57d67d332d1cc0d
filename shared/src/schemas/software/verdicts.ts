// Verdicts: what the hub concludes about each title on each device, and the software pages' reads.
import { z } from 'zod';
import { shortString } from '../common.ts';
import { MAX_TITLE_KEY_LENGTH } from '../../software/title-slug.ts';
import type { Platform, SoftwareSource, UpdateSource } from '../inventory.ts';
import type { SoftwarePolicy } from './policies.ts';
import type { CatalogEntry } from './catalog.ts';
import type { TitleOverride } from './overrides.ts';

/** What the hub concludes about one title on one device. */
export type VerdictStatus = 'current' | 'behind' | 'unknown';

/**
 * Why a verdict is what it is. A `behind` verdict carries at least one of the first seven; a
 * `current` one says what confirmed it; an `unknown` one says what was missing.
 */
export type VerdictReason =
  /** The device's own package manager offers a newer version: the strongest signal. */
  | {
      kind: 'pending-update';
      source: UpdateSource;
      availableVersion: string;
      security: boolean;
      /** The manager's own id of the update (winget Id, softwareupdate label), when it gave one. */
      id?: string;
    }
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
  .max(MAX_TITLE_KEY_LENGTH)
  .regex(/^[a-z0-9][a-z0-9:+._-]*$/, 'a title key');
export const titleKeyPayloadSchema = z.strictObject({ key: titleKeySchema });
