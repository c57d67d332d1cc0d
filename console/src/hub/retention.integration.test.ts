// Privacy by default on a real hub: a finished request loses its screenshot and snapshot after
// `screenshotRetentionDays` (30 unless the coordinator chooses) and says so, keeps its text and
// timeline until `retentionDays`, and open or recent requests keep everything.
import { describe, expect } from 'vitest';
import type { DeviceSnapshot, HelpRequestDetail, HubSettingsView } from '@handraise/shared';
import { sweepRetention } from './retention.ts';
import { hubTest } from './testing/hub-test.ts';
import { manualClock } from './testing/manual-clock.ts';
import { raiseHand } from './testing/raise-hand.ts';
import { countRows } from './testing/row-count.ts';
import { sampleJpeg } from './testing/sample-inventory.ts';
import { computerIn } from './testing/school.ts';
import type { TestHub } from './testing/test-hub.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const SNAPSHOT: DeviceSnapshot = { softwareCount: 212, updatesCount: 3 };

const detailOf = async (t: TestHub, admin: string, requestId: string) => {
  const answer = await t.http<HelpRequestDetail>(`/api/requests/${requestId}`, { token: admin });
  if (!answer.body.ok) throw new Error(answer.body.error);
  return answer.body.data;
};

const settingsOf = async (t: TestHub, admin: string) => {
  const answer = await t.http<HubSettingsView>('/api/settings', { token: admin });
  if (!answer.body.ok) throw new Error(answer.body.error);
  return answer.body.data;
};

describe('retention', () => {
  const clock = manualClock('2026-03-02T08:00:00Z');
  const test = hubTest.override('hubOptions', { clock });

  test('retention deletes old screenshots and nothing else', async ({ t }) => {
    // Sessions last a week and this test spans a year: the coordinator signs in again each time.
    let admin = await t.signIn();
    let coordinator = await t.connectConsole(admin);
    const later = async (ms: number) => {
      clock.advance(ms);
      admin = await t.signIn();
      coordinator = await t.connectConsole(admin);
    };
    const { agent } = await computerIn(t, admin, 'lab-pc-07', 'Room 7');
    const ask = (text: string) =>
      raiseHand(agent, {
        category: 'printer',
        text,
        requester: 'Maya',
        screenshot: sampleJpeg(),
        snapshot: SNAPSHOT,
      });
    const resolve = async (requestId: string) => {
      expect(await coordinator.emitWithAck('request:claim', { requestId })).toMatchObject({
        ok: true,
      });
      const answer = await coordinator.emitWithAck('request:resolve', { requestId });
      expect(answer).toMatchObject({ ok: true });
    };
    const oldFinished = await ask('old and finished');
    const oldOpen = await ask('old and still open');
    await resolve(oldFinished);
    await later(20 * DAY_MS);
    const recentFinished = await ask('recent and finished');
    await resolve(recentFinished);
    const before = await detailOf(t, admin, oldFinished);
    await later(11 * DAY_MS);

    const settings = await settingsOf(t, admin);
    expect(settings).toMatchObject({ screenshotRetentionDays: 30, retentionDays: 365 });
    const { db } = t.hub.database;
    expect(await sweepRetention(db, clock, settings)).toEqual({
      requestsDeleted: 0,
      mediaRemoved: 1,
    });

    // The old finished request: picture and snapshot gone, and it says so; the rest as it was.
    const after = await detailOf(t, admin, oldFinished);
    expect(after).toMatchObject({
      text: 'old and finished',
      requester: 'Maya',
      state: 'resolved',
      screenshot: null,
      snapshot: null,
      mediaRemoved: { at: clock.now().toISOString(), hadScreenshot: true },
    });
    expect(after.events).toEqual(before.events);
    expect(after.updatedAt).toBe(before.updatedAt);
    const picture = await t.http(`/api/requests/${oldFinished}/screenshot`, { token: admin });
    expect(picture.body).toEqual({ ok: false, error: 'not-found' });

    // The open one, however old, and the recent finished one keep everything.
    for (const kept of [oldOpen, recentFinished]) {
      const detail = await detailOf(t, admin, kept);
      expect(detail.screenshot).toMatchObject({ type: 'image/jpeg', bytes: 2048 });
      expect(detail.snapshot).toEqual(SNAPSHOT);
      expect(detail.mediaRemoved).toBeUndefined();
      const bytes = await fetch(`${t.hub.url}/api/requests/${kept}/screenshot`, {
        headers: { authorization: `Bearer ${admin}` },
      });
      expect(Buffer.from(await bytes.arrayBuffer()).equals(sampleJpeg())).toBe(true);
    }
    expect(await countRows(db, 'screenshots')).toBe(2);
    expect(await countRows(db, 'requests')).toBe(3);
    // A second sweep finds nothing more to do.
    expect(await sweepRetention(db, clock, settings)).toEqual({
      requestsDeleted: 0,
      mediaRemoved: 0,
    });

    // After `retentionDays` the old finished request goes whole; the recent one has lost its
    // picture by then; the open one keeps all.
    await later(335 * DAY_MS);
    expect(await sweepRetention(db, clock, settings)).toEqual({
      requestsDeleted: 1,
      mediaRemoved: 1,
    });
    const gone = await t.http(`/api/requests/${oldFinished}`, { token: admin });
    expect(gone.body).toEqual({ ok: false, error: 'not-found' });
    expect(await detailOf(t, admin, recentFinished)).toMatchObject({
      text: 'recent and finished',
      screenshot: null,
      snapshot: null,
      mediaRemoved: { hadScreenshot: true },
    });
    expect(await detailOf(t, admin, oldOpen)).toMatchObject({
      screenshot: { type: 'image/jpeg' },
      snapshot: SNAPSHOT,
    });
    expect(await countRows(db, 'screenshots')).toBe(1);
  });

  test('the screenshot retention is a setting of 1 to 365 days, 30 unless chosen', async ({
    t,
    admin,
  }) => {
    expect((await settingsOf(t, admin)).screenshotRetentionDays).toBe(30);
    const put = (screenshotRetentionDays: unknown) =>
      t.http<HubSettingsView>('/api/settings', {
        token: admin,
        method: 'PUT',
        body: { hubAddress: null, retentionDays: 365, screenshotRetentionDays },
      });
    for (const wrong of [0, 366, 1.5, '30', null])
      expect((await put(wrong)).body).toEqual({ ok: false, error: 'invalid-payload' });
    expect((await settingsOf(t, admin)).screenshotRetentionDays).toBe(30);
    expect((await put(7)).body).toMatchObject({ ok: true, data: { screenshotRetentionDays: 7 } });
    expect((await settingsOf(t, admin)).screenshotRetentionDays).toBe(7);
    // Left out, it stays as it is.
    const other = await t.http<HubSettingsView>('/api/settings', {
      token: admin,
      method: 'PUT',
      body: { hubAddress: null, retentionDays: 200 },
    });
    expect(other.body).toMatchObject({ ok: true, data: { screenshotRetentionDays: 7 } });
  });
});
