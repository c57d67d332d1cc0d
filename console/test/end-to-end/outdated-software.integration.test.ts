// A fleet of simulated agents on real sockets, judged by the real hub: which devices are behind on
// what and why, how a pending update and its installation move a device, and update tasks that
// tick themselves off.
import pino from 'pino';
import { describe, expect } from 'vitest';
import type {
  DeviceTitleVerdict,
  EnrollmentTokenCreated,
  SoftwareTitleDetail,
  SoftwareTitleSummary,
  TitleOverride,
  VerdictReason,
} from '@handraise/shared';
import { connectSimulated, enrollSimulated } from '../../bench/simulation/simulated-agent.ts';
import { createHub } from '../../src/hub/create-hub.ts';
import { nextEvent } from '../../src/hub/testing/test-hub.ts';
import { clock, FLEET, line, NEWEST_CHROME } from '../support/outdated-fleet.ts';
import { fleetTest } from './support/fleet-test.ts';

const kinds = (reasons: readonly VerdictReason[]) => reasons.map((r) => r.kind);

describe('outdated software across a simulated fleet', () => {
  fleetTest(
    'lists Chrome, one title on three platforms, first, with the devices behind',
    async ({ get }) => {
      const titles = await get<SoftwareTitleSummary[]>('/api/software');
      const chromeTitle = titles.find((s) => s.key === 'chrome');
      expect(chromeTitle).toMatchObject({
        name: 'Google Chrome',
        deviceCount: 7,
        // pc-02 (winget), pc-03 (fleet), lab-deb-01 (apt, security)
        behindCount: 3,
        pendingCount: 2,
        securityCount: 1,
        platforms: ['linux', 'macos', 'windows'],
      });
      expect(titles[0]!.behindCount).toBeGreaterThanOrEqual(chromeTitle!.behindCount);
      // pc-02 and pc-03 (Chrome; pc-03 also 7-Zip and Windows 10) and lab-deb-01 (Chrome, security).
      expect(await get('/api/software/overview')).toEqual({
        devices: 7,
        devicesBehind: 3,
        devicesWithSecurityUpdates: 1,
        titlesBehind: 3,
      });
      expect(await get('/api/software/overview?room=Library')).toEqual({
        devices: 2,
        devicesBehind: 0,
        devicesWithSecurityUpdates: 0,
        titlesBehind: 0,
      });
      const sorted = titles.map((s) => s.behindCount);
      expect(sorted).toEqual([...sorted].sort((a, b) => b - a));
      expect(chromeTitle!.versions.filter((v) => v.platform === 'windows')).toEqual([
        { version: NEWEST_CHROME, platform: 'windows', deviceCount: 1, newest: true },
        { version: '130.0.6723.117', platform: 'windows', deviceCount: 1, newest: false },
        { version: '129.0.6668.90', platform: 'windows', deviceCount: 1, newest: false },
      ]);
    },
  );

  fleetTest('gives each device its reasons, strongest signal first', async ({ get }) => {
    const detail = await get<SoftwareTitleDetail>('/api/software/chrome');
    expect(line(detail, 'r204-pc-02')).toMatchObject({
      status: 'behind',
      version: '130.0.6723.117',
      targetVersion: NEWEST_CHROME,
      reasons: [
        {
          kind: 'pending-update',
          source: 'winget',
          availableVersion: NEWEST_CHROME,
          security: false,
        },
        { kind: 'fleet-newer', newestVersion: NEWEST_CHROME, devicesNewer: 1 },
      ],
    });
    expect(line(detail, 'r204-pc-03')).toMatchObject({
      status: 'behind',
      targetVersion: NEWEST_CHROME,
      reasons: [{ kind: 'fleet-newer', newestVersion: NEWEST_CHROME, devicesNewer: 2 }],
    });
    expect(line(detail, 'r204-pc-01')).toMatchObject({
      status: 'current',
      reasons: [{ kind: 'fleet-newest', devices: 3 }],
    });
    expect(line(detail, 'lab-deb-01')).toMatchObject({
      status: 'behind',
      source: 'dpkg',
      targetVersion: '131.0.6778.108-1',
      reasons: [{ kind: 'pending-update', source: 'apt', security: true }],
    });
    // apt asked and offers nothing: current, whatever the other Debian machine runs.
    expect(line(detail, 'lab-deb-02')).toMatchObject({
      status: 'current',
      reasons: [{ kind: 'manager-current', manager: 'apt' }],
    });
    expect(kinds(line(detail, 'lib-mac-01').reasons)).toEqual(['fleet-newest']);
    expect(detail.names).toEqual(
      expect.arrayContaining([
        { name: 'Google Chrome', source: 'registry', deviceCount: 3 },
        { name: 'Google Chrome', source: 'macapp', deviceCount: 2 },
        { name: 'google-chrome-stable', source: 'dpkg', deviceCount: 2 },
      ]),
    );
  });

  fleetTest(
    'does not call a Debian package behind a newer one that apt does not offer',
    async ({ get }) => {
      const openssl = await get<SoftwareTitleDetail>('/api/software/openssl');
      expect(openssl.behindCount).toBe(0);
      expect(openssl.devices.map((d) => d.status)).toEqual(['current', 'current']);
    },
  );

  fleetTest(
    'judges operating systems by the bundled end-of-life table',
    async ({ agents, get }) => {
      const pc3 = agents.get('r204-pc-03')!;
      const outdated = await get<DeviceTitleVerdict[]>(`/api/devices/${pc3.deviceId}/outdated`);
      const os = outdated.find((o) => o.key === 'os:windows-10');
      expect(os).toMatchObject({ status: 'behind' });
      expect(os!.reasons).toContainEqual(
        expect.objectContaining({ kind: 'os-end-of-life', endOfLife: '2025-10-14' }),
      );
      expect(outdated.map((o) => o.key)).toContain('chrome');
      const pc1 = agents.get('r204-pc-01')!;
      const pc1Outdated = await get<DeviceTitleVerdict[]>(`/api/devices/${pc1.deviceId}/outdated`);
      expect(pc1Outdated.map((o) => o.key)).not.toContain('os:windows-11');
    },
  );

  fleetTest(
    'applies policies: minimum version, banned and required titles',
    async ({ t, token, consoleSocket, get }) => {
      const sevenZip = (await get<SoftwareTitleSummary[]>('/api/software')).find((s) =>
        s.name.startsWith('7-Zip'),
      )!;
      const changed = nextEvent<{ keys: string[] | null }>(consoleSocket, 'software:changed');
      for (const body of [
        { titleKey: sevenZip.key, kind: 'minimum', version: '24.08', platform: 'windows' },
        { titleKey: 'utorrent', kind: 'banned' },
        {
          titleKey: 'geogebra-classic',
          titleName: 'GeoGebra Classic',
          kind: 'required',
          platform: 'windows',
        },
      ]) {
        const { status } = await t.http('/api/software/policies', { token, body });
        expect(status).toBe(201);
      }
      // Consoles are told to refetch: a rule can change any title's verdicts.
      expect(await changed).toEqual({ keys: null });
      const zip = await get<SoftwareTitleDetail>(`/api/software/${sevenZip.key}`);
      expect(line(zip, 'r204-pc-03')).toMatchObject({
        status: 'behind',
        targetVersion: '24.08',
        reasons: [{ kind: 'below-minimum', minimumVersion: '24.08' }, { kind: 'fleet-newer' }],
      });
      expect(line(zip, 'r204-pc-01').reasons).toContainEqual({
        kind: 'meets-minimum',
        minimumVersion: '24.08',
      });
      const torrent = await get<SoftwareTitleDetail>('/api/software/utorrent');
      expect(line(torrent, 'r204-pc-01')).toMatchObject({
        status: 'behind',
        reasons: [{ kind: 'banned' }],
      });
      const geogebra = await get<SoftwareTitleDetail>('/api/software/geogebra-classic');
      expect(geogebra.behindCount).toBe(3);
      expect(geogebra.devices.map((d) => d.reasons)).toEqual([
        [{ kind: 'required-missing' }],
        [{ kind: 'required-missing' }],
        [{ kind: 'required-missing' }],
      ]);
      // Removing the requirement removes the finding.
      const policies = await get<{ id: string; kind: string }[]>('/api/software/policies');
      const required = policies.find((p) => p.kind === 'required')!;
      await t.http(`/api/software/policies/${required.id}`, { token, method: 'DELETE' });
      expect((await t.http(`/api/software/geogebra-classic`, { token })).status).toBe(404);
    },
  );

  fleetTest(
    'imports a catalog; bad rows are refused with their row numbers and change nothing',
    async ({ t, token, get }) => {
      const bad = await t.http('/api/software/catalog', {
        token,
        method: 'PUT',
        body: {
          format: 'csv',
          text: 'title,latest version\nGoogle Chrome,\nVLC media player,3.0.21\n',
        },
      });
      expect(bad.status).toBe(400);
      expect(bad.body).toMatchObject({ ok: false, error: 'invalid-payload' });
      expect(!bad.body.ok && bad.body.message).toMatch(/row 2/);
      expect(await get<unknown[]>('/api/software/catalog')).toEqual([]);

      const good = await t.http<{ count: number }>('/api/software/catalog', {
        token,
        method: 'PUT',
        body: {
          format: 'csv',
          text: 'Title,Latest version,Release date,Source,Platform\r\nGoogle Chrome,131.0.6778.108,2024-12-03,District list,macos\r\n',
        },
      });
      expect(good.body).toEqual({ ok: true, data: { count: 1 } });
      const detail = await get<SoftwareTitleDetail>('/api/software/chrome');
      // The catalog line is for Macs only: both Macs fall behind it, the Windows PCs do not change.
      expect(line(detail, 'lib-mac-01')).toMatchObject({
        status: 'behind',
        targetVersion: '131.0.6778.108',
        reasons: [
          {
            kind: 'catalog-newer',
            latestVersion: '131.0.6778.108',
            releaseDate: '2024-12-03',
            catalogSource: 'District list',
          },
        ],
      });
      expect(line(detail, 'r204-pc-01').status).toBe('current');
      await t.http('/api/software/catalog', { token, method: 'DELETE' });
      expect(
        line(await get<SoftwareTitleDetail>('/api/software/chrome'), 'lib-mac-01').status,
      ).toBe('current');
    },
  );

  fleetTest(
    'lets the coordinator split a title by source and undo it',
    async ({ t, token, get }) => {
      const split = await t.http<TitleOverride>('/api/software/splits', {
        token,
        body: { key: 'chrome', source: 'dpkg' },
      });
      expect(split.status).toBe(201);
      const linux = await get<SoftwareTitleDetail>('/api/software/chrome.dpkg');
      expect(linux.devices.map((d) => d.deviceName).sort()).toEqual(['lab-deb-01', 'lab-deb-02']);
      expect((await get<SoftwareTitleDetail>('/api/software/chrome')).deviceCount).toBe(5);
      const undo = await t.http(`/api/software/overrides/${split.body.ok && split.body.data.id}`, {
        token,
        method: 'DELETE',
      });
      expect(undo.status).toBe(200);
      expect((await get<SoftwareTitleDetail>('/api/software/chrome')).deviceCount).toBe(7);
    },
  );

  fleetTest(
    'answers for a merged title with the one it now counts as, until the merge is undone',
    async ({ t, token, get }) => {
      const [from, into] = (await get<SoftwareTitleSummary[]>('/api/software')).map((s) => s.key);
      const merge = await t.http<TitleOverride>('/api/software/merges', {
        token,
        body: { fromKey: from, intoKey: into },
      });
      expect(merge.status).toBe(201);
      // A page or link still on the merged-away title shows the title it counts as.
      expect((await get<SoftwareTitleDetail>(`/api/software/${from}`)).key).toBe(into);
      const undo = await t.http(`/api/software/overrides/${merge.body.ok && merge.body.data.id}`, {
        token,
        method: 'DELETE',
      });
      expect(undo.status).toBe(200);
      expect((await get<SoftwareTitleDetail>(`/api/software/${from}`)).key).toBe(from);
    },
  );

  fleetTest('exports what is behind as CSV', async ({ t, token }) => {
    const response = await fetch(`${t.hub.url}/api/software/export.csv?room=Lab`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const rows = (await response.text()).trim().split('\r\n');
    expect(rows[0]).toBe('Device,Site,Room,Platform,Title,Installed,Status,Target,Why');
    expect(rows.slice(1)).toEqual([
      expect.stringMatching(
        /^lab-deb-01,,Lab,linux,Google Chrome,131\.0\.6778\.85-1,needs update,131\.0\.6778\.108-1,.*security/,
      ),
    ]);
  });

  fleetTest('refuses bad input without changing anything', async ({ t, token, get }) => {
    const before = await get<unknown[]>('/api/software/policies');
    for (const body of [
      { titleKey: 'chrome', kind: 'minimum' },
      { titleKey: 'chrome', kind: 'banned', version: '1.0' },
      { titleKey: 'Not A Key!', kind: 'banned' },
      { titleKey: 'chrome', kind: 'banned', extra: 1 },
    ]) {
      const { status } = await t.http('/api/software/policies', { token, body });
      expect(status).toBe(400);
    }
    expect(await get<unknown[]>('/api/software/policies')).toEqual(before);
    expect((await t.http('/api/software/no-such-title', { token })).status).toBe(404);
    expect((await t.http('/api/software?room=', { token })).status).toBe(400);
    const lifecycle = await t.http('/api/software/os-lifecycle', {
      token,
      method: 'PUT',
      body: { text: '{"asOf":"2026-01-01","entries":[{"osKey":"os:windows-10"}]}' },
    });
    expect(lifecycle.status).toBe(400);
    expect((await get<{ imported: boolean }>('/api/software/os-lifecycle')).imported).toBe(false);
    expect(
      (
        await t.http('/api/software/merges', {
          token,
          body: { fromKey: 'chrome', intoKey: 'chrome' },
        })
      ).status,
    ).toBe(400);
  });

  fleetTest(
    'follows a computer that is enrolled again into another room, once linked',
    async ({ t, token, get }) => {
      const p = FLEET.find((f) => f.hostname === 'lab-deb-02')!;
      const { body } = await t.http<EnrollmentTokenCreated>('/api/enrollment-tokens', {
        token,
        body: { label: 'Library', room: 'Library' },
      });
      if (!body.ok) throw new Error(body.error);
      const moved = await enrollSimulated(t.hub.url, body.data.token, p);
      // The coordinator confirms it is the same computer, re-installed; its history follows.
      const linked = await t.http('/api/reinstalls/confirm', {
        token,
        body: { deviceIds: [moved.deviceId] },
      });
      expect(linked.body).toEqual({ ok: true, data: { linked: 1 } });
      const agent = await connectSimulated(t.hub.url, moved, p);
      try {
        expect(await agent.report()).toMatchObject({ ok: true, data: { status: 'stored' } });
      } finally {
        agent.close();
      }
      const openssl = await get<SoftwareTitleDetail>('/api/software/openssl?room=Library');
      expect(openssl.devices.map((d) => [d.deviceName, d.room])).toEqual([
        ['lab-deb-02', 'Library'],
      ]);
    },
  );

  fleetTest('loads the same verdicts again when the hub restarts', async ({ t, token, get }) => {
    const before = await get<SoftwareTitleSummary[]>('/api/software');
    await t.hub.close();
    const again = await createHub({
      config: {
        dataDir: t.dataDir,
        port: 0,
        host: '127.0.0.1',
        corsOrigins: [],
        logLevel: 'silent',
      },
      clock,
      logger: pino({ level: 'silent' }),
    });
    try {
      const response = await fetch(`${again.url}/api/software`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const body = (await response.json()) as { ok: true; data: SoftwareTitleSummary[] };
      expect(body.data).toEqual(before);
    } finally {
      await again.close();
    }
  });
});
