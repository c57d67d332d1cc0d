import { gzipSync } from 'node:zlib';
import { describe, expect } from 'vitest';
import { io } from 'socket.io-client';
import {
  AGENT_NAMESPACE,
  CONSOLE_NAMESPACE,
  HELP_RATE_LIMIT,
  PROTOCOL_VERSION,
  type Device,
  type HelpRequest,
  type HelpRequestDetail,
} from '@handraise/shared';
import { fullReport, hashesOf, sampleJpeg, sampleSections } from './testing/sample-inventory.ts';
import { hubTest as test } from './testing/hub-test.ts';
import { nextEvent, nextEventMatching, unchecked, whenConnected } from './testing/test-hub.ts';

const helpRequest = (overrides: Record<string, unknown> = {}) => ({
  idempotencyKey: crypto.randomUUID(),
  category: 'printer' as const,
  text: 'The printer in room 12 says paper jam but there is no paper stuck',
  createdAt: new Date().toISOString(),
  ...overrides,
});

describe('sockets', () => {
  test('refuses sockets without valid credentials, on every namespace', async ({
    t,
    admin,
    device,
  }) => {
    const refused = (url: string, auth: Record<string, unknown>) =>
      whenConnected(io(url, { auth, reconnection: false, transports: ['websocket'] }));
    await expect(refused(`${t.hub.url}${AGENT_NAMESPACE}`, {})).rejects.toThrow('unauthorized');
    await expect(
      refused(`${t.hub.url}${AGENT_NAMESPACE}`, {
        ...device,
        secret: 'x'.repeat(43),
        protocolVersion: PROTOCOL_VERSION,
        agentVersion: '1',
      }),
    ).rejects.toThrow('unauthorized');
    await expect(
      refused(`${t.hub.url}${CONSOLE_NAMESPACE}`, { token: 'y'.repeat(43) }),
    ).rejects.toThrow('unauthorized');
    // A device secret is not a console token.
    await expect(
      refused(`${t.hub.url}${CONSOLE_NAMESPACE}`, { token: device.secret }),
    ).rejects.toThrow('unauthorized');
    await expect(refused(`${t.hub.url}/`, { token: admin })).rejects.toThrow('unauthorized');
  });

  test('stores a full inventory, then answers unchanged check-ins and asks for a full one when out of step', async ({
    device,
    coordinator,
    agent,
  }) => {
    const sections = sampleSections();
    // The agent's own arrival is announced too, maybe after this starts listening: skip it.
    const pushed = nextEventMatching<Device>(
      coordinator,
      'device:updated',
      (d) => d.softwareCount > 0,
    );
    expect(await agent.emitWithAck('inventory:report', fullReport(sections))).toEqual({
      ok: true,
      data: { status: 'stored' },
    });
    const device1 = await pushed;
    expect(device1).toMatchObject({
      id: device.deviceId,
      online: true,
      softwareCount: 2,
      updatesCount: 1,
      os: sections.os,
    });

    const delta = {
      kind: 'delta' as const,
      collectedAt: new Date().toISOString(),
      hashes: hashesOf(sections),
      sections: {},
      notes: [],
    };
    expect(await agent.emitWithAck('inventory:report', delta)).toEqual({
      ok: true,
      data: { status: 'unchanged' },
    });

    // Only software changed: the delta carries that section alone.
    const software = [
      ...sections.software,
      { name: 'scratch-desktop', version: '3.29.1', source: 'dpkg' as const },
    ];
    const changed = {
      ...delta,
      hashes: hashesOf({ ...sections, software }),
      sections: { software },
    };
    expect(await agent.emitWithAck('inventory:report', changed)).toEqual({
      ok: true,
      data: { status: 'stored' },
    });
    const detail = await coordinator.emitWithAck('device:get', { deviceId: device.deviceId });
    expect(detail.ok && detail.data.software.map((s) => s.name)).toEqual([
      'firefox-esr',
      'libreoffice',
      'scratch-desktop',
    ]);
    expect(detail.ok && detail.data.updates).toEqual(sections.updates);
    expect(detail.ok && detail.data.hardware).toEqual(sections.hardware);

    // The agent believes the OS section differs from what the hub holds, without sending it.
    const outOfStep = {
      ...delta,
      hashes: { ...hashesOf({ ...sections, software }), os: 'a'.repeat(64) },
    };
    expect(await agent.emitWithAck('inventory:report', outOfStep)).toEqual({
      ok: true,
      data: { status: 'need-full' },
    });

    // A section whose content does not match its hash is refused, not stored.
    const lying = {
      ...delta,
      hashes: { ...delta.hashes, software: 'b'.repeat(64) },
      sections: { software: [] },
    };
    expect(await agent.emitWithAck('inventory:report', lying)).toEqual({
      ok: false,
      error: 'invalid-payload',
    });
    const after = await coordinator.emitWithAck('device:get', { deviceId: device.deviceId });
    expect(after.ok && after.data.softwareCount).toBe(3);
  });

  test('accepts a gzip-compressed report, and refuses one that is not gzip, not a report, or a bomb', async ({
    device,
    coordinator,
    agent,
  }) => {
    const report = fullReport();
    const compressed = { encoding: 'gzip' as const, data: gzipSync(JSON.stringify(report)) };
    expect(await agent.emitWithAck('inventory:report', compressed)).toEqual({
      ok: true,
      data: { status: 'stored' },
    });
    const detail = await coordinator.emitWithAck('device:get', { deviceId: device.deviceId });
    expect(detail.ok && detail.data.softwareCount).toBe(sampleSections().software.length);

    const refused = [
      { encoding: 'gzip' as const, data: Buffer.from('not gzip at all') },
      { encoding: 'gzip' as const, data: gzipSync('{"kind":"full"}') },
      { encoding: 'gzip' as const, data: gzipSync('[1,2,3') },
      // 64 MiB of zeros compress to ~64 KB: inflating stops at the limit instead of filling memory.
      { encoding: 'gzip' as const, data: gzipSync(Buffer.alloc(64 * 1024 * 1024)) },
      { encoding: 'brotli', data: gzipSync(JSON.stringify(report)) },
    ];
    for (const payload of refused) {
      expect(await unchecked(agent).emitWithAck('inventory:report', payload)).toEqual({
        ok: false,
        error: 'invalid-payload',
      });
    }
  });

  test('asks a new device for its full inventory before anything else', async ({ agent }) => {
    const sections = sampleSections();
    const delta = {
      kind: 'delta' as const,
      collectedAt: new Date().toISOString(),
      hashes: hashesOf(sections),
      sections: {},
      notes: [],
    };
    expect(await agent.emitWithAck('inventory:report', delta)).toEqual({
      ok: true,
      data: { status: 'need-full' },
    });
  });

  test("relays a coordinator's request for a fresh inventory to the device", async ({
    device,
    coordinator,
    agent,
  }) => {
    const asked = nextEvent<void>(agent, 'inventory:request');
    expect(
      await coordinator.emitWithAck('device:request-inventory', { deviceId: device.deviceId }),
    ).toEqual({ ok: true, data: { delivered: true } });
    await asked;
  });

  test('delivers a help request with its screenshot live, stores it once, and serves the screenshot back byte for byte', async ({
    t,
    admin,
    device,
    coordinator,
    agent,
  }) => {
    const screenshot = sampleJpeg(200 * 1024);
    const request = helpRequest({
      screenshot,
      snapshot: { os: sampleSections().os, softwareCount: 2 },
    });
    const pushed = nextEvent<HelpRequest>(coordinator, 'request:created');
    const first = await agent.emitWithAck('help:create', request);
    expect(first).toMatchObject({ ok: true, data: { duplicate: false } });
    const live = await pushed;
    expect(live).toMatchObject({
      deviceId: device.deviceId,
      deviceName: 'lab-pc-01',
      category: 'printer' as const,
      state: 'new',
      screenshot: { type: 'image/jpeg', bytes: screenshot.length },
    });

    // The same request again (a retry after a lost acknowledgement) is not stored twice.
    const again = await agent.emitWithAck('help:create', request);
    expect(again).toEqual({ ok: true, data: { requestId: live.id, duplicate: true } });
    const list = await t.http<HelpRequest[]>('/api/requests', { token: admin });
    expect(list.body.ok && list.body.data.length).toBe(1);

    const served = await fetch(`${t.hub.url}/api/requests/${live.id}/screenshot`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(served.headers.get('content-type')).toBe('image/jpeg');
    // Never kept in a browser's cache, where it would outlive a sign-out on a shared computer.
    expect(served.headers.get('cache-control')).toBe('no-store');
    expect(Buffer.from(await served.arrayBuffer()).equals(screenshot)).toBe(true);

    const detail = await t.http<HelpRequestDetail>(`/api/requests/${live.id}`, { token: admin });
    expect(detail.body.ok && detail.body.data.snapshot).toEqual({
      os: sampleSections().os,
      softwareCount: 2,
    });
    expect(detail.body.ok && detail.body.data.events.map((e) => [e.kind, e.actor.type])).toEqual([
      ['created', 'device'],
    ]);
  });

  test('refuses screenshots that are not JPEG, PNG or WebP, whatever they claim', async ({
    t,
    admin,
    agent,
  }) => {
    const gif = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1');
    expect(await agent.emitWithAck('help:create', helpRequest({ screenshot: gif }))).toEqual({
      ok: false,
      error: 'unsupported-screenshot',
    });
    const html = Buffer.from('<script>alert(1)</script>');
    expect(await agent.emitWithAck('help:create', helpRequest({ screenshot: html }))).toEqual({
      ok: false,
      error: 'unsupported-screenshot',
    });
    const list = await t.http<HelpRequest[]>('/api/requests', { token: admin });
    expect(list.body).toEqual({ ok: true, data: [] });
  });

  test('limits how many requests one device can raise per minute', async ({ t, agent }) => {
    const results = [];
    for (let i = 0; i < HELP_RATE_LIMIT.requests + 2; i++)
      results.push(await agent.emitWithAck('help:create', helpRequest()));
    expect(results.filter((r) => r.ok)).toHaveLength(HELP_RATE_LIMIT.requests);
    expect(results.at(-1)).toEqual({ ok: false, error: 'rate-limited' });
    // Another device is not affected.
    const other = await t.connectAgent(await t.enroll('lab-pc-02'));
    expect(await other.emitWithAck('help:create', helpRequest())).toMatchObject({ ok: true });
  });

  test('shows devices going offline and online to consoles', async ({
    t,
    device,
    coordinator,
    agent,
  }) => {
    const offline = nextEventMatching<Device>(coordinator, 'device:updated', (d) => !d.online);
    agent.disconnect();
    expect(await offline).toMatchObject({ id: device.deviceId, online: false });
    const online = nextEventMatching<Device>(coordinator, 'device:updated', (d) => d.online);
    await t.connectAgent(device);
    expect(await online).toMatchObject({ id: device.deviceId, online: true });
  });
});
