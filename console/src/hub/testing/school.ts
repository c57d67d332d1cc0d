// Test support: a school on the test hub: computers enrolled into rooms, and advisors signed in
// at consoles of their own.
import type { AgentCost, EnrollmentTokenCreated, InventorySections, User } from '@handraise/shared';
import { fullReport, sampleSections } from './sample-inventory.ts';
import type { AgentClient, ConsoleClient, TestHub } from './test-hub.ts';

/** The serial number the school's computers report. */
export const SERIAL = 'PF3X9ZQ1';

/**
 * A computer enrolled into `room` (by a token naming it) that has reported, serial and all;
 * `report` replaces sections of the sample report (its hardware, a state); `cost`, the agent's own
 * figures, rides with it.
 */
export async function computerIn(
  t: TestHub,
  admin: string,
  hostname: string,
  room: string,
  report: Partial<InventorySections> = {},
  cost?: AgentCost,
): Promise<{ agent: AgentClient; deviceId: string }> {
  const token = await t.http<EnrollmentTokenCreated>('/api/enrollment-tokens', {
    token: admin,
    body: { room },
  });
  if (!token.body.ok) throw new Error(token.body.error);
  const enrolled = await t.enroll(hostname, token.body.data.token);
  const agent = await t.connectAgent(enrolled);
  const base = sampleSections();
  const sections = sampleSections({
    os: { ...base.os, hostname },
    hardware: { ...base.hardware, serial: SERIAL },
    ...report,
  });
  const stored = await agent.emitWithAck('inventory:report', {
    ...fullReport(sections),
    ...(cost ? { cost } : {}),
  });
  if (!stored.ok) throw new Error(stored.error);
  return { agent, deviceId: enrolled.deviceId };
}

/** An advisor account made by the coordinator, signed in at a console of their own. */
export async function advisorConsole(
  t: TestHub,
  admin: string,
  body: Record<string, unknown>,
): Promise<{ user: User; token: string; socket: ConsoleClient }> {
  const created = await t.http<User>('/api/users', {
    token: admin,
    body: { password: 'advisor-password-1', role: 'advisor', ...body },
  });
  if (!created.body.ok) throw new Error(created.body.error);
  const session = await t.http<{ token: string }>('/api/session', {
    body: { username: body.username, password: 'advisor-password-1' },
  });
  if (!session.body.ok) throw new Error(session.body.error);
  return {
    user: created.body.data,
    token: session.body.data.token,
    socket: await t.connectConsole(session.body.data.token),
  };
}
