// The agents' side of the district bench, the same for the hub and the bare baseline: connect
// every computer, send every full inventory, then every delta check-in, each with at most
// CONCURRENCY in flight and each acknowledgement timed.
import type { Enrolled } from '@handraise/shared';
import type { DeviceProfile } from '../simulation/device-profile.ts';
import { percentile as nearestRank } from '../../src/hub/storage/agent-cost-tally.ts';
import { updateSourceFor } from '../simulation/realistic-profile.ts';
import {
  connectSimulated,
  enrollSimulated,
  loopbackAddress,
  type SimulatedAgent,
} from '../simulation/simulated-agent.ts';

/** In flight at once: computers starting over a morning, not all in the same millisecond. */
export const CONCURRENCY = 200;
/**
 * Computers per loopback address. Few: the hub counts an enrollment in flight from one address as
 * a failure until it succeeds (20 at most), and on PostgreSQL enrollments take long enough for
 * more than 20 of a batch from one address to be in flight at once.
 */
const DEVICES_PER_ADDRESS = 10;

const addressFor = (index: number) => loopbackAddress(index, DEVICES_PER_ADDRESS);

export async function inBatches<T, R>(
  items: readonly T[],
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(CONCURRENCY, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index]!, index);
      }
    }),
  );
  return results;
}

/** Seconds since `started` (a performance.now()). */
const secondsSince = (started: number) => (performance.now() - started) / 1000;

/** Enrolls every computer at the hub its index is sent to; the baseline takes anyone. */
export function enrollAll(
  urls: readonly string[],
  token: string | null,
  profiles: readonly DeviceProfile[],
): Promise<Enrolled[]> {
  return inBatches(profiles, (profile, index) =>
    token === null
      ? Promise.resolve({ deviceId: `bare-${index}`, secret: 'not checked' } as Enrolled)
      : enrollSimulated(urls[index % urls.length]!, token, profile, addressFor(index)),
  );
}

export async function connectAll(
  urls: readonly string[],
  enrolled: readonly Enrolled[],
  profiles: readonly DeviceProfile[],
): Promise<{ agents: SimulatedAgent[]; seconds: number }> {
  const started = performance.now();
  const agents = await inBatches(profiles, (profile, index) =>
    connectSimulated(urls[index % urls.length]!, enrolled[index]!, profile, addressFor(index)),
  );
  return { agents, seconds: secondsSince(started) };
}

export type Exchange = { seconds: number; acknowledged: number; latenciesMs: number[] };

/** Every agent reports once (full the first time, a delta after); each report is timed. */
export async function reportAll(agents: readonly SimulatedAgent[]): Promise<Exchange> {
  const started = performance.now();
  const latenciesMs: number[] = [];
  let acknowledged = 0;
  await inBatches(agents, async (agent) => {
    const sent = performance.now();
    const answer = await agent.report();
    latenciesMs.push(performance.now() - sent);
    if (answer.ok && answer.data.status !== 'need-full') acknowledged++;
  });
  return { seconds: secondsSince(started), acknowledged, latenciesMs };
}

/**
 * Tonight's check-in: each computer installed one of its pending updates (or, with none
 * pending, was offered one), so its next report carries the updates section alone.
 */
export function changeUpdates(profile: DeviceProfile): void {
  const { updates, software, os } = profile.sections;
  const first = software[0];
  profile.sections.updates =
    updates.length > 0 || !first
      ? updates.slice(1)
      : [
          {
            name: first.name,
            installedVersion: first.version,
            availableVersion: `${first.version}.1`,
            source: updateSourceFor(os.platform),
          },
        ];
}

/** The p-th percentile (0–100) of unsorted values; NaN for none. */
export const percentile = (values: readonly number[], p: number): number =>
  nearestRank(
    [...values].sort((a, b) => a - b),
    p / 100,
  ) ?? NaN;
