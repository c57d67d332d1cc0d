// People › Enrollment's deployment commands, in Chromium at 1024 px on a real hub serving HTTPS:
// before a token is made they carry a placeholder and say why; once one is made, each tool's
// command carries the hub's address, the token and the certificate fingerprint in the names the
// installers read, and the Linux line, run in a real sh, writes exactly the agent.json the agent
// reads. Pictured light and dark, with axe.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { describe, expect } from 'vitest';
import { createHub } from '../../src/hub/create-hub.ts';
import { testHubConfig } from '../../src/hub/testing/test-hub.ts';
import { consoleTest } from './support/console-fixture.ts';
import { checkView, LIVE_TIMEOUT_MS, signIn, watchProblems } from './support/console-page.ts';

const AGENT_VERSION = (
  JSON.parse(readFileSync(join(import.meta.dirname, '../../../agent/package.json'), 'utf8')) as {
    version: string;
  }
).version;

/** Splits the Debian/Ubuntu command into its `&&` steps, as sh would run them. */
function linuxSteps(command: string): string[] {
  return command.split(' \\\n  && ');
}

describe('console UI: deployment commands', () => {
  consoleTest(
    'fill in the hub, the fingerprint and a new token for each deployment tool',
    async ({ browser, ui, onTestFinished }) => {
      const dataDir = mkdtempSync(join(tmpdir(), 'handraise-hub-deploy-'));
      const hub = await createHub({
        config: testHubConfig(dataDir, { tls: { mode: 'self-signed' } }),
        logger: pino({ level: 'silent' }),
        webRoot: ui.webRoot,
      });
      // The browser goes on past its warning about the hub's own certificate.
      const context = await browser.newContext({
        ignoreHTTPSErrors: true,
        viewport: { width: 1024, height: 800 },
      });
      onTestFinished(async () => {
        await context.close();
        await hub.close();
        rmSync(dataDir, { recursive: true, force: true });
      });
      const page = await context.newPage();
      const problems = await watchProblems(page);
      const fingerprint = hub.certificate!.fingerprint.replaceAll(':', '').toUpperCase();
      expect(fingerprint).toMatch(/^[0-9A-F]{64}$/);

      await signIn(page, hub.url);
      await page.goto(`${hub.url}/#/people`);
      await page.getByRole('tab', { name: 'Enrollment' }).click();
      const card = page.getByRole('region', { name: 'Install on many computers' });
      await card.waitFor({ timeout: LIVE_TIMEOUT_MS });

      // No token yet: a placeholder, and the note says where a token comes from.
      await card.getByText('A token is shown only when it is created.').waitFor();
      expect(await card.getByTestId('deploy-groupPolicy').textContent()).toContain(
        'TOKEN="PASTE-THE-TOKEN-HERE"',
      );
      // A startup script sits where every domain user can read it, token included.
      await card.getByText('Every domain user can read startup scripts').waitFor();
      const violations = await checkView(page, 'deployment-commands-placeholder');

      await page.getByRole('textbox', { name: 'Room' }).fill('Library');
      await page.getByRole('button', { name: 'Create token' }).click();
      const oneComputer = await page.getByTestId('install-command').textContent();
      const token = /printf '%s\\n' '([^']+)'/.exec(oneComputer ?? '')![1]!;
      const hubAddress = /--hub '([^']+)'/.exec(oneComputer ?? '')![1]!;
      // One computer by hand pins the certificate too, rather than trusting whatever answers first.
      expect(oneComputer).toContain(` --hub-fingerprint ${fingerprint} --token -`);
      await card.getByText('These commands carry the token you just created.').waitFor();

      const groupPolicy = (await card.getByTestId('deploy-groupPolicy').textContent())!;
      expect(groupPolicy.split('\n')).toEqual([
        '@echo off',
        'sc query HandraiseAgent >nul 2>&1 && exit /b 0',
        `msiexec /i "\\\\SERVER\\Handraise\\Handraise-Agent-${AGENT_VERSION}.msi" HUB="${hubAddress}" TOKEN="${token}" HUB_FINGERPRINT="${fingerprint}" /qn /norestart`,
      ]);

      await card.getByRole('tab', { name: 'Intune' }).click();
      expect(await card.getByTestId('deploy-intune').textContent()).toBe(
        `msiexec /i "Handraise-Agent-${AGENT_VERSION}.msi" HUB="${hubAddress}" TOKEN="${token}" HUB_FINGERPRINT="${fingerprint}" /qn /norestart`,
      );

      await card.getByRole('tab', { name: 'Jamf' }).click();
      const jamf = (await card.getByTestId('deploy-jamf').textContent())!;
      expect(jamf).toContain("chmod 600 '/Library/Application Support/Handraise/agent.json'");
      expect(jamf).toContain(
        `installer -pkg '/Library/Application Support/JAMF/Waiting Room/Handraise-Agent-${AGENT_VERSION}.pkg' -target /`,
      );

      await card.getByRole('tab', { name: 'Fedora and RHEL' }).click();
      expect(await card.getByTestId('deploy-fedora').textContent()).toMatch(
        new RegExp(`sudo dnf install './handraise-agent-${AGENT_VERSION}\\.x86_64\\.rpm'$`),
      );

      await card.getByRole('tab', { name: 'Debian and Ubuntu' }).click();
      const debian = (await card.getByTestId('deploy-debian').textContent())!;
      const steps = linuxSteps(debian);
      expect(steps[0]).toBe("sudo install -d -m 755 -o root -g root '/etc/handraise'");
      expect(steps[2]).toBe(`sudo apt install './handraise-agent_${AGENT_VERSION}_amd64.deb'`);
      // What the copied line pipes into `sudo install … /etc/handraise/agent.json`, run in sh.
      const [printed, installInto] = steps[1]!.split(' | ');
      expect(installInto).toBe(
        "sudo install -m 600 -o root -g root /dev/stdin '/etc/handraise/agent.json'",
      );
      const written = execFileSync('sh', ['-c', printed!], { encoding: 'utf8' });
      expect(JSON.parse(written)).toEqual({ hub: hubAddress, token, hubFingerprint: fingerprint });
      violations.push(...(await checkView(page, 'deployment-commands')));

      expect(violations).toEqual([]);
      expect(problems).toEqual([]);
    },
  );
});
