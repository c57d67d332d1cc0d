// Every view of the coordinator's, and the items opened in them, checked by axe at every impact
// (minor and moderate too) in light and dark, with a computer, a request and software to show.
import { describe, expect } from 'vitest';
import { raiseHand } from '../../src/hub/testing/raise-hand.ts';
import { consoleTest } from './support/console-fixture.ts';
import { axeViolations, signIn } from './support/console-page.ts';
import { connectSampleComputer } from './support/sample-computer.ts';

/** Walking every view with axe twice each takes minutes on two busy cores. */
const SWEEP_TIMEOUT_MS = 300_000;

const VIEWS = [
  'today',
  'requests',
  'devices',
  'rooms',
  'hardware',
  'software',
  'tasks',
  'program',
  'quick-fixes',
  'people',
  'settings',
] as const;

const sweepTest = consoleTest.extend('scene', { scope: 'file' }, async ({ t }) => {
  const agent = await connectSampleComputer(t, 'art-room-pc-3');
  const request = await raiseHand(agent, {
    category: 'printer',
    text: 'The printer says paper jam',
  });
  const admin = await t.signIn();
  const { body } = await t.http<{ id: string }[]>('/api/devices', { token: admin });
  if (!body.ok) throw new Error(body.error);
  return { deviceId: body.data[0]!.id, requestId: request };
});

describe('console UI: axe at every impact', () => {
  sweepTest(
    'finds nothing on any view, light or dark',
    { timeout: SWEEP_TIMEOUT_MS },
    async ({ t, page, problems, scene }) => {
      await signIn(page, t.hub.url);
      const found: string[] = [];
      for (const view of [
        ...VIEWS,
        `devices/${scene.deviceId}`,
        `requests/${scene.requestId}`,
        'software/firefox-esr',
      ]) {
        await page.goto(`${t.hub.url}/#/${view}`);
        await page.locator('#main h1').first().waitFor();
        for (const scheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
          await page.locator(`html[data-theme="${scheme}"]`).waitFor({ state: 'attached' });
          found.push(...(await axeViolations(page)).map((v) => `${view} (${scheme}) ${v}`));
        }
      }
      expect(found).toEqual([]);
      expect(problems).toEqual([]);
    },
  );
});
