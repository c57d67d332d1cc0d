// A hub told nothing about TLS: a new one serves HTTPS with its own certificate, one whose
// computers enrolled over http:// keeps plain HTTP (and says once how to switch), one that served
// HTTPS before keeps it. HANDRAISE_TLS=on (`self-signed`) and off still decide. Real hubs, one
// data folder each, restarted as a school would.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { HubConfig } from '../config.ts';
import { createHub } from '../create-hub.ts';
import { postJson, testHubConfig, TEST_ENROLL_TOKEN } from '../testing/test-hub.ts';
import { PROTOCOL_VERSION } from '@handraise/shared';
import { selfSignedFiles } from './hub-certificate.ts';
import { KEPT_PLAIN_HTTP_WARNING } from './tls-default.ts';
import type { HubTlsSetting } from './tls-config.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const dataFolder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'handraise-tls-default-'));
  dirs.push(dir);
  return dir;
};

/** Starts a hub on `dataDir` with `tls`, runs `use`, closes it; returns its warnings. */
async function runHub(
  dataDir: string,
  tls: HubTlsSetting,
  use: (hub: { url: string; tls: boolean }) => Promise<void> = async () => {},
): Promise<string[]> {
  const warnings: string[] = [];
  const logger = pino(
    { level: 'warn' },
    {
      write: (line: string) => {
        warnings.push((JSON.parse(line) as { msg: string }).msg);
      },
    },
  );
  const config: HubConfig = testHubConfig(dataDir, { tls });
  const hub = await createHub({ config, logger });
  try {
    await use({ url: hub.url, tls: hub.certificate !== null });
  } finally {
    await hub.close();
  }
  return warnings;
}

/** Enrolls a computer over plain HTTP, as agents of earlier versions did. */
const enrollOverHttp = (url: string) =>
  postJson(`${url}/api/enroll`, {
    token: TEST_ENROLL_TOKEN,
    identity: { hostname: 'lab-pc-01' },
    protocolVersion: PROTOCOL_VERSION,
  });

describe('the TLS default', () => {
  it('is HTTPS with its own certificate for a new hub', async () => {
    const dataDir = dataFolder();
    const warnings = await runHub(dataDir, { mode: 'auto' }, async (hub) => {
      expect(hub.url).toMatch(/^https:\/\//);
      expect(hub.tls).toBe(true);
    });
    expect(warnings).not.toContain(KEPT_PLAIN_HTTP_WARNING);
    expect(existsSync(selfSignedFiles(dataDir).cert)).toBe(true);
  });

  it('keeps plain HTTP for a hub whose computers enrolled over http://, saying how to switch', async () => {
    const dataDir = dataFolder();
    // An earlier version: plain HTTP, one computer enrolled.
    await runHub(dataDir, { mode: 'off' }, async (hub) => {
      await enrollOverHttp(hub.url);
    });
    const warnings = await runHub(dataDir, { mode: 'auto' }, async (hub) => {
      expect(hub.url).toMatch(/^http:\/\//);
      expect(hub.tls).toBe(false);
      // Its computers still reach it where they enrolled.
      const reached = await fetch(`${hub.url}/api/enroll`, { method: 'POST' });
      expect(reached.status).toBe(400);
    });
    expect(warnings.filter((line) => line === KEPT_PLAIN_HTTP_WARNING)).toHaveLength(1);
    expect(KEPT_PLAIN_HTTP_WARNING).toContain('HANDRAISE_TLS=on');
    expect(existsSync(selfSignedFiles(dataDir).cert)).toBe(false);

    // HANDRAISE_TLS=on still switches it, without the warning.
    const forced = await runHub(dataDir, { mode: 'self-signed' }, async (hub) => {
      expect(hub.url).toMatch(/^https:\/\//);
    });
    expect(forced).not.toContain(KEPT_PLAIN_HTTP_WARNING);
    // From then on it has served HTTPS: the default keeps it.
    await runHub(dataDir, { mode: 'auto' }, async (hub) => {
      expect(hub.url).toMatch(/^https:\/\//);
    });
  });

  it('keeps HTTPS for a hub that served it before and enrolled computers since', async () => {
    const dataDir = dataFolder();
    await runHub(dataDir, { mode: 'auto' });
    // A computer enrolled meanwhile (over HTTP here only to keep the test free of pinning).
    await runHub(dataDir, { mode: 'off' }, async (hub) => {
      await enrollOverHttp(hub.url);
    });
    const warnings = await runHub(dataDir, { mode: 'auto' }, async (hub) => {
      expect(hub.tls).toBe(true);
    });
    expect(warnings).not.toContain(KEPT_PLAIN_HTTP_WARNING);
  });

  it('serves plain HTTP when told off, even for a new hub', async () => {
    const dataDir = dataFolder();
    await runHub(dataDir, { mode: 'off' }, async (hub) => {
      expect(hub.url).toMatch(/^http:\/\//);
    });
    expect(existsSync(selfSignedFiles(dataDir).cert)).toBe(false);
  });
});
