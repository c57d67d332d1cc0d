// Test support: simulated computers on real agent sockets (the bench's simulated agents), enrolled
// with one token per room as a coordinator would, each sending its full inventory.
import type { EnrollmentTokenCreated } from '@handraise/shared';
import { deviceProfile } from '../../../bench/simulation/device-profile.ts';
import {
  connectSimulated,
  enrollSimulated,
  type SimulatedAgent,
} from '../../../bench/simulation/simulated-agent.ts';
import type { TestHub } from '../../../src/hub/testing/test-hub.ts';

/** Connects `count` simulated computers to the hub; close them with `agent.close()`. */
export async function connectFleet(
  t: TestHub,
  token: string,
  count: number,
  firstIndex = 0,
): Promise<SimulatedAgent[]> {
  const tokens = new Map<string, string>();
  const agents: SimulatedAgent[] = [];
  for (let index = firstIndex; index < firstIndex + count; index++) {
    const profile = deviceProfile(index);
    let enrollToken = tokens.get(profile.room);
    if (!enrollToken) {
      const { body } = await t.http<EnrollmentTokenCreated>('/api/enrollment-tokens', {
        token,
        body: { label: profile.room, room: profile.room },
      });
      if (!body.ok) throw new Error(`token for ${profile.room}: ${body.error}`);
      enrollToken = body.data.token;
      tokens.set(profile.room, enrollToken);
    }
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
