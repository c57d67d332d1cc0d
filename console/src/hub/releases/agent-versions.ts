// The console's "Agent versions" card: how many computers run each version on each platform,
// which are behind the release offered for them, and where an update did not go through.
import { compareSemver, type AgentRelease, type AgentVersionsSummary } from '@handraise/shared';
import type { Where } from '../rooms.ts';
import type { FleetAgent } from './release-store.ts';

/** Problems listed at most: the card shows the latest few, the log has the rest. */
export const PROBLEMS_SHOWN = 50;

export async function summarizeAgentVersions(
  fleet: AsyncIterable<FleetAgent>,
  releases: readonly AgentRelease[],
  covers: (where: Where) => boolean,
): Promise<AgentVersionsSummary> {
  const offered = new Map<string, AgentRelease>();
  for (const release of releases) {
    const key = `${release.platform}/${release.arch}`;
    const known = offered.get(key);
    if (!known || compareSemver(release.version, known.version) > 0) offered.set(key, release);
  }
  const newestForPlatform = new Map<string, string>();
  for (const release of offered.values()) {
    const known = newestForPlatform.get(release.platform);
    if (!known || compareSemver(release.version, known) > 0)
      newestForPlatform.set(release.platform, release.version);
  }

  const counts = new Map<string, AgentVersionsSummary['versions'][number]>();
  const problems: AgentVersionsSummary['problems'] = [];
  for await (const agent of fleet) {
    if (!covers(agent)) continue;
    const version = agent.version ?? 'unknown';
    const platform = agent.platform ?? 'unknown';
    const key = `${version}\n${platform}`;
    const newest = newestForPlatform.get(platform);
    const row = counts.get(key) ?? {
      version,
      platform,
      devices: 0,
      behind: newest !== undefined && compareSemver(version, newest) < 0,
    };
    row.devices++;
    counts.set(key, row);
    if (agent.outcome && agent.outcome.result !== 'installed') {
      problems.push({
        deviceId: agent.id,
        deviceName: agent.name,
        version: agent.outcome.version,
        result: agent.outcome.result,
        detail: agent.outcome.detail,
        at: agent.outcome.at,
      });
    }
  }
  return {
    versions: [...counts.values()].sort(
      (a, b) => compareSemver(b.version, a.version) || a.platform.localeCompare(b.platform),
    ),
    offered: [...offered.values()]
      .map(({ platform, arch, version }) => ({ platform, arch, version }))
      .sort((a, b) => a.platform.localeCompare(b.platform) || a.arch.localeCompare(b.arch)),
    problems: problems.sort((a, b) => b.at.localeCompare(a.at)).slice(0, PROBLEMS_SHOWN),
  };
}
