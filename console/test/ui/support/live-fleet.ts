// Test support: simulated computers on real agent sockets (the bench's simulated agents), enrolled
// with one token per room as a coordinator would, each sending its full inventory.
import { deviceProfile, type DeviceProfile } from '../../../bench/simulation/device-profile.ts';
import {
  connectSimulated,
  enrollSimulated,
  type SimulatedAgent,
} from '../../../bench/simulation/simulated-agent.ts';
import type { TestHub } from '../../../src/hub/testing/test-hub.ts';
import { roomTokens } from '../../support/room-tokens.ts';

/** Connects `count` simulated computers to the hub; close them with `agent.close()`. */
export function connectFleet(
  t: TestHub,
  token: string,
  count: number,
  firstIndex = 0,
): Promise<SimulatedAgent[]> {
  const profiles = Array.from({ length: count }, (_, i) => deviceProfile(firstIndex + i));
  return connectProfiles(t, token, profiles);
}

/** Enrolls each computer with its room's token, connects it and sends its full inventory. */
export async function connectProfiles(
  t: TestHub,
  token: string,
  profiles: readonly DeviceProfile[],
): Promise<SimulatedAgent[]> {
  const tokenFor = roomTokens(t, token);
  const agents: SimulatedAgent[] = [];
  for (const profile of profiles) {
    const enrollToken = await tokenFor(profile.room);
    const agent = await connectSimulated(
      t.hub.url,
      await enrollSimulated(t.hub.url, enrollToken, profile),
      profile,
    );
    const reported = await agent.report();
    if (!reported.ok) throw new Error(`inventory of ${profile.hostname}: ${reported.error}`);
    agents.push(agent);
  }
  return agents;
}
