// On a real hub with a clock the test moves: a Tech Advisor reaches the "Printer helper" badge on
// the fifth printer request they resolved that stood (a reopened one counts again only once fixed
// again); it waits for the coordinator's sign-off, which is kept with who signed and when; only the
// coordinator signs, once, and a badge once reached stays.
import { describe, expect } from 'vitest';
import type { AdvisorBadge, AdvisorProgram } from '@handraise/shared';
import { BADGE_RULES } from './program/badge-rules.ts';
import { hubTest } from './testing/hub-test.ts';
import { programDesk } from './testing/program-desk.ts';

const PRINTER_THRESHOLD = BADGE_RULES.find((rule) => rule.key === 'printer-helper')?.threshold;

describe('Tech Advisor badges', () => {
  hubTest(
    'earned at the threshold, waiting for sign-off, signed once by the coordinator only',
    async ({ startHub }) => {
      expect(PRINTER_THRESHOLD).toBe(5);
      const desk = await programDesk(startHub, '2026-11-09T08:00:00Z');
      const { t, admin } = desk;
      const ana = await desk.advisor('ana', 'Ana Reyes');
      const ben = await desk.advisor('ben', 'Ben Ito');
      const { agent } = await desk.computer('lab-pc-01', 'Room 12');
      const badgesOf = async (token: string) => {
        const page = await t.http<AdvisorProgram>(`/api/program/advisors/${ana.user.id}`, {
          token,
        });
        if (!page.body.ok) throw new Error(page.body.error);
        return page.body.data.badges;
      };

      // Four printers fixed, and one fixed that its requester says is still broken.
      const printers: string[] = [];
      for (let i = 0; i < 5; i++) {
        const id = await desk.raise(agent, 'printer', i * 10);
        await desk.claim(ana.socket, id, i * 10 + 1);
        await desk.resolve(ana.socket, id, i * 10 + 5);
        printers.push(id);
      }
      // Other categories never count toward it.
      const wifi = await desk.raise(agent, 'internet', 50);
      await desk.claim(ana.socket, wifi, 51);
      await desk.resolve(ana.socket, wifi, 52);
      await desk.stillBroken(agent, printers[4]!, 60);
      expect(await badgesOf(ana.token)).toEqual([]);

      // Fixed again: the fifth stands, and the badge is reached at that resolution.
      await desk.resolve(ana.socket, printers[4]!, 70);
      desk.moveTo(90);
      const waiting = await badgesOf(ana.token);
      expect(waiting.map(({ id: _id, ...badge }) => badge)).toEqual([
        {
          badge: 'printer-helper',
          name: 'Printer helper',
          category: 'printer',
          threshold: 5,
          earnedAt: new Date(desk.at(70)).toISOString(),
          signedOff: null,
        },
      ]);
      const badgeId = waiting[0]!.id;
      expect(badgeId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      // The coordinator's table shows the same, waiting.
      const table = await t.http<AdvisorProgram[]>('/api/program/advisors', { token: admin });
      expect(table.body.ok && table.body.data.map((p) => [p.advisor.id, p.badges])).toEqual([
        [ana.user.id, waiting],
        [ben.user.id, []],
      ]);

      // Neither the advisor herself nor another advisor may sign it off; nothing changes.
      const signOff = (token: string, body: unknown = {}, id = badgeId) =>
        t.http<AdvisorBadge>(`/api/program/badges/${id}/sign-off`, { token, body });
      for (const token of [ana.token, ben.token])
        expect((await signOff(token)).body).toEqual({ ok: false, error: 'forbidden' });
      expect((await signOff(admin, { signedOffBy: 'Ben Ito' })).body).toEqual({
        ok: false,
        error: 'invalid-payload',
      });
      expect((await signOff(admin, {}, '00000000-0000-4000-8000-000000000000')).body).toEqual({
        ok: false,
        error: 'not-found',
      });
      expect((await signOff(admin, {}, 'printer-helper')).status).toBe(400);
      expect(await badgesOf(ana.token)).toEqual(waiting);

      // The coordinator signs: kept with their name and the time.
      desk.moveTo(120);
      const signed = await signOff(admin);
      expect(signed.status).toBe(200);
      const signedBadge = {
        ...waiting[0]!,
        signedOff: { byName: 'Coordinator', at: new Date(desk.at(120)).toISOString() },
      };
      expect(signed.body).toEqual({ ok: true, data: signedBadge });
      // Once only: a second sign-off later is refused and the first is kept.
      desk.moveTo(150);
      expect((await signOff(admin)).body).toEqual({ ok: false, error: 'invalid-state' });
      expect(await badgesOf(ana.token)).toEqual([signedBadge]);

      // A badge reached stays reached, even if one of its requests comes back later.
      await desk.stillBroken(agent, printers[0]!, 160);
      expect(await badgesOf(ana.token)).toEqual([signedBadge]);
      expect(await badgesOf(admin)).toEqual([signedBadge]);
    },
  );
});
