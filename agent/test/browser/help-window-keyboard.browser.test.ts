// "What is not working?" with a keyboard only, a screen reader's view and 200 % zoom (the 620×820
// window then measures 310×410 CSS px): nothing scrolls sideways, the control in focus is never
// under the Send bar, the focus ring stands out, the focus never falls to the page, the blur tool
// answers a click and says where its box is, and axe finds nothing at any impact.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { enrollComputer, startHub } from '../support/hub-harness.ts';
import { openHelpWindow, saveArtifact, visible } from '../support/page-helpers.ts';
import { startTrayHarness, type TrayHarness } from '../support/tray-harness.ts';
import { allAxeViolations, focusRingContrast, focusedInSight } from '../support/window-a11y.ts';
import { useWindowFixture } from '../support/window-fixture.ts';

/** The real window at 200 % zoom, in CSS pixels. */
const ZOOMED_200_VIEWPORT = { width: 310, height: 410 } as const;
/** WCAG 2.1 non-text contrast (1.4.11): a focus indicator needs 3:1 against what is around it. */
const MIN_FOCUS_RING_CONTRAST = 3;
/** Enough presses to go round every control of the ask view and back to the header. */
const TAB_PRESSES = 24;

const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

const focusedName = (page: Page) =>
  page.evaluate(() => {
    const focused = document.activeElement;
    if (!focused || focused === document.body) return 'the page';
    return (focused.getAttribute('aria-label') ?? focused.textContent ?? '').trim();
  });

const blurPosition = (page: Page) => page.locator('#blur-position').textContent();
/**
 * Longest wait for a blur's outline, in ms: main blurs in its image worker while this test's
 * clock runs on, and on a busy machine a first blur (the worker starting) takes seconds.
 */
const BLUR_DONE_TIMEOUT_MS = 15_000;

/** axe in both colour schemes the OS may ask for: the window keeps its light palette in both. */
async function axeBothSchemes(page: Page, where: string): Promise<string[]> {
  const found: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    found.push(...(await allAxeViolations(page)).map((v) => `${where} (${scheme}) ${v}`));
  }
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  return found;
}

describe('help window for keyboards, screen readers and 200 % zoom', () => {
  const { browser, siteUrl, tempDir, onCleanup } = useWindowFixture();

  // One hub and one enrolled computer for both tests, started by whichever runs first.
  let started: Promise<TrayHarness> | undefined;
  const enrolledTray = () =>
    (started ??= (async () => {
      const hub = await startHub(tempDir('handraise-hub-'));
      onCleanup(() => hub.close());
      const agentDir = tempDir('handraise-agent-');
      await enrollComputer(hub.url, agentDir, 'library-pc-7');
      const tray = startTrayHarness(agentDir);
      onCleanup(() => tray.close());
      return tray;
    })());

  it('fits at 200 %, keeps the focused control in sight, with a ring of 3:1 or more', async () => {
    const tray = await enrolledTray();
    const { page, problems } = await openHelpWindow(browser(), tray, siteUrl(), 'ask');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await visible(page.getByRole('heading', { name: 'What is not working?' }));

    // Real size: every control reached with Tab has a ring of 3:1 or more against what is
    // behind it, on the light page and on the blue header alike, in both colour schemes.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await visible(page.getByRole('button', { name: "Don't send the picture" }));
    const weakRings: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      for (let press = 0; press < TAB_PRESSES; press++) {
        await page.keyboard.press('Tab');
        if ((await focusedName(page)) === 'the page') continue;
        const { element, ratio } = await focusRingContrast(page);
        if (ratio < MIN_FOCUS_RING_CONTRAST) weakRings.push(`${scheme} ${element} ${ratio}`);
      }
    }
    expect(weakRings).toEqual([]);
    expect(await axeBothSchemes(page, 'ask')).toEqual([]);

    // In the real window the Send bar is sticky; "Don't send the picture", reached by Tab, still
    // stops above it.
    await page.getByRole('heading', { name: 'Picture of your screen' }).evaluate((heading) => {
      heading.scrollIntoView({ block: 'start' });
      (heading as HTMLElement).focus();
    });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe("Don't send the picture");
    expect(await focusedInSight(page)).toEqual({ inView: true, underSendBar: false });

    // 200 % zoom: the tabs wrap, nothing scrolls sideways, and each category the arrows reach
    // is in sight and clear of the Send bar.
    await page.setViewportSize(ZOOMED_200_VIEWPORT);
    await page.getByRole('button', { name: 'Ask for help' }).click();
    await visible(page.getByRole('heading', { name: 'What is not working?' }));
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await visible(page.getByRole('button', { name: 'Send with picture' }));
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    for (let category = 0; category < 6; category++) {
      if (category > 0) await page.keyboard.press('ArrowRight');
      expect(await focusedInSight(page), `category ${category + 1}`).toEqual({
        inView: true,
        underSendBar: false,
      });
    }
    await saveArtifact(page, 'help-window-200pc-top.png', { fullPage: false });
    await saveArtifact(page, 'help-window-200pc.png');
    await page.getByRole('button', { name: "Don't send the picture" }).focus();
    expect(await focusedInSight(page)).toEqual({ inView: true, underSendBar: false });
    await saveArtifact(page, 'help-window-200pc-drop-focus.png', { fullPage: false });
    expect(await axeBothSchemes(page, 'ask at 200 %')).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('moves the focus on after "Don\'t send", and blurs by click, activation or keys, in words', async () => {
    const tray = await enrolledTray();
    const { page, problems } = await openHelpWindow(browser(), tray, siteUrl(), 'ask');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.getByRole('radio', { name: 'Printer' }).check();
    await page.setViewportSize(ZOOMED_200_VIEWPORT);
    await page.getByRole('button', { name: "Don't send the picture" }).focus();

    // "Don't send the picture": the focus goes to the way back, which says no picture goes.
    await page.keyboard.press('Enter');
    await visible(page.getByText('No picture will be sent.'));
    expect(await focusedName(page)).toBe('Add a picture of my screen');
    // And back: the focus waits on the picture's heading while it is taken.
    await page.keyboard.press('Enter');
    expect(await focusedName(page)).toBe('Picture of your screen');
    await page.setViewportSize({ width: 620, height: 820 });

    // The blur tool, keys: its box is said in words as it moves.
    await page.getByRole('button', { name: 'Blur part' }).click();
    const tool = page.getByRole('button', { name: 'Part of the picture to hide' });
    await tool.focus();
    await expect
      .poll(() => blurPosition(page))
      .toBe('Blur box 1: left 35 %, top 35 %, 30 % wide, 30 % high');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowDown');
    expect(await blurPosition(page)).toBe('Blur box 1: left 39 %, top 35 %, 30 % wide, 34 % high');
    await saveArtifact(page, 'help-window-blur-focus.png');
    // A screen reader's activation (a click with no pointer) hides the box as it was said.
    await tool.evaluate((element) => (element as HTMLElement).click());
    await visible(page.getByText('That part is hidden.'));
    await expect
      .poll(() => page.getByTestId('blur-outline').count(), { timeout: BLUR_DONE_TIMEOUT_MS })
      .toBe(2);
    // A click (or tap) on one spot hides a box around it.
    const shown = await tool.boundingBox();
    if (!shown) throw new Error('the blur tool is not shown');
    await page.mouse.click(shown.x + shown.width * 0.2, shown.y + shown.height * 0.8);
    await expect
      .poll(() => page.getByTestId('blur-outline').count(), { timeout: BLUR_DONE_TIMEOUT_MS })
      .toBe(4);
    // The next box, from the keys, is the third.
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => blurPosition(page)).toMatch(/^Blur box 3: left 31 %, top 35 %/);
    await saveArtifact(page, 'help-window-blur-focus-clicked.png');
    expect(await axeBothSchemes(page, 'blurring')).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();

    // The same words in Spanish; the picture main holds keeps the two parts hidden above.
    tray.setLocale('es');
    const spanish = await openHelpWindow(browser(), tray, siteUrl(), 'ask');
    await spanish.page.getByRole('radio', { name: 'Impresora' }).check();
    await spanish.page.getByRole('button', { name: 'Tapar una parte' }).click();
    await spanish.page.getByRole('button', { name: 'Parte de la foto que se va a tapar' }).focus();
    await expect
      .poll(() => blurPosition(spanish.page))
      .toBe('Recuadro 3: izquierda 35 %, arriba 35 %, 30 % de ancho, 30 % de alto');
    await saveArtifact(spanish.page, 'help-window-blur-focus-es.png');
    expect(spanish.problems).toEqual([]);
    await spanish.page.close();
  });
});
