// A computer's trust, in Chromium on a real hub: the coordinator gives a connected computer a new
// secret (its agent stores it; the old one is refused), is asked before revoking it, can keep
// trusting it, then revokes it and the card says so (its agent is turned away). An advisor's page
// has no such card. Settings shows the fingerprint of a hub serving HTTPS, and says plainly when a
// hub serves HTTP. Pictured light and dark, with axe.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { describe, expect } from 'vitest';
import { PROTOCOL_VERSION, AGENT_NAMESPACE } from '@handraise/shared';
import { io } from 'socket.io-client';
import { createHub } from '../../src/hub/create-hub.ts';
import { reportingComputer } from '../../src/hub/privacy/privacy-fixtures.ts';
import { advisorConsole } from '../../src/hub/testing/school.ts';
import { testHubConfig } from '../../src/hub/testing/test-hub.ts';
import { consoleTest } from './support/console-fixture.ts';
import { checkView, LIVE_TIMEOUT_MS, signIn, watchProblems } from './support/console-page.ts';

const trustTest = consoleTest.extend('school', { scope: 'file' }, async ({ t }) => {
  const admin = await t.signIn();
  const computer = await reportingComputer(t, admin, 'lab-pc-07', 'Room 12');
  // The agent's side of a new secret: it answers once stored (here: kept in memory).
  const handed: string[] = [];
  computer.agent.on('device:secret', ({ secret }, ack) => {
    handed.push(secret);
    ack({ ok: true, data: null });
  });
  return { admin, computer, handed };
});

/** 'connected', or the hub's refusal code, for an agent connection with this secret. */
function tryConnect(hubUrl: string, deviceId: string, secret: string): Promise<string> {
  const socket = io(`${hubUrl}${AGENT_NAMESPACE}`, {
    auth: { deviceId, secret, protocolVersion: PROTOCOL_VERSION, agentVersion: 'test' },
    reconnection: false,
    transports: ['websocket'],
  });
  return new Promise((resolve) => {
    socket.once('connect', () => {
      socket.disconnect();
      resolve('connected');
    });
    socket.once('connect_error', (error) => {
      socket.disconnect();
      resolve(error.message);
    });
  });
}

describe("console UI: a computer's trust", () => {
  trustTest(
    'rotate the secret of a connected computer, then revoke it after a confirm',
    async ({ t, page, problems, school }) => {
      const { computer, handed } = school;
      await signIn(page, t.hub.url);
      await page.goto(`${t.hub.url}/#/devices/${encodeURIComponent(computer.deviceId)}`);
      const card = page.getByRole('region', { name: 'Trust' });
      await card.waitFor({ timeout: LIVE_TIMEOUT_MS });
      const rotate = card.getByRole('button', { name: 'Rotate secret' });
      // Online comes with the console's live list.
      await expect.poll(() => rotate.isEnabled(), { timeout: LIVE_TIMEOUT_MS }).toBe(true);
      const violations = await checkView(page, 'device-trust');

      await rotate.click();
      await expect
        .poll(() => card.getByRole('status').textContent())
        .toBe('lab-pc-07 has a new secret. The old one no longer works.');
      expect(handed).toHaveLength(1);
      expect(await tryConnect(t.hub.url, computer.deviceId, computer.secret)).toBe('unauthorized');
      expect(await tryConnect(t.hub.url, computer.deviceId, handed[0]!)).toBe('connected');

      // The confirm names the computer; "Keep trusting it" changes nothing.
      const ask = () => card.getByRole('button', { name: 'Revoke…' }).click();
      await ask();
      const confirm = page.getByRole('alertdialog');
      await confirm.getByRole('heading', { name: 'Revoke lab-pc-07?' }).waitFor();
      violations.push(...(await checkView(page, 'device-trust-confirm')));
      await confirm.getByRole('button', { name: 'Keep trusting it' }).click();
      await confirm.waitFor({ state: 'detached' });
      const revokedAt = async () =>
        (
          await t.hub.database.db
            .selectFrom('devices')
            .select('revoked_at')
            .where('id', '=', computer.deviceId)
            .executeTakeFirstOrThrow()
        ).revoked_at;
      expect(await revokedAt()).toBeNull();

      await ask();
      await confirm.getByRole('button', { name: 'Revoke lab-pc-07' }).click();
      await expect
        .poll(() => card.getByTestId('device-trust-state').textContent())
        .toMatch(/^Revoked on .+: its agent is turned away and says so on the computer\./);
      expect(await revokedAt()).not.toBeNull();
      expect(await tryConnect(t.hub.url, computer.deviceId, handed[0]!)).toBe('device-revoked');
      violations.push(...(await checkView(page, 'device-trust-revoked')));
      // The page and the devices list say revoked, not merely offline.
      const header = page.locator('.pill').filter({ hasText: /^(Revoked|Online|Offline)$/ });
      await expect.poll(() => header.first().textContent()).toBe('Revoked');
      await page.goto(`${t.hub.url}/#/devices`);
      const row = page.locator(`tr[data-device-id="${computer.deviceId}"]`);
      await expect
        .poll(() => row.locator('.status-text').textContent(), { timeout: LIVE_TIMEOUT_MS })
        .toBe('Revoked');
      violations.push(...(await checkView(page, 'devices-revoked')));
      expect(violations).toEqual([]);
      expect(problems).toEqual([]);
    },
  );

  trustTest(
    "an advisor's page of a computer has no trust card",
    async ({ t, otherConsole, school }) => {
      await advisorConsole(t, school.admin, {
        username: 'ada',
        displayName: 'Ada Moss',
        advisorKind: 'teacher',
        scope: { sites: [], rooms: ['Room 12'] },
      });
      const { page, problems } = await otherConsole({
        username: 'ada',
        password: 'advisor-password-1',
      });
      await page.goto(`${t.hub.url}/#/devices/${encodeURIComponent(school.computer.deviceId)}`);
      await page.getByRole('heading', { name: 'lab-pc-07' }).waitFor({ timeout: LIVE_TIMEOUT_MS });
      await page.getByRole('tab', { name: 'Overview' }).waitFor();
      expect(await page.getByRole('region', { name: 'Trust' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Revoke…' }).count()).toBe(0);
      expect(problems).toEqual([]);
    },
  );

  trustTest('Settings says when the hub serves plain HTTP', async ({ t, page, problems }) => {
    // Still signed in as the coordinator from the first test of the file.
    await page.goto(`${t.hub.url}/#/settings`);
    const card = page.getByRole('region', { name: 'Hub certificate' });
    await card.waitFor({ timeout: LIVE_TIMEOUT_MS });
    expect(await card.getByTestId('hub-fingerprint').textContent()).toMatch(
      /^This hub uses plain HTTP/,
    );
    expect(problems).toEqual([]);
  });

  trustTest(
    'Settings shows the fingerprint a hub serving HTTPS presents',
    async ({ browser, ui, onTestFinished }) => {
      const dataDir = mkdtempSync(join(tmpdir(), 'handraise-hub-tls-'));
      const hub = await createHub({
        config: testHubConfig(dataDir, { tls: { mode: 'self-signed' } }),
        logger: pino({ level: 'silent' }),
        webRoot: ui.webRoot,
      });
      // The browser is told to go on past its warning, as a coordinator who compared would.
      const context = await browser.newContext({
        ignoreHTTPSErrors: true,
        viewport: { width: 1440, height: 900 },
      });
      onTestFinished(async () => {
        await context.close();
        await hub.close();
        rmSync(dataDir, { recursive: true, force: true });
      });
      const page = await context.newPage();
      const problems = await watchProblems(page);
      await signIn(page, hub.url);
      await page.goto(`${hub.url}/#/settings`);
      const card = page.getByRole('region', { name: 'Hub certificate' });
      await card.waitFor({ timeout: LIVE_TIMEOUT_MS });
      expect(hub.url).toMatch(/^https:/);
      expect(await card.getByTestId('hub-fingerprint').textContent()).toBe(
        hub.certificate!.fingerprint,
      );
      expect(await checkView(page, 'settings-hub-certificate')).toEqual([]);
      expect(problems).toEqual([]);
    },
  );
});
