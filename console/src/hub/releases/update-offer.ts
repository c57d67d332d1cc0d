// What the hub offers an agent that checks: the newest release for its kind of computer, when it
// is newer than what the agent runs and the coordinator has updates on.
import { compareSemver, type UpdateOffer } from '@handraise/shared';
import type { ReleaseStore } from './release-store.ts';
import type { UpdateSettings } from './update-settings.ts';

/** Where a device downloads a release's package (with its own credentials). */
export const packagePath = (releaseId: string) => `/api/agent-releases/${releaseId}/package`;

export async function offerFor(
  running: { version: string; platform: string; arch: string },
  deps: { releases: Pick<ReleaseStore, 'newestFor'>; settings: Pick<UpdateSettings, 'get'> },
): Promise<UpdateOffer | null> {
  const settings = await deps.settings.get();
  if (!settings.enabled) return null;
  const release = await deps.releases.newestFor(running.platform, running.arch);
  // Never a downgrade: an agent newer than every release (a developer's build) keeps its own.
  if (!release || compareSemver(release.version, running.version) <= 0) return null;
  const { id, version, platform, arch, sha256, size, signature } = release;
  return {
    releaseId: id,
    manifest: { version, platform, arch, sha256, size },
    signature,
    packagePath: packagePath(id),
    schoolHours: settings.schoolHours,
  };
}
