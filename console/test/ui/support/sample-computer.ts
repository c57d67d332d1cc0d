// Test support: a school computer on a plain agent socket, as the tests in Chromium need one: it
// enrolls with the test hub's token, reports the sample inventory under its own name (so the
// console shows it as a known computer, not a bare enrollment).
import { fullReport, sampleSections } from '../../../src/hub/testing/sample-inventory.ts';
import type { AgentClient, TestHub } from '../../../src/hub/testing/test-hub.ts';

/**
 * Enrolls `hostname` (with the test hub's token, or `token`, one that names a room), connects its
 * agent and sends its full inventory; the hub closes it.
 */
export async function connectSampleComputer(
  t: TestHub,
  hostname: string,
  token?: string,
): Promise<AgentClient> {
  const agent = await t.connectAgent(await t.enroll(hostname, token));
  const os = { ...sampleSections().os, hostname };
  const reported = await agent.emitWithAck('inventory:report', fullReport(sampleSections({ os })));
  if (!reported.ok) throw new Error(`inventory of ${hostname}: ${reported.error}`);
  return agent;
}
