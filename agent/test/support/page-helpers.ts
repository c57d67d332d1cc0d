// Test support: opening the help window in Chromium and reading what it shows.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { decodeScreenshot } from '../../src/core/screenshot/decode.ts';
import type { Raster } from '../../src/core/screenshot/screenshot.ts';
import type { TrayHarness } from './tray-harness.ts';

/** The help window's size in Electron, in CSS pixels (help-window.ts). */
export const WINDOW_VIEWPORT = { width: 620, height: 820 } as const;

/** Where screenshots of the window go; kept out of git, made on every run. */
export const ARTIFACTS_DIR = join(import.meta.dirname, '..', 'artifacts');

/** Longest wait for something the hub or the page does live, in ms. */
export const LIVE_TIMEOUT_MS = 20_000;

export type OpenedPage = { page: Page; problems: string[] };

/** A window-sized page wired to the harness, on `view`; page errors are collected. */
export async function openHelpWindow(
  browser: Browser,
  tray: TrayHarness,
  siteUrl: string,
  view: 'ask' | 'requests' | 'about',
): Promise<OpenedPage> {
  const page = await browser.newPage({ viewport: WINDOW_VIEWPORT });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await tray.attach(page);
  await page.goto(`${siteUrl}#${view}`);
  return { page, problems };
}

/** Waits (bounded) until `locator` is visible. */
export function visible(locator: Locator, timeout = LIVE_TIMEOUT_MS): Promise<void> {
  return locator.first().waitFor({ state: 'visible', timeout });
}

/** Decodes a `data:image/…;base64,` URL into pixels. */
export function decodeDataUrl(dataUrl: string): Raster {
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  return decodeScreenshot({ bytes: Buffer.from(base64, 'base64') });
}

/**
 * Saves a PNG of the window under ARTIFACTS_DIR: the whole page, or (`fullPage: false`) only what
 * the 620×820 window shows without scrolling.
 */
export async function saveArtifact(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, name);
  await page.screenshot({ path, fullPage: options.fullPage ?? true, animations: 'disabled' });
  return path;
}

/** Where `locator` is, if all of it is inside the window as it stands (nothing scrolled to it). */
export async function boxInWindow(locator: Locator) {
  const box = await locator.boundingBox();
  const inside =
    box !== null &&
    box.x >= 0 &&
    box.y >= 0 &&
    box.x + box.width <= WINDOW_VIEWPORT.width &&
    box.y + box.height <= WINDOW_VIEWPORT.height;
  return { box, inside };
}
