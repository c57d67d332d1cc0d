// The help window (the real React page, built by Vite) in Chromium, driven like a student would,
// with the tray's real main side behind it (help desk, outbox, hub client, screenshot session,
// IPC router) and a real hub with a helper on the other end.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { HelpRequest, HelpRequestDetail } from '@handraise/shared';
import { decodeScreenshot } from '../../src/core/screenshot/decode.ts';
import { maxLocalDeviation } from '../../src/core/screenshot/testing/pixels.ts';
import { dragBox, toImageBox, type Box } from '../../src/renderer/preview-geometry.ts';
import { nextEvent } from '../../../console/src/hub/testing/test-hub.ts';
import {
  connectHelper,
  enrollComputer,
  roomToken,
  setFallbackContact,
  startHub,
  type Helper,
} from '../support/hub-harness.ts';
import {
  boxInWindow,
  decodeDataUrl,
  LIVE_TIMEOUT_MS,
  openHelpWindow,
  saveArtifact,
  visible,
} from '../support/page-helpers.ts';
import { startTrayHarness } from '../support/tray-harness.ts';
import { useWindowFixture } from '../support/window-fixture.ts';

/** JPEG works in 8×8 blocks: a block across the blurred edge mixes blurred and sharp pixels. */
const JPEG_BLOCK_PX = 8;
/**
 * Brightness spread, in 0–255 levels, of 8×8 tiles. Text is far above 40; a blurred area stays
 * below 6 (the picture went through JPEG twice: once when captured, once after the blur).
 */
const UNIFORM_MAX_DEVIATION = 6;
const TEXT_MIN_DEVIATION = 40;

/** What the school asks its requesters to do when it cannot wait (the hub's settings). */
const FALLBACK = 'If your class is stopped, call extension 1234';

const inside = (box: Box, margin: number): Box => ({
  x: box.x + margin,
  y: box.y + margin,
  width: box.width - 2 * margin,
  height: box.height - 2 * margin,
});

/** Where the preview's `src` is, read from the page. */
const previewSrc = (page: Page) =>
  page
    .getByRole('img', { name: 'The picture of your screen that will be sent' })
    .getAttribute('src');

/** The small copy of the picture directly above Send. */
const thumbnail = (page: Page) =>
  page.getByRole('img', { name: 'Small copy of the picture that will be sent' });

describe('help window', () => {
  const { browser, siteUrl, tempDir, onCleanup } = useWindowFixture();

  it('lets a student ask with a blurred picture, then talk with a helper until it is fixed', async () => {
    const hub = await startHub(tempDir('handraise-hub-'));
    onCleanup(() => hub.close());
    const helper: Helper = await connectHelper(hub.url);
    onCleanup(() => helper.close());
    // The computer is enrolled into the Music Room; the school has a line for when it cannot
    // wait; the coordinator is on duty.
    const agentDir = tempDir('handraise-agent-');
    const token = await roomToken(hub.url, helper.token, {
      site: 'North campus',
      room: 'Music Room',
    });
    await enrollComputer(hub.url, agentDir, 'music-room-pc-3', token);
    await setFallbackContact(hub.url, helper.token, FALLBACK);
    await helper.ask('duty:set', { onDuty: true });
    const tray = startTrayHarness(agentDir);
    onCleanup(() => tray.close());

    const { page, problems } = await openHelpWindow(browser(), tray, siteUrl(), 'ask');
    await visible(page.getByRole('heading', { name: 'What is not working?' }));
    await visible(page.getByText('Connected to school help'));
    // The picture main holds, its small copy directly above Send, which says it goes along.
    await visible(thumbnail(page));
    const send = page.getByRole('button', { name: 'Send with picture', exact: true });
    expect(await send.isDisabled()).toBe(true);
    // Nobody has given a name on this computer account yet.
    const name = page.getByLabel('Your first name');
    expect(await name.inputValue()).toBe('');
    for (const name of [
      'Internet',
      'Printer',
      'Signing in',
      'An app or website',
      'Sound or screen',
      'Something else',
    ]) {
      expect(await page.getByRole('radio', { name }).count()).toBe(1);
    }

    // A category: in the real window, what will be sent and Send are in sight without scrolling.
    await page.getByRole('radio', { name: 'Internet' }).check();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    for (const part of [thumbnail(page), send])
      expect(await boxInWindow(part)).toMatchObject({ inside: true });
    expect(await send.isEnabled()).toBe(true);
    expect(await thumbnail(page).getAttribute('src')).toBe(await previewSrc(page));
    await saveArtifact(page, 'help-window-en-ask-window.png', { fullPage: false });

    // Then words ending with Enter: a new line, nothing sent.
    const words = page.getByLabel('What happened?');
    await words.click();
    await words.pressSequentially('The Wi-Fi says no internet');
    await words.press('Enter');
    expect(await words.inputValue()).toBe('The Wi-Fi says no internet\n');
    expect(tray.runtime.desk.list()).toEqual([]);
    expect(await send.isEnabled()).toBe(true);
    // Who asks, remembered for next time; the class cannot go on.
    await name.fill('Ana');
    await page.getByRole('checkbox', { name: 'My class is stopped', exact: true }).check();

    // The picture main holds, previewed; then part of it blurred by dragging over it.
    const picture = page.getByRole('img', { name: 'The picture of your screen that will be sent' });
    await visible(picture);
    const held = tray.screenshots.held();
    expect(held).not.toBeNull();
    const before = await previewSrc(page);
    await page.getByRole('button', { name: 'Blur part' }).click();
    const area = page.getByRole('button', { name: 'Part of the picture to hide' });
    const shown = await area.boundingBox();
    if (!shown || !held) throw new Error('no preview to blur');
    const from = { x: shown.width * 0.25, y: shown.height * 0.1 };
    const to = { x: shown.width * 0.55, y: shown.height * 0.35 };
    await page.mouse.move(shown.x + from.x, shown.y + from.y);
    await page.mouse.down();
    await page.mouse.move(shown.x + to.x, shown.y + to.y, { steps: 8 });
    await page.mouse.up();
    await visible(page.getByText('That part is hidden.'));
    const after = await previewSrc(page);
    expect(after).not.toBe(before);

    const blurredBox = toImageBox(dragBox(from, to, shown), shown, held);
    const preview = decodeDataUrl(after ?? '');
    const original = decodeDataUrl(before ?? '');
    expect(maxLocalDeviation(original, inside(blurredBox, JPEG_BLOCK_PX), 8)).toBeGreaterThan(
      TEXT_MIN_DEVIATION,
    );
    expect(maxLocalDeviation(preview, inside(blurredBox, JPEG_BLOCK_PX), 8)).toBeLessThan(
      UNIFORM_MAX_DEVIATION,
    );
    // Text below the rectangle is untouched.
    const below = { ...blurredBox, y: blurredBox.y + blurredBox.height + 60, height: 200 };
    expect(maxLocalDeviation(preview, below, 8)).toBeGreaterThan(TEXT_MIN_DEVIATION);
    await page.getByRole('button', { name: 'Done blurring' }).click();
    // The small copy above Send is the blurred picture, the blurred part outlined on both.
    expect(await thumbnail(page).getAttribute('src')).toBe(after);
    await visible(page.getByText('Dashed boxes: the parts you hid.'));
    expect(await page.getByTestId('blur-outline').count()).toBe(2);
    expect(await boxInWindow(thumbnail(page))).toMatchObject({ inside: true });
    await saveArtifact(page, 'help-window-en.png');

    // Send: the helper's console hears of it at once, with who asked and that the class stopped.
    const created = nextEvent<HelpRequest>(helper.socket, 'request:created', LIVE_TIMEOUT_MS);
    await send.click();
    const request = await created;
    expect(request).toMatchObject({
      category: 'internet',
      text: 'The Wi-Fi says no internet',
      requester: 'Ana',
      urgent: true,
    });
    expect(request.screenshot?.type).toBe('image/jpeg');
    await visible(
      page.getByRole('status').filter({ hasText: 'Sent! A helper will look at it soon.' }),
    );
    // Its number, said aloud; who is on duty for this computer; the school's line.
    await visible(page.getByText(`Request ${request.number}`, { exact: true }));
    await visible(
      page
        .getByTestId('who-is-coming')
        .filter({ hasText: 'On duty for this computer now: Coordinator (IT coordinator).' }),
    );
    await visible(page.getByTestId('fallback').filter({ hasText: FALLBACK }));
    await visible(page.getByText('You said your class is stopped.'));
    await saveArtifact(page, 'help-window-en-sent.png');

    // What reached the hub is the blurred picture: the blur happened before it left.
    const stored = await fetch(`${hub.url}/api/requests/${request.id}/screenshot`, {
      headers: { authorization: `Bearer ${helper.token}` },
    });
    const storedImage = decodeScreenshot({ bytes: new Uint8Array(await stored.arrayBuffer()) });
    expect(maxLocalDeviation(storedImage, inside(blurredBox, JPEG_BLOCK_PX), 8)).toBeLessThan(
      UNIFORM_MAX_DEVIATION,
    );

    // A helper takes it and writes; the window shows both live.
    await helper.ask('request:claim', { requestId: request.id });
    await visible(page.getByRole('status').filter({ hasText: 'Coordinator is helping you.' }));
    await visible(page.getByTestId('who-is-coming').filter({ hasText: 'Coordinator is coming.' }));
    await helper.ask('request:message', {
      requestId: request.id,
      text: 'Is the Wi-Fi switch on the side turned on?',
    });
    await visible(page.getByRole('log').getByText('Is the Wi-Fi switch on the side turned on?'));

    // The student answers and says it is fixed.
    await page.getByLabel('Write back').fill('It was off. Now it works!');
    await page.getByRole('button', { name: 'Send reply' }).click();
    await visible(page.getByRole('log').getByText('It was off. Now it works!'));
    await expect
      .poll(
        async () =>
          (
            await helper.ask<HelpRequestDetail>('request:get', { requestId: request.id })
          ).events.some((event) => event.body === 'It was off. Now it works!'),
        { timeout: LIVE_TIMEOUT_MS, interval: 200 },
      )
      .toBe(true);
    await saveArtifact(page, 'help-window-en-conversation.png');
    await page.getByRole('button', { name: 'Fixed', exact: true }).click();
    await visible(page.getByRole('status').filter({ hasText: 'All done. Thank you!' }));
    const detail = await helper.ask<HelpRequestDetail>('request:get', { requestId: request.id });
    expect(detail.state).toBe('closed');

    // The helper looked at the picture and at the request (with the computer's snapshot) above,
    // for the request; now at the computer's details too. "This computer" says who looked, at
    // what, when and for which request.
    await helper.ask('device:get', { deviceId: request.deviceId });
    await page.getByRole('button', { name: 'This computer' }).click();
    // The computer as the school enrolled it, not the OS's host name.
    const facts = page.locator('dl.facts');
    await visible(facts.getByText('Music Room', { exact: true }));
    expect(await facts.locator('dt, dd').allTextContents()).toEqual(
      expect.arrayContaining([
        'Computer name',
        'music-room-pc-3',
        'Site',
        'North campus',
        'Room',
        'Music Room',
      ]),
    );
    const looks = page.getByTestId('who-looked').getByRole('listitem');
    const lines: RegExp[] = [
      /^Coordinator \(IT coordinator\) looked at this computer’s details on [^:]+:\d\d [AP]M$/,
      /^Coordinator \(IT coordinator\) looked at this computer’s details on .+ for your request about: Internet$/,
      /^Coordinator \(IT coordinator\) looked at the picture of your screen on .+ for your request about: Internet$/,
    ];
    await expect.poll(() => looks.count(), { timeout: LIVE_TIMEOUT_MS }).toBe(lines.length);
    const written = await looks.allTextContents();
    for (const line of lines)
      expect(
        written.filter((text) => line.test(text)),
        String(line),
      ).toHaveLength(1);
    await saveArtifact(page, 'help-window-en-who-looked.png');
    expect(problems).toEqual([]);
    await page.close();

    // The same window in Spanish, chosen from the OS language by main.
    tray.setLocale('es');
    const spanish = await openHelpWindow(browser(), tray, siteUrl(), 'ask');
    await visible(spanish.page.getByRole('heading', { name: '¿Qué no funciona?' }));
    expect(await spanish.page.evaluate(() => document.documentElement.lang)).toBe('es');
    // The name given before is there already: typed once on this computer account.
    await expect.poll(() => spanish.page.getByLabel('Tu nombre').inputValue()).toBe('Ana');
    expect(tray.runtime.dataDir).not.toBe(tray.userDir);
    await spanish.page.getByRole('radio', { name: 'Impresora' }).check();
    // A category says enough: Send works with no words.
    await visible(
      spanish.page.getByRole('img', { name: 'Copia pequeña de la foto que se va a enviar' }),
    );
    expect(
      await spanish.page.getByRole('button', { name: 'Enviar con foto', exact: true }).isEnabled(),
    ).toBe(true);
    await spanish.page.getByLabel('¿Qué pasó?').fill('La impresora no imprime nada.');
    // Blurring without a mouse: the box moves with the arrows, Enter hides what it covers.
    const spanishPicture = spanish.page.getByRole('img', {
      name: 'La foto de tu pantalla que se va a enviar',
    });
    await visible(spanishPicture);
    const unblurred = await spanishPicture.getAttribute('src');
    await spanish.page.getByRole('button', { name: 'Tapar una parte' }).click();
    await spanish.page.getByRole('button', { name: 'Parte de la foto que se va a tapar' }).focus();
    await spanish.page.keyboard.press('ArrowUp');
    await spanish.page.keyboard.press('Shift+ArrowRight');
    await spanish.page.keyboard.press('Enter');
    await visible(spanish.page.getByText('Esa parte quedó tapada.'));
    expect(await spanishPicture.getAttribute('src')).not.toBe(unblurred);
    await spanish.page.getByRole('button', { name: 'Listo' }).click();
    await saveArtifact(spanish.page, 'help-window-es.png');
    await spanish.page.getByRole('button', { name: 'Mis pedidos' }).click();
    await visible(spanish.page.getByText('¡Listo! Gracias.'));
    await saveArtifact(spanish.page, 'help-window-es-requests.png');
    await spanish.page.getByRole('button', { name: 'Esta computadora' }).click();
    await visible(spanish.page.getByText('Lo que Handraise nunca revisa'));
    await visible(spanish.page.getByText('Sede', { exact: true }));
    await visible(spanish.page.getByText('Music Room', { exact: true }));
    await saveArtifact(spanish.page, 'help-window-es-about.png');
    expect(spanish.problems).toEqual([]);
    await spanish.page.close();
  });
});
