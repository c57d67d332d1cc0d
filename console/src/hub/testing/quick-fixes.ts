// Test support: quick fixes written through the REST API, and school computers of a given room and
// platform asking for them the way the tray does.
import type {
  EnrollmentTokenCreated,
  HelpCategory,
  OfferedFix,
  Platform,
  QuickFix,
  QuickFixList,
} from '@handraise/shared';
import { fullReport, sampleSections } from './sample-inventory.ts';
import type { AgentClient, TestHub } from './test-hub.ts';

/** Writes a fix as `token`'s holder; answers the status and the hub's envelope. */
export function postFix(t: TestHub, token: string, body: Record<string, unknown>) {
  return t.http<QuickFix>('/api/quick-fixes', { token, body });
}

/** Writes a fix that the hub must accept, and answers it. */
export async function writeFix(
  t: TestHub,
  token: string,
  body: Record<string, unknown>,
): Promise<QuickFix> {
  const answer = await postFix(t, token, body);
  if (!answer.body.ok) throw new Error(`quick fix refused: ${answer.body.error}`);
  return answer.body.data;
}

/** Every fix as the coordinator (`admin`) sees it. */
export async function listFixes(t: TestHub, admin: string): Promise<QuickFixList> {
  const answer = await t.http<QuickFixList>('/api/quick-fixes', { token: admin });
  if (!answer.body.ok) throw new Error(answer.body.error);
  return answer.body.data;
}

/** One fix's figures as the coordinator reads them. */
export async function figuresOf(t: TestHub, admin: string, fixId: string) {
  const fix = (await listFixes(t, admin)).fixes.find((f) => f.id === fixId);
  if (!fix) throw new Error(`no fix ${fixId}`);
  return { shown: fix.shown, saved: fix.saved };
}

/** A computer enrolled into `room` that has reported running `platform`. */
export async function computerOn(
  t: TestHub,
  admin: string,
  where: { hostname: string; room: string; platform: Platform },
): Promise<AgentClient> {
  const token = await t.http<EnrollmentTokenCreated>('/api/enrollment-tokens', {
    token: admin,
    body: { room: where.room },
  });
  if (!token.body.ok) throw new Error(token.body.error);
  const agent = await t.connectAgent(await t.enroll(where.hostname, token.body.data.token));
  const base = sampleSections();
  const sections = sampleSections({
    os: { ...base.os, platform: where.platform, hostname: where.hostname },
  });
  const stored = await agent.emitWithAck('inventory:report', fullReport(sections));
  if (!stored.ok) throw new Error(stored.error);
  return agent;
}

/** The texts the tray would show for a category, in order. */
export async function offeredTexts(agent: AgentClient, category: HelpCategory): Promise<string[]> {
  const answer = await agent.emitWithAck('help:fixes', { category });
  if (!answer.ok) throw new Error(`help:fixes refused: ${answer.error}`);
  return answer.data.map((fix: OfferedFix) => fix.text);
}
