// The console page the hub serves, in a real browser: sign in, then devices and requests arrive live.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { fullReport, sampleSections } from '../../src/hub/testing/sample-inventory.ts';
import { startTestHub, TEST_ADMIN_PASSWORD, type TestHub } from '../../src/hub/testing/test-hub.ts';
import { launchBrowser } from '../support/browser.ts';
import { makePng } from '../../bench/simulation/png.ts';

describe('plain console page', () => {
  let t: TestHub;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    t = await startTestHub();
    browser = await launchBrowser();
    page = await browser.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('signs in, then shows a device and a help request with its screenshot as they arrive', async () => {
    await page.goto(t.hub.url);
    // The hub already has its coordinator, so only sign-in is offered.
    expect(await page.locator('#setup').isVisible()).toBe(false);
    expect(await page.locator('#dashboard').isVisible()).toBe(false);
    await page.locator('#login').getByLabel('Username').fill('admin');
    await page.locator('#login').getByLabel('Password').fill('wrong password');
    await page.locator('#login').getByRole('button', { name: 'Sign in' }).click();
    await expect
      .poll(() => page.locator('#login .error').textContent())
      .toBe('Wrong username or password.');
    // The refused sign-in is logged by the browser as a 401; that one is expected.
    expect(problems.splice(0)).toEqual([expect.stringContaining('401')]);

    await page.locator('#login').getByLabel('Password').fill(TEST_ADMIN_PASSWORD);
    await page.locator('#login').getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.locator('#connection').textContent()).toBe('Live');
    expect(await page.locator('#devices-empty').isVisible()).toBe(true);
    expect(await page.locator('#login').isVisible()).toBe(false);
    expect(await page.locator('#setup').isVisible()).toBe(false);

    // A computer enrolls and reports while the page is open.
    const device = await t.enroll('library-pc-3');
    const agent = await t.connectAgent(device);
    await agent.emitWithAck(
      'inventory:report',
      fullReport(sampleSections({ os: { ...sampleSections().os, hostname: 'library-pc-3' } })),
    );
    const row = page.locator(`tr[data-device-id="${device.deviceId}"]`);
    await expect.poll(() => row.textContent()).toContain('library-pc-3');
    await expect.poll(() => row.textContent()).toContain('online');
    expect(await row.textContent()).toContain('Debian GNU/Linux 12');

    // Someone raises a hand with a screenshot.
    await agent.emitWithAck('help:create', {
      idempotencyKey: crypto.randomUUID(),
      category: 'app',
      text: 'Scratch will not open',
      createdAt: new Date().toISOString(),
      screenshot: makePng(64, 48),
    });
    const item = page.locator('#requests li');
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.textContent()).toContain('Scratch will not open');
    const image = item.locator('img');
    // This project's tests have no DOM typings; the element is described by what is read from it.
    const loadedWidth = (img: unknown) => {
      const { complete, naturalWidth } = img as { complete: boolean; naturalWidth: number };
      return complete ? naturalWidth : 0;
    };
    await expect.poll(() => image.evaluate(loadedWidth)).toBe(64);

    // The device leaves: the page says so without a reload.
    agent.disconnect();
    await expect.poll(() => row.textContent()).toContain('offline');
    expect(problems).toEqual([]);
  });
});
