// Screenshots are never kept longer than the requests they belong to: a save that would do so is
// refused with a sentence and changes nothing, whether it names both numbers or only the request
// retention (the screenshot one then being the saved value).
import { describe, expect } from 'vitest';
import type { HubSettingsView } from '@handraise/shared';
import { SCREENSHOTS_OUTLAST_REQUESTS } from './http/admin-routes.ts';
import { hubTest as test } from './testing/hub-test.ts';
import type { TestHub } from './testing/test-hub.ts';

async function saved(t: TestHub, admin: string) {
  const { body } = await t.http<HubSettingsView>('/api/settings', { token: admin });
  if (!body.ok) throw new Error(body.error);
  return { retentionDays: body.data.retentionDays, shots: body.data.screenshotRetentionDays };
}

function put(t: TestHub, admin: string, body: Record<string, unknown>) {
  return t.http<HubSettingsView>('/api/settings', {
    token: admin,
    method: 'PUT',
    body: { hubAddress: null, ...body },
  });
}

describe('screenshot retention against request retention', () => {
  test('refuses screenshots kept longer than requests, and changes nothing', async ({
    t,
    admin,
  }) => {
    expect(await saved(t, admin)).toEqual({ retentionDays: 365, shots: 30 });
    const both = await put(t, admin, { retentionDays: 60, screenshotRetentionDays: 90 });
    expect(both.status).toBe(400);
    expect(both.body).toEqual({
      ok: false,
      error: 'invalid-payload',
      message: SCREENSHOTS_OUTLAST_REQUESTS,
    });
    // Only the request retention, below the saved 30 days of screenshots.
    const shorter = await put(t, admin, { retentionDays: 14 });
    expect(shorter.body).toMatchObject({ ok: false, error: 'invalid-payload' });
    expect(await saved(t, admin)).toEqual({ retentionDays: 365, shots: 30 });
  });

  test('takes screenshots kept as long as requests, or shorter', async ({ t, admin }) => {
    expect(
      (await put(t, admin, { retentionDays: 30, screenshotRetentionDays: 30 })).body,
    ).toMatchObject({ ok: true });
    expect(
      (await put(t, admin, { retentionDays: 14, screenshotRetentionDays: 7 })).body,
    ).toMatchObject({ ok: true });
    // Left out, the saved 7 days fit under 10.
    expect((await put(t, admin, { retentionDays: 10 })).body).toMatchObject({ ok: true });
    expect(await saved(t, admin)).toEqual({ retentionDays: 10, shots: 7 });
  });
});
