// On a real hub with a clock the test moves: each Tech Advisor's figures (claimed, resolved,
// reopened, the median times to first response and to resolution, by category) over a chosen
// period, their service-hours CSV (spreadsheet-safe), and the coordinator's weekly summary, all
// computed from the requests' timelines; an advisor reads only their own.
import { describe, expect } from 'vitest';
import type { AdvisorProgram, WeeklySummary } from '@handraise/shared';
import { hubTest } from './testing/hub-test.ts';
import { MINUTE_MS, programDesk, type ProgramDesk } from './testing/program-desk.ts';

const START = '2026-11-02T08:00:00Z';
const DAY_MS = 24 * 60 * MINUTE_MS;

/** The calendar day of an instant on this machine's clock, as the export writes it. */
function dayOf(at: number): string {
  const d = new Date(at);
  return [d.getFullYear(), d.getMonth() + 1, d.getDate()]
    .map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0'))
    .join('-');
}

/**
 * A morning at the help desk. Ana: a printer fixed in 10 minutes (answered after 2); another
 * answered after 4, fixed in 6, "Still broken", fixed again in 4; an internet request the
 * coordinator answered first, claimed by Ana after 9. Ben: an app request claimed after 1, fixed
 * in 2, reopened by the coordinator. The coordinator: a sign-in request, fixed. Ana also fixed a
 * printer in a room whose name reads as a formula.
 */
async function morning(desk: ProgramDesk) {
  const ana = await desk.advisor('ana', 'Ana Reyes');
  const ben = await desk.advisor('ben', 'Ben Ito');
  const { agent } = await desk.computer('lab-pc-01', 'Room 12');
  const { agent: oddAgent } = await desk.computer('lab-pc-02', '=SUM(A1:A9)');

  const r1 = await desk.raise(agent, 'printer', 0);
  await desk.claim(ana.socket, r1, 2);
  await desk.message(ana.socket, r1, 3);
  await desk.resolve(ana.socket, r1, 12);

  const r2 = await desk.raise(agent, 'printer', 20);
  await desk.claim(ana.socket, r2, 24);
  await desk.resolve(ana.socket, r2, 30);
  await desk.stillBroken(agent, r2, 40);
  await desk.resolve(ana.socket, r2, 44);

  const r3 = await desk.raise(agent, 'internet', 50);
  await desk.message(desk.coordinator, r3, 51);
  await desk.claim(ana.socket, r3, 59);

  const r4 = await desk.raise(agent, 'app', 70);
  await desk.claim(ben.socket, r4, 71);
  await desk.resolve(ben.socket, r4, 73);
  await desk.reopen(r4, 75);

  const r5 = await desk.raise(agent, 'sign-in', 80);
  await desk.claim(desk.coordinator, r5, 81);
  await desk.resolve(desk.coordinator, r5, 90);

  const r6 = await desk.raise(oddAgent, 'printer', 100);
  await desk.claim(ana.socket, r6, 101);
  await desk.resolve(ana.socket, r6, 131);
  desk.moveTo(180);
  return { ana, ben, requests: [r1, r2, r3, r4, r5, r6] };
}

describe('the Tech Advisor program', () => {
  hubTest(
    'counts each advisor’s requests and medians by category, over the period asked',
    async ({ startHub }) => {
      const desk = await programDesk(startHub, START);
      const { ana } = await morning(desk);
      const { t, admin } = desk;

      const own = await t.http<AdvisorProgram>(`/api/program/advisors/${ana.user.id}`, {
        token: ana.token,
      });
      expect(own.status).toBe(200);
      if (!own.body.ok) throw new Error(own.body.error);
      const page = own.body.data;
      expect(page.advisor).toEqual({
        id: ana.user.id,
        displayName: 'Ana Reyes',
        advisorKind: 'teacher',
        disabled: false,
      });
      // Left out, the period is the 90 days up to now.
      expect(page.period).toEqual({
        from: new Date(desk.at(180) - 90 * DAY_MS).toISOString(),
        to: new Date(desk.at(180)).toISOString(),
      });
      expect(page.totals).toEqual({
        claimed: 4,
        resolved: 3,
        reopened: 1,
        // 2, 4, 9 and 1 minutes.
        medianResponseSeconds: 3 * 60,
        // 10, 10 and 30 minutes.
        medianResolutionSeconds: 10 * 60,
      });
      expect(page.byCategory).toEqual([
        {
          category: 'internet',
          claimed: 1,
          resolved: 0,
          reopened: 0,
          medianResponseSeconds: 9 * 60,
          medianResolutionSeconds: null,
        },
        {
          category: 'printer',
          claimed: 3,
          resolved: 3,
          reopened: 1,
          medianResponseSeconds: 2 * 60,
          medianResolutionSeconds: 10 * 60,
        },
      ]);
      expect(page.badges).toEqual([]);

      // The coordinator sees everyone's: Ben's reopen by the coordinator is his.
      const all = await t.http<AdvisorProgram[]>('/api/program/advisors', { token: admin });
      if (!all.body.ok) throw new Error(all.body.error);
      expect(all.body.data.map((p) => [p.advisor.displayName, p.totals])).toEqual([
        ['Ana Reyes', page.totals],
        [
          'Ben Ito',
          {
            claimed: 1,
            resolved: 1,
            reopened: 1,
            medianResponseSeconds: 60,
            medianResolutionSeconds: 2 * 60,
          },
        ],
      ]);

      // A period that ends before the "Still broken": two claimed and fixed, nothing reopened.
      const from = encodeURIComponent(new Date(desk.at(0)).toISOString());
      const to = encodeURIComponent(new Date(desk.at(35)).toISOString());
      const early = await t.http<AdvisorProgram>(
        `/api/program/advisors/${ana.user.id}?from=${from}&to=${to}`,
        { token: admin },
      );
      if (!early.body.ok) throw new Error(early.body.error);
      expect(early.body.data.totals).toEqual({
        claimed: 2,
        resolved: 2,
        reopened: 0,
        medianResponseSeconds: 3 * 60,
        medianResolutionSeconds: 8 * 60,
      });
      expect(early.body.data.period).toEqual({
        from: new Date(desk.at(0)).toISOString(),
        to: new Date(desk.at(35)).toISOString(),
      });
    },
  );

  hubTest(
    'exports an advisor’s service hours as CSV, formula cells defused',
    async ({ startHub }) => {
      const desk = await programDesk(startHub, START);
      const { ana, ben, requests } = await morning(desk);
      const numbers = await Promise.all(requests.map((id) => desk.numberOf(id)));
      const download = (id: string, token: string) =>
        fetch(`${desk.t.hub.url}/api/program/advisors/${id}/hours.csv`, {
          headers: { authorization: `Bearer ${token}` },
        });

      const response = await download(ana.user.id, ana.token);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toBe(
        'attachment; filename="service-hours-ana-reyes.csv"',
      );
      // One row per request Ana claimed and resolved: not the internet one she still holds.
      expect((await response.text()).split('\r\n')).toEqual([
        'Date,Minutes,Category,Room,Request',
        `${dayOf(desk.at(12))},10,Printer,Room 12,${numbers[0]}`,
        `${dayOf(desk.at(44))},10,Printer,Room 12,${numbers[1]}`,
        `${dayOf(desk.at(131))},30,Printer,'=SUM(A1:A9),${numbers[5]}`,
        '',
      ]);

      // The coordinator downloads anyone's; Ben's reopened request still counts the work done.
      const bens = await download(ben.user.id, desk.admin);
      expect((await bens.text()).split('\r\n')).toEqual([
        'Date,Minutes,Category,Room,Request',
        `${dayOf(desk.at(73))},2,An app,Room 12,${numbers[3]}`,
        '',
      ]);
    },
  );

  hubTest(
    'sums up the week for the coordinator: who handled what, the median response, the top advisors',
    async ({ startHub }) => {
      const desk = await programDesk(startHub, START);
      const { ana, ben } = await morning(desk);
      const weekly = await desk.t.http<WeeklySummary>('/api/program/weekly', { token: desk.admin });
      if (!weekly.body.ok) throw new Error(weekly.body.error);
      expect(weekly.body.data).toEqual({
        period: {
          from: new Date(desk.at(180) - 7 * DAY_MS).toISOString(),
          to: new Date(desk.at(180)).toISOString(),
        },
        handledByAdvisors: 4,
        handledByCoordinators: 1,
        // First answers by anyone after 2, 4, 1 (the coordinator), 1, 1 and 1 minutes.
        medianResponseSeconds: 60,
        topAdvisors: [
          { id: ana.user.id, displayName: 'Ana Reyes', resolved: 3 },
          { id: ben.user.id, displayName: 'Ben Ito', resolved: 1 },
        ],
      });
      // A week later nothing of that morning is in the week any more.
      desk.moveTo(180 + 7 * 24 * 60);
      // Sessions last 7 days: the coordinator signs in again.
      const token = await desk.t.signIn();
      const later = await desk.t.http<WeeklySummary>('/api/program/weekly', { token });
      expect(later.body.ok && later.body.data).toMatchObject({
        handledByAdvisors: 0,
        handledByCoordinators: 0,
        medianResponseSeconds: null,
        topAdvisors: [],
      });
    },
  );

  hubTest(
    'keeps each advisor to their own figures and export, and refuses a bad period',
    async ({ startHub }) => {
      const desk = await programDesk(startHub, START);
      const { ana, ben } = await morning(desk);
      const { t, admin } = desk;
      const adminId = await coordinatorId(desk);
      const status = async (path: string, token: string) => (await t.http(path, { token })).status;
      const body = async (path: string, token: string) => (await t.http(path, { token })).body;

      // Another advisor's figures, export, the table of everyone and the week: forbidden.
      expect(await body(`/api/program/advisors/${ana.user.id}`, ben.token)).toEqual({
        ok: false,
        error: 'forbidden',
      });
      const theirCsv = await fetch(`${t.hub.url}/api/program/advisors/${ana.user.id}/hours.csv`, {
        headers: { authorization: `Bearer ${ben.token}` },
      });
      expect(theirCsv.status).toBe(403);
      expect(await theirCsv.json()).toEqual({ ok: false, error: 'forbidden' });
      expect(await status('/api/program/advisors', ben.token)).toBe(403);
      expect(await status('/api/program/weekly', ben.token)).toBe(403);
      // Nobody's program: not an advisor (the coordinator), or no account at all.
      expect(await body(`/api/program/advisors/${adminId}`, admin)).toEqual({
        ok: false,
        error: 'not-found',
      });
      expect(
        await status(`/api/program/advisors/00000000-0000-4000-8000-000000000000`, admin),
      ).toBe(404);
      expect(await status(`/api/program/advisors/not-an-id`, admin)).toBe(400);
      // Without a session, nothing.
      expect((await t.http(`/api/program/advisors/${ana.user.id}`)).status).toBe(401);

      // Periods that are none: backwards, empty, over 400 days, not a timestamp, unknown fields.
      const iso = (minute: number) => encodeURIComponent(new Date(desk.at(minute)).toISOString());
      const own = `/api/program/advisors/${ana.user.id}`;
      for (const query of [
        `from=${iso(60)}&to=${iso(0)}`,
        `from=${iso(0)}&to=${iso(0)}`,
        `from=${encodeURIComponent(new Date(desk.at(0) - 401 * DAY_MS).toISOString())}`,
        'from=last-monday',
        'to=2026-13-45T00:00:00Z',
        'advisor=everyone',
      ]) {
        expect([query, await body(`${own}?${query}`, ana.token)]).toEqual([
          query,
          { ok: false, error: 'invalid-payload' },
        ]);
      }
      // The advisor's own figures are unchanged by all of it.
      const after = await t.http<AdvisorProgram>(own, { token: ana.token });
      expect(after.body.ok && after.body.data.totals.claimed).toBe(4);
    },
  );
});

async function coordinatorId(desk: ProgramDesk): Promise<string> {
  const me = await desk.t.http<{ id: string }>('/api/me', { token: desk.admin });
  if (!me.body.ok) throw new Error(me.body.error);
  return me.body.data.id;
}
