// The fleet's outdated-software CSV on a real hub: every row says where its computer is (site and
// room, as its enrollment placed it), and only the coordinator may download it.
import { describe, expect } from 'vitest';
import type { EnrollmentTokenCreated } from '@handraise/shared';
import { hubTest } from './testing/hub-test.ts';
import { fullReport, sampleSections } from './testing/sample-inventory.ts';
import { createAdvisor } from './testing/advisor.ts';

const HEADER = 'Device,Site,Room,Platform,Title,Installed,Status,Target,Why';

describe('the outdated-software CSV', () => {
  hubTest('names the site and room of each computer', async ({ t, admin }) => {
    const created = await t.http<EnrollmentTokenCreated>('/api/enrollment-tokens', {
      token: admin,
      body: { site: 'North campus', room: 'Lab 2' },
    });
    if (!created.body.ok) throw new Error(created.body.error);
    const agent = await t.connectAgent(await t.enroll('north-lab-pc', created.body.data.token));
    // The name a computer goes by is its inventory's host name.
    const hostname = sampleSections().os.hostname;
    const stored = await agent.emitWithAck('inventory:report', fullReport(sampleSections()));
    expect(stored.ok).toBe(true);

    const response = await fetch(`${t.hub.url}/api/software/export.csv`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(response.status).toBe(200);
    const [header, ...rows] = (await response.text()).trim().split('\r\n');
    expect(header).toBe(HEADER);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows)
      expect(row.split(',').slice(0, 3)).toEqual([hostname, 'North campus', 'Lab 2']);
  });

  hubTest('is refused to an advisor, and to nobody signed in', async ({ t, admin }) => {
    const advisor = await createAdvisor(t, admin);
    const asAdvisor = await fetch(`${t.hub.url}/api/software/export.csv`, {
      headers: { authorization: `Bearer ${advisor.token}` },
    });
    expect(asAdvisor.status).toBe(403);
    expect(await asAdvisor.json()).toEqual({ ok: false, error: 'forbidden' });
    const anonymous = await fetch(`${t.hub.url}/api/software/export.csv`);
    expect(anonymous.status).toBe(401);
  });
});
