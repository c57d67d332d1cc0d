// Agent releases on a real hub: uploads checked against the school's key, offers to agents of the
// right kind, downloads only with a device's own credentials, and the fleet's versions by scope.
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  releaseSigningText,
  type AgentRelease,
  type AgentUpdateSettings,
  type AgentVersionsSummary,
  type ReleaseManifest,
  type UpdateOffer,
} from '@handraise/shared';
import { advisorConsole, computerIn } from '../testing/school.ts';
import { startTestHub, type TestHub } from '../testing/test-hub.ts';
import { RELEASE_MANIFEST_HEADER } from './release-routes.ts';

function keyPair() {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const x = publicKey.export({ format: 'jwk' }).x ?? '';
  return { privateKey, publicKey: Buffer.from(x, 'base64url').toString('base64') };
}

const school = keyPair();
const stranger = keyPair();

function signed(
  body: Buffer,
  build: Pick<ReleaseManifest, 'version' | 'platform' | 'arch'>,
  key = school,
) {
  const manifest: ReleaseManifest = {
    ...build,
    sha256: createHash('sha256').update(body).digest('hex'),
    size: body.length,
  };
  const signature = sign(null, Buffer.from(releaseSigningText(manifest)), key.privateKey).toString(
    'base64',
  );
  return { manifest, signature };
}

let t: TestHub;
let admin: string;

async function upload(
  body: Buffer,
  release: { manifest: ReleaseManifest; signature: string },
  token = admin,
) {
  const response = await fetch(`${t.hub.url}/api/agent-releases`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/octet-stream',
      [RELEASE_MANIFEST_HEADER]: Buffer.from(JSON.stringify(release)).toString('base64'),
    },
    body,
  });
  return {
    status: response.status,
    body: (await response.json()) as { ok: boolean; error?: string; data?: AgentRelease },
  };
}

const listed = async () => {
  const answer = await t.http<AgentRelease[]>('/api/agent-releases', { token: admin });
  if (!answer.body.ok) throw new Error(answer.body.error);
  return answer.body.data;
};
const packageFiles = () => {
  try {
    return readdirSync(join(t.dataDir, 'agent-releases'));
  } catch {
    return [];
  }
};

beforeAll(async () => {
  t = await startTestHub();
  admin = await t.signIn();
});
afterAll(() => t.close());

describe('agent releases', () => {
  const LINUX = { platform: 'linux', arch: 'x64' } as const;
  const v2 = Buffer.from('agent 2.0.0 for linux');

  it('refuses an upload before the school has a release key, and keeps nothing', async () => {
    const answer = await upload(v2, signed(v2, { version: '2.0.0', ...LINUX }));
    expect([answer.status, answer.body.error]).toEqual([409, 'invalid-state']);
    expect(await listed()).toEqual([]);
    expect(packageFiles()).toEqual([]);
  });

  it('saves settings and refuses bad ones without changing anything', async () => {
    const saved = await t.http<AgentUpdateSettings>('/api/agent-updates/settings', {
      method: 'PUT',
      token: admin,
      body: { enabled: true, releaseKeys: [school.publicKey] },
    });
    expect(saved.body).toEqual({
      ok: true,
      data: {
        enabled: true,
        releaseKeys: [school.publicKey],
        schoolHours: { days: [1, 2, 3, 4, 5], start: '07:30', end: '16:30' },
      },
    });
    for (const bad of [
      { schoolHours: { days: [1], start: '16:30', end: '07:30' } },
      { releaseKeys: ['not a key'] },
      { enabled: 'yes' },
    ]) {
      const refused = await t.http('/api/agent-updates/settings', {
        method: 'PUT',
        token: admin,
        body: bad,
      });
      expect([refused.status, refused.body.ok]).toEqual([400, false]);
      // Said in words, naming the field.
      expect((refused.body as { message?: string }).message).toMatch(
        /^(schoolHours|releaseKeys|enabled)\b/,
      );
    }
    const overnight = await t.http('/api/agent-updates/settings', {
      method: 'PUT',
      token: admin,
      body: { schoolHours: { days: [1], start: '22:00', end: '06:00' } },
    });
    expect((overnight.body as { message?: string }).message).toContain(
      'hours past midnight are not supported',
    );
    const now = await t.http<AgentUpdateSettings>('/api/agent-updates/settings', { token: admin });
    expect(now.body.ok && now.body.data).toEqual(saved.body.ok && saved.body.data);
  });

  it('refuses a release signed with another key, or whose package is not the signed one', async () => {
    const bySomeoneElse = await upload(v2, signed(v2, { version: '2.0.0', ...LINUX }, stranger));
    expect([bySomeoneElse.status, bySomeoneElse.body.error]).toEqual([400, 'invalid-payload']);
    const swapped = await upload(
      Buffer.from('agent 2.0.0 for linux, changed'),
      signed(v2, { version: '2.0.0', ...LINUX }),
    );
    expect([swapped.status, swapped.body.error]).toEqual([400, 'invalid-payload']);
    const noManifest = await upload(v2, { manifest: null, signature: '' } as never);
    expect([noManifest.status, noManifest.body.error]).toEqual([400, 'invalid-payload']);
    expect(await listed()).toEqual([]);
    expect(packageFiles()).toEqual([]);
  });

  it('keeps uploads to the coordinator', async () => {
    const teacher = await advisorConsole(t, admin, {
      username: 'tess',
      displayName: 'Tess Park',
      advisorKind: 'teacher',
    });
    const student = await advisorConsole(t, admin, {
      username: 'stu',
      displayName: 'Stu Lee',
      advisorKind: 'student',
      scope: { sites: [], rooms: ['Room 12'] },
    });
    for (const token of [teacher.token, student.token]) {
      const refused = await upload(v2, signed(v2, { version: '2.0.0', ...LINUX }), token);
      expect([refused.status, refused.body.error]).toEqual([403, 'forbidden']);
      const settings = await t.http('/api/agent-updates/settings', {
        method: 'PUT',
        token,
        body: { enabled: false },
      });
      expect(settings.status).toBe(403);
    }
    expect(await listed()).toEqual([]);
    const refusedVersions = await t.http('/api/agent-versions', { token: student.token });
    expect([refusedVersions.status, refusedVersions.body]).toEqual([
      403,
      { ok: false, error: 'forbidden' },
    ]);
  });

  it('offers the newest release of its kind to an older agent, and the package only to it', async () => {
    const uploaded = await upload(v2, signed(v2, { version: '2.0.0', ...LINUX }));
    expect(uploaded.status).toBe(201);
    const release = uploaded.body.data as AgentRelease;
    const again = await upload(v2, signed(v2, { version: '2.0.0', ...LINUX }));
    expect([again.status, again.body.error]).toEqual([409, 'conflict']);
    const mac = Buffer.from('agent 2.0.0 for macs');
    const macRelease = (
      await upload(mac, signed(mac, { version: '2.0.0', platform: 'macos', arch: 'arm64' }))
    ).body.data as AgentRelease;

    const linuxPc = await computerIn(t, admin, 'lab-01', 'Library');
    const offer = await linuxPc.agent.emitWithAck('update:check', { version: '1.0.0', ...LINUX });
    expect(offer).toEqual({
      ok: true,
      data: {
        releaseId: release.id,
        manifest: { version: '2.0.0', ...LINUX, sha256: release.sha256, size: v2.length },
        signature: release.signature,
        packagePath: `/api/agent-releases/${release.id}/package`,
        schoolHours: { days: [1, 2, 3, 4, 5], start: '07:30', end: '16:30' },
      } satisfies UpdateOffer,
    });
    // Never a downgrade, nor the same version again.
    for (const version of ['2.0.0', '2.1.0'])
      expect(await linuxPc.agent.emitWithAck('update:check', { version, ...LINUX })).toEqual({
        ok: true,
        data: null,
      });

    // A computer whose credentials the test holds: the package is fetched with them.
    const pc = await t.enroll('lab-02');
    const agent = await t.connectAgent(pc);
    await agent.emitWithAck('update:check', { version: '1.0.0', ...LINUX });
    const get = (id: string, headers: Record<string, string>) =>
      fetch(`${t.hub.url}/api/agent-releases/${id}/package`, { headers });
    const own = { 'x-handraise-device': pc.deviceId, authorization: `Bearer ${pc.secret}` };
    const fetched = await get(release.id, own);
    expect(fetched.status).toBe(200);
    expect(Buffer.from(await fetched.arrayBuffer())).toEqual(v2);

    const otherKind = await get(macRelease.id, own);
    expect([otherKind.status, await otherKind.json()]).toEqual([
      404,
      { ok: false, error: 'not-found' },
    ]);
    const none = await get('00000000-0000-4000-8000-000000000000', own);
    expect(none.status).toBe(404);
    const wrongSecret = await get(release.id, {
      ...own,
      authorization: `Bearer ${'x'.repeat(32)}`,
    });
    expect(wrongSecret.status).toBe(401);
    const noCredentials = await get(release.id, {});
    expect(noCredentials.status).toBe(401);
  });

  it('keeps outcomes and counts versions per platform, a teacher seeing their scope', async () => {
    const library = await computerIn(t, admin, 'lib-01', 'Library');
    await library.agent.emitWithAck('update:check', {
      version: '1.0.0',
      platform: 'linux',
      arch: 'x64',
    });
    const outcome = await library.agent.emitWithAck('update:outcome', {
      version: '2.0.0',
      result: 'rolled-back',
      detail: 'did not connect to the hub in time',
    });
    expect(outcome).toEqual({ ok: true, data: { recorded: true } });
    const bad = await library.agent.emitWithAck('update:outcome', {
      version: 'soon',
      result: 'installed',
    } as never);
    expect(bad).toEqual({ ok: false, error: 'invalid-payload' });

    const all = await t.http<AgentVersionsSummary>('/api/agent-versions', { token: admin });
    if (!all.body.ok) throw new Error(all.body.error);
    expect(all.body.data.offered).toEqual([
      { platform: 'linux', arch: 'x64', version: '2.0.0' },
      { platform: 'macos', arch: 'arm64', version: '2.0.0' },
    ]);
    expect(all.body.data.problems).toEqual([
      expect.objectContaining({
        deviceId: library.deviceId,
        version: '2.0.0',
        result: 'rolled-back',
        detail: 'did not connect to the hub in time',
      }),
    ]);
    const total = all.body.data.versions.reduce((sum, row) => sum + row.devices, 0);
    // lab-01, lab-02 and lib-01, every one running an agent older than 2.0.0.
    expect(total).toBe(3);
    expect(all.body.data.versions.every((row) => row.platform === 'linux' && row.behind)).toBe(
      true,
    );

    const teacher = await advisorConsole(t, admin, {
      username: 'tom',
      displayName: 'Tom Reyes',
      advisorKind: 'teacher',
      scope: { sites: [], rooms: ['Library'] },
    });
    const scoped = await t.http<AgentVersionsSummary>('/api/agent-versions', {
      token: teacher.token,
    });
    if (!scoped.body.ok) throw new Error(scoped.body.error);
    expect(scoped.body.data.versions.reduce((sum, row) => sum + row.devices, 0)).toBe(2);
  });

  it('refuses a check as another kind of computer and outcomes for releases it does not have', async () => {
    // The inventory says linux: asking as a mac would be offered the mac build.
    const pc = await computerIn(t, admin, 'lab-09', 'Library');
    const before = await t.http<AgentVersionsSummary>('/api/agent-versions', { token: admin });
    const posing = await pc.agent.emitWithAck('update:check', {
      version: '1.0.0',
      platform: 'macos',
      arch: 'arm64',
    });
    expect(posing).toEqual({ ok: false, error: 'not-found' });
    const checks = await t.hub.database.db
      .selectFrom('device_updates')
      .selectAll()
      .where('device_id', '=', pc.deviceId)
      .execute();
    expect(checks).toEqual([]);

    await pc.agent.emitWithAck('update:check', { version: '1.0.0', ...LINUX });
    const madeUp = await pc.agent.emitWithAck('update:outcome', {
      version: '9.9.9',
      result: 'rolled-back',
      detail: 'nothing like this was offered',
    });
    expect(madeUp).toEqual({ ok: false, error: 'not-found' });
    const after = await t.http<AgentVersionsSummary>('/api/agent-versions', { token: admin });
    if (!before.body.ok || !after.body.ok) throw new Error('versions not read');
    expect(after.body.data.problems).toEqual(before.body.data.problems);

    // A real release's outcome is kept, its detail cut to a few words.
    const long = await pc.agent.emitWithAck('update:outcome', {
      version: '2.0.0',
      result: 'failed',
      detail: 'x'.repeat(500),
    });
    expect(long).toEqual({ ok: true, data: { recorded: true } });
    const kept = await t.hub.database.db
      .selectFrom('device_updates')
      .select('outcome_detail')
      .where('device_id', '=', pc.deviceId)
      .executeTakeFirstOrThrow();
    expect(kept.outcome_detail).toBe('x'.repeat(200));

    // Without a release key while releases are kept: refused in a sentence, nothing changed.
    const keysBefore = await t.http<AgentUpdateSettings>('/api/agent-updates/settings', {
      token: admin,
    });
    const keyless = await t.http('/api/agent-updates/settings', {
      method: 'PUT',
      token: admin,
      body: { releaseKeys: [] },
    });
    expect([keyless.status, keyless.body.ok]).toEqual([400, false]);
    expect((keyless.body as { message?: string }).message).toContain(
      'keep at least one release key',
    );
    const keysAfter = await t.http<AgentUpdateSettings>('/api/agent-updates/settings', {
      token: admin,
    });
    expect(keysAfter.body).toEqual(keysBefore.body);

    // Revoked, it can never update: no longer counted (as behind or at all).
    const counted = async () => {
      const answer = await t.http<AgentVersionsSummary>('/api/agent-versions', { token: admin });
      if (!answer.body.ok) throw new Error(answer.body.error);
      return answer.body.data.versions.reduce((sum, row) => sum + row.devices, 0);
    };
    const beforeRevoke = await counted();
    const revoked = await t.http(`/api/devices/${pc.deviceId}/revoke`, {
      method: 'POST',
      token: admin,
    });
    expect(revoked.status).toBe(200);
    expect(await counted()).toBe(beforeRevoke - 1);
  });

  it('deletes a release for the coordinator only', async () => {
    const [first] = await listed();
    if (!first) throw new Error('no release');
    const missing = await t.http('/api/agent-releases/00000000-0000-4000-8000-000000000000', {
      method: 'DELETE',
      token: admin,
    });
    expect(missing.status).toBe(404);
    const removed = await t.http(`/api/agent-releases/${first.id}`, {
      method: 'DELETE',
      token: admin,
    });
    expect(removed.body).toEqual({ ok: true, data: { removed: true } });
    expect((await listed()).map((r) => r.id)).not.toContain(first.id);
    expect(packageFiles()).not.toContain(`${first.id}.package`);
  });
});
