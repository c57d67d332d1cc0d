// The console's HTTP routes on a real hub: accounts, enrollment tokens, settings and fleet
// summaries, each with its role check and its refusal of malformed bodies.
import { describe, expect } from 'vitest';
import { hubTest } from '../../src/hub/testing/hub-test.ts';
import {
  PROTOCOL_VERSION,
  type EnrollmentTokenCreated,
  type EnrollmentTokenSummary,
  type HubSettingsView,
  type PendingUpdateTitle,
  type Person,
  type SoftwareTitleSummary,
  type User,
} from '@handraise/shared';
import { fullReport, sampleSections } from '../../src/hub/testing/sample-inventory.ts';
import { TEST_ADMIN_PASSWORD } from '../../src/hub/testing/test-hub.ts';
import { ADVISOR, createAdvisor as createAdvisorOn } from '../../src/hub/testing/advisor.ts';
import { HUB_ADDRESS_NOT_AN_ORIGIN } from '../../src/hub/http/admin-routes.ts';

describe('console admin routes', () => {
  hubTest(
    'lets coordinators manage accounts; advisors see people but not accounts',
    async ({ t, admin }) => {
      expect((await t.http('/api/users')).status).toBe(401);
      const { token: samToken, user: sam } = await createAdvisorOn(t, admin);
      expect((await t.http('/api/users', { token: samToken })).status).toBe(403);
      expect((await t.http('/api/users', { token: samToken, body: ADVISOR })).status).toBe(403);

      const users = await t.http<User[]>('/api/users', { token: admin });
      expect(users.body.ok && users.body.data.map((u) => [u.username, u.role])).toEqual([
        ['admin', 'coordinator'],
        ['sam', 'advisor'],
      ]);
      const people = await t.http<Person[]>('/api/people', { token: samToken });
      expect(people.body.ok && people.body.data).toContainEqual({
        id: sam.id,
        displayName: 'Sam Okafor',
        role: 'advisor',
      });
      expect(await t.http('/api/me', { token: samToken })).toMatchObject({
        status: 200,
        body: { ok: true, data: { id: sam.id, role: 'advisor' } },
      });

      const duplicate = await t.http('/api/users', {
        token: admin,
        body: { ...ADVISOR, username: 'SAM' },
      });
      expect(duplicate).toEqual({ status: 409, body: { ok: false, error: 'invalid-state' } });
      for (const body of [
        { ...ADVISOR, username: 'sam smith' },
        { ...ADVISOR, password: 'short' },
        { ...ADVISOR, role: 'student' },
        { ...ADVISOR, displayName: '' },
        { ...ADVISOR, isAdmin: true },
      ]) {
        expect((await t.http('/api/users', { token: admin, body })).status).toBe(400);
      }
      const signIn = await t.http('/api/session', {
        body: { username: 'admin', password: TEST_ADMIN_PASSWORD },
      });
      expect(signIn.status).toBe(201);
    },
  );

  hubTest(
    'lists enrollment tokens without the tokens, and a revoked token enrolls nothing',
    async ({ t, admin }) => {
      const created = await t.http<EnrollmentTokenCreated>('/api/enrollment-tokens', {
        token: admin,
        body: { label: 'Library rollout', room: 'Library', maxUses: 30 },
      });
      if (!created.body.ok) throw new Error(created.body.error);
      const { id, token } = created.body.data;
      const enroll = () =>
        t.http('/api/enroll', {
          body: {
            token,
            identity: { hostname: 'library-pc-1' },
            protocolVersion: PROTOCOL_VERSION,
          },
        });
      expect((await enroll()).status).toBe(201);

      const list = await t.http<EnrollmentTokenSummary[]>('/api/enrollment-tokens', {
        token: admin,
      });
      expect(list.body.ok && list.body.data.find((x) => x.id === id)).toMatchObject({
        label: 'Library rollout',
        room: 'Library',
        maxUses: 30,
        uses: 1,
      });
      expect(JSON.stringify(list.body)).not.toContain(token);

      const { token: samToken } = await createAdvisorOn(t, admin);
      expect((await t.http('/api/enrollment-tokens', { token: samToken })).status).toBe(403);
      expect(
        (await t.http(`/api/enrollment-tokens/${id}`, { token: samToken, method: 'DELETE' }))
          .status,
      ).toBe(403);
      expect(
        await t.http(`/api/enrollment-tokens/${id}`, { token: admin, method: 'DELETE' }),
      ).toEqual({ status: 200, body: { ok: true, data: { revoked: true } } });
      expect((await enroll()).body).toEqual({ ok: false, error: 'invalid-token' });
      expect(
        (await t.http(`/api/enrollment-tokens/${id}`, { token: admin, method: 'DELETE' })).status,
      ).toBe(404);
      expect(
        (await t.http('/api/enrollment-tokens/not-an-id', { token: admin, method: 'DELETE' }))
          .status,
      ).toBe(400);
    },
  );

  hubTest(
    'keeps the settings coordinators save; advisors neither read nor change them',
    async ({ t, admin }) => {
      const { token: samToken } = await createAdvisorOn(t, admin);
      expect(await t.http('/api/settings', { token: samToken })).toEqual({
        status: 403,
        body: { ok: false, error: 'forbidden' },
      });
      const initial = await t.http<HubSettingsView>('/api/settings', { token: admin });
      expect(initial.body).toMatchObject({
        ok: true,
        data: { hubAddress: null, retentionDays: 365 },
      });
      expect(initial.body.ok && Array.isArray(initial.body.data.suggestedAddresses)).toBe(true);

      const update = { hubAddress: 'http://hub.school.lan:7300', retentionDays: 180 };
      expect(
        (await t.http('/api/settings', { token: samToken, method: 'PUT', body: update })).status,
      ).toBe(403);
      const saved = await t.http<HubSettingsView>('/api/settings', {
        token: admin,
        method: 'PUT',
        body: update,
      });
      expect(saved.body).toMatchObject({ ok: true, data: update });
      expect((await t.http<HubSettingsView>('/api/settings', { token: admin })).body).toMatchObject(
        { ok: true, data: update },
      );
      for (const body of [
        { ...update, hubAddress: 'ftp://hub' },
        { ...update, hubAddress: 'javascript:alert(1)' },
        { ...update, retentionDays: 1 },
        { ...update, retentionDays: 10.5 },
        { hubAddress: null },
      ]) {
        expect((await t.http('/api/settings', { token: admin, method: 'PUT', body })).status).toBe(
          400,
        );
      }
      // The address goes into commands run as root: anything but a scheme, host and port is
      // refused with a sentence, and the saved settings stay as they were.
      const putAddress = (hubAddress: string) =>
        t.http('/api/settings', { token: admin, method: 'PUT', body: { ...update, hubAddress } });
      expect((await putAddress('https://hub.lan:7300/;touch${IFS}/tmp/x;#')).body).toEqual({
        ok: false,
        error: 'invalid-payload',
        message: HUB_ADDRESS_NOT_AN_ORIGIN,
      });
      for (const hubAddress of [
        'https://hub.lan:7300/$(touch /tmp/x)',
        'https://hub`touch /tmp/x`.lan:7300',
        'https://hub$(id).lan',
        'https://hub.lan:7300|sh',
        'https://hub.lan:7300/console',
        'https://hub.lan:7300?x=1',
        'https://admin:pw@hub.lan:7300',
        'https://hub.lan:99999',
      ]) {
        const refused = await putAddress(hubAddress);
        expect(refused.status, hubAddress).toBe(400);
        expect(refused.body, hubAddress).toMatchObject({ ok: false, error: 'invalid-payload' });
      }
      expect((await t.http<HubSettingsView>('/api/settings', { token: admin })).body).toMatchObject(
        { ok: true, data: update },
      );
      for (const hubAddress of ['https://10.0.0.5', 'http://[fd00::5]:7300', 'https://hub.lan/']) {
        const accepted = await t.http<HubSettingsView>('/api/settings', {
          token: admin,
          method: 'PUT',
          body: { ...update, hubAddress },
        });
        expect(accepted.body).toMatchObject({ ok: true, data: { hubAddress } });
      }
      const cleared = await t.http<HubSettingsView>('/api/settings', {
        token: admin,
        method: 'PUT',
        body: { hubAddress: null, retentionDays: 30 },
      });
      expect(cleared.body).toMatchObject({
        ok: true,
        data: { hubAddress: null, retentionDays: 30 },
      });
    },
  );

  hubTest(
    'summarizes software by title and version, and pending updates by title',
    async ({ t, admin }) => {
      const base = sampleSections();
      const older = sampleSections({
        os: { ...base.os, hostname: 'lab-pc-02' },
        software: [
          { name: 'firefox-esr', version: '102.0esr', source: 'dpkg' },
          { name: 'firefox-esr', version: '115.9.1esr-1~deb12u1', source: 'dpkg' },
        ],
      });
      for (const [hostname, sections] of [
        ['lab-pc-01', base],
        ['lab-pc-02', older],
      ] as const) {
        const agent = await t.connectAgent(await t.enroll(hostname));
        expect(await agent.emitWithAck('inventory:report', fullReport(sections))).toMatchObject({
          ok: true,
        });
      }
      const software = await t.http<SoftwareTitleSummary[]>('/api/software', { token: admin });
      expect(software.body.ok && software.body.data.map((s) => s.key)).toEqual([
        'firefox-esr',
        'os:debian-12',
        'libreoffice',
      ]);
      const firefox = software.body.ok ? software.body.data[0]! : null;
      // The side-by-side 102 install on lab-pc-02 does not count: the newest install of a title does.
      expect(firefox).toMatchObject({
        name: 'Mozilla Firefox ESR',
        deviceCount: 2,
        behindCount: 2,
        pendingCount: 2,
        securityCount: 2,
        versions: [
          { version: '115.9.1esr-1~deb12u1', platform: 'linux', deviceCount: 2, newest: true },
        ],
      });
      const updates = await t.http<PendingUpdateTitle[]>('/api/updates/summary', { token: admin });
      expect(updates.body).toEqual({
        ok: true,
        data: [{ name: 'firefox-esr', deviceCount: 2, securityDeviceCount: 2 }],
      });
      expect((await t.http('/api/software')).status).toBe(401);
    },
  );
});
