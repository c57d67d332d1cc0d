// Agent updates in the real console: the coordinator turns updates on, sets school hours and the
// school's release key in Settings, uploads a signed release there (the package and its
// .release.json), and Hardware health counts the fleet's agent versions, marks those behind and
// lists an update that was rolled back. Pictured light and dark, checked with axe.
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect } from 'vitest';
import {
  releaseSigningText,
  type AgentUpdateSettings,
  type ReleaseManifest,
} from '@handraise/shared';
import { sampleSections } from '../../src/hub/testing/sample-inventory.ts';
import { computerIn } from '../../src/hub/testing/school.ts';
import { consoleTest } from './support/console-fixture.ts';
import { checkView, signIn } from './support/console-page.ts';

const TEST_TIMEOUT_MS = 180_000;
const work = mkdtempSync(join(tmpdir(), 'handraise-release-ui-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const SCHOOL_KEY = Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url').toString(
  'base64',
);

/** A package and the .release.json `handraise-agent release sign` would write beside it. */
function signedPackage(version: string): { pkg: string; signed: string } {
  const body = Buffer.from(`handraise agent ${version}`);
  const manifest: ReleaseManifest = {
    version,
    platform: 'windows',
    arch: 'x64',
    sha256: createHash('sha256').update(body).digest('hex'),
    size: body.length,
  };
  const signature = sign(null, Buffer.from(releaseSigningText(manifest)), privateKey).toString(
    'base64',
  );
  const pkg = join(work, `handraise-agent-${version}.exe`);
  writeFileSync(pkg, body);
  writeFileSync(`${pkg}.release.json`, JSON.stringify({ manifest, signature }));
  return { pkg, signed: `${pkg}.release.json` };
}

async function open(page: Page, hash: string, heading: string) {
  await page.evaluate(`window.location.hash = ${JSON.stringify(hash)}`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

describe('console UI: agent updates', () => {
  consoleTest(
    'settings take the key, school hours and a release; hardware health counts versions',
    async ({ t, page, problems }) => {
      const admin = await t.signIn();
      const windows = { platform: 'windows', arch: 'x64' } as const;
      let rolledBackPc: Awaited<ReturnType<typeof computerIn>> | undefined;
      for (const [name, version] of [
        ['lab-pc-1', '1.0.0'],
        ['lab-pc-2', '1.0.0'],
      ] as const) {
        // Their inventory says Windows: the hub holds update checks to what a computer reports.
        const pc = await computerIn(t, admin, name, 'Lab', {
          os: { ...sampleSections().os, platform: 'windows', hostname: name },
        });
        await pc.agent.emitWithAck('update:check', { version, ...windows });
        if (name === 'lab-pc-2') rolledBackPc = pc;
      }

      await signIn(page, t.hub.url);
      await open(page, '#/settings', 'Settings');
      const card = page.getByRole('region', { name: 'Agent updates' });
      await card.getByTestId('agent-releases-empty').waitFor();
      // The label is the checkbox's hit area (React Aria hides the input itself).
      await card.getByText('Offer new agent versions to school computers').click();
      await card.getByText('Friday', { exact: true }).click();
      expect(await card.getByRole('checkbox', { name: 'Friday' }).isChecked()).toBe(false);
      await card.getByLabel('School hours from').fill('08:00');
      await card.getByRole('textbox', { name: 'School release key' }).fill(SCHOOL_KEY);
      await card.getByRole('button', { name: 'Save update settings' }).click();
      await card.getByText('Saved. Connected computers hear of it now.').waitFor();
      const saved = await t.http<AgentUpdateSettings>('/api/agent-updates/settings', {
        token: admin,
      });
      expect(saved.body).toEqual({
        ok: true,
        data: {
          enabled: true,
          releaseKeys: [SCHOOL_KEY],
          schoolHours: { days: [1, 2, 3, 4], start: '08:00', end: '16:30' },
        },
      });

      const release = signedPackage('2.0.0');
      await card.getByLabel('Agent package').setInputFiles(release.pkg);
      await card.getByLabel('Its signature file (.release.json)').setInputFiles(release.signed);
      await card.getByRole('button', { name: 'Upload release' }).click();
      await card.getByText('Version 2.0.0 for Windows is offered.').waitFor();
      // The hub keeps outcomes only for releases it has: lab-pc-2's rollback comes after upload.
      await rolledBackPc?.agent.emitWithAck('update:outcome', {
        version: '2.0.0',
        result: 'rolled-back',
        detail: 'did not connect to the hub in time',
      });
      const rows = await card
        .getByRole('table', { name: 'Releases offered' })
        .locator('tbody tr')
        .allTextContents();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatch(/^2\.0\.0Windows \(x64\)\d+ B/);
      expect(await checkView(page, 'agent-updates-settings')).toEqual([]);

      // Another upload of the same build is refused in words.
      await card.getByRole('button', { name: 'Upload release' }).click();
      await card.getByText(/Version 2\.0\.0 for windows \(x64\) is here already\./).waitFor();

      await open(page, '#/hardware', 'Hardware health');
      const versions = page.getByRole('region', { name: 'Agent versions' });
      await versions.getByTestId('agent-versions-summary').waitFor();
      expect(await versions.getByTestId('agent-versions-summary').textContent()).toBe(
        '2 of 2 computers run an older agent than the one offered; they update after school hours.',
      );
      expect(await versions.getByTestId('agent-versions-offered').textContent()).toBe(
        'Offered: 2.0.0 for Windows (x64).',
      );
      expect(
        await versions
          .getByRole('table', { name: 'Versions in use' })
          .locator('tbody tr')
          .allTextContents(),
      ).toEqual(['testWindows2Behind']);
      const problemRows = await versions
        .getByRole('table', { name: 'Updates that did not go through' })
        .locator('tbody tr')
        .allTextContents();
      expect(problemRows).toHaveLength(1);
      expect(problemRows[0]).toContain(
        'lab-pc-22.0.0Rolled back to the previous version (did not connect to the hub in time)',
      );
      expect(await checkView(page, 'agent-versions')).toEqual([]);
      // The browser notes the refused second upload; nothing else went wrong.
      expect(problems).toEqual([
        'console: Failed to load resource: the server responded with a status of 409 (Conflict)',
      ]);
    },
    TEST_TIMEOUT_MS,
  );
});
