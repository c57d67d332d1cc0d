// Settings on a hub serving HTTPS with a planned next certificate, in Chromium: the certificate card
// says how many computers are ready for it (an agent answered the announcement, another did not),
// and the hub form refuses screenshots kept longer than requests, saving nothing. Pictured light
// and dark, with axe.
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { io } from 'socket.io-client';
import { describe, expect } from 'vitest';
import { AGENT_NAMESPACE, PROTOCOL_VERSION, type Ack, type Enrolled } from '@handraise/shared';
import { createHub, type Hub } from '../../src/hub/create-hub.ts';
import { TEST_ENROLL_TOKEN, testHubConfig } from '../../src/hub/testing/test-hub.ts';
import { selfSignedFiles } from '../../src/hub/tls/hub-certificate.ts';
import { consoleTest } from './support/console-fixture.ts';
import { checkView, LIVE_TIMEOUT_MS, signIn, watchProblems } from './support/console-page.ts';

/** Enrolls a computer over HTTPS (the hub's own certificate: checked by fingerprint in agents). */
function enroll(hub: Hub, hostname: string): Promise<Enrolled> {
  const body = JSON.stringify({
    token: TEST_ENROLL_TOKEN,
    identity: { hostname },
    protocolVersion: PROTOCOL_VERSION,
  });
  return new Promise((resolve, reject) => {
    const req = request(
      new URL('/api/enroll', hub.url),
      {
        method: 'POST',
        rejectUnauthorized: false,
        headers: { 'content-type': 'application/json' },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const answer = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Ack<Enrolled>;
          if (answer.ok) resolve(answer.data);
          else reject(new Error(answer.error));
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('console UI: hub certificate and retention in Settings', () => {
  consoleTest(
    'counts computers ready for the next certificate; refuses screenshots outliving requests',
    async ({ browser, ui, onTestFinished }) => {
      const nextDir = mkdtempSync(join(tmpdir(), 'handraise-hub-next-'));
      const made = await createHub({
        config: testHubConfig(nextDir, { tls: { mode: 'self-signed' } }),
        logger: pino({ level: 'silent' }),
      });
      await made.close();
      const dataDir = mkdtempSync(join(tmpdir(), 'handraise-hub-settings-'));
      const hub = await createHub({
        config: testHubConfig(dataDir, {
          tls: { mode: 'self-signed', nextCertFile: selfSignedFiles(nextDir).cert },
        }),
        logger: pino({ level: 'silent' }),
        webRoot: ui.webRoot,
      });
      const context = await browser.newContext({
        ignoreHTTPSErrors: true,
        viewport: { width: 1024, height: 800 },
      });
      const agents: { disconnect(): void }[] = [];
      onTestFinished(async () => {
        for (const agent of agents) agent.disconnect();
        await context.close();
        await hub.close();
        rmSync(dataDir, { recursive: true, force: true });
        rmSync(nextDir, { recursive: true, force: true });
      });

      // Two computers: one agent answers the announcement with both certificates, one is away.
      const ready = await enroll(hub, 'lab-pc-01');
      await enroll(hub, 'lab-pc-02');
      const answered = new Promise<void>((resolve) => {
        const agent = io(`${hub.url}${AGENT_NAMESPACE}`, {
          auth: {
            deviceId: ready.deviceId,
            secret: ready.secret,
            protocolVersion: PROTOCOL_VERSION,
            agentVersion: 'test',
          },
          reconnection: false,
          transports: ['websocket'],
          rejectUnauthorized: false,
        });
        agents.push(agent);
        agent.on('hub:trust', (trust: { fingerprints: string[] }, ack: (a: unknown) => void) => {
          ack({ ok: true, data: { fingerprints: trust.fingerprints } });
          resolve();
        });
      });
      await answered;

      const page = await context.newPage();
      const problems = await watchProblems(page);
      await signIn(page, hub.url);
      await page.goto(`${hub.url}/#/settings`);
      const card = page.getByRole('region', { name: 'Hub certificate' });
      await card.waitFor({ timeout: LIVE_TIMEOUT_MS });
      expect(await card.getByTestId('hub-next-fingerprint').textContent()).toBe(
        hub.certificate!.nextFingerprint,
      );
      // The answer is stored a moment after it is sent: the page is reloaded until it shows.
      await expect
        .poll(
          async () => {
            await page.reload();
            await card.waitFor({ timeout: LIVE_TIMEOUT_MS });
            return card.getByTestId('hub-next-ready').textContent();
          },
          { timeout: LIVE_TIMEOUT_MS },
        )
        .toMatch(/^1 of 2 computers are ready for the new certificate\./);
      const violations = await checkView(page, 'settings-next-certificate');

      await page.getByLabel('Keep resolved requests for (days)').fill('20');
      await page.getByLabel('Keep screenshots of finished requests for (days)').fill('30');
      await page.getByRole('button', { name: 'Save settings' }).click();
      await expect
        .poll(() => page.getByRole('alert').filter({ hasText: 'Screenshots go' }).textContent())
        .toBe(
          'Screenshots go with their request: keep them 20 days or fewer, or keep requests longer.',
        );
      const saved = await hub.database.db
        .selectFrom('settings')
        .select('key')
        .where('key', 'in', ['retentionDays', 'screenshotRetentionDays'])
        .execute();
      expect(saved).toEqual([]);
      violations.push(...(await checkView(page, 'settings-retention-refused')));

      expect(violations).toEqual([]);
      expect(problems).toEqual([]);
    },
  );
});
