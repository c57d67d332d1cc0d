// Renders the apps' installer icons from their drawings: build/icon.svg → build/icon.png (the
// console) and build/agent/icon.svg → build/agent/icon.png (the agent), 1024 px square with a
// transparent background; electron-builder makes the .ico and .icns from them. The PNGs are
// committed (packing needs no browser); run after changing a drawing: npm run icons:installers
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/** electron-builder wants at least 512 px; macOS uses up to 1024 px. */
export const INSTALLER_ICON_PX = 1024;

const BUILD_DIR = join(import.meta.dirname, '..');
export const INSTALLER_ICONS = [
  { svg: join(BUILD_DIR, 'icon.svg'), png: join(BUILD_DIR, 'icon.png') },
  { svg: join(BUILD_DIR, 'agent', 'icon.svg'), png: join(BUILD_DIR, 'agent', 'icon.png') },
];

if (import.meta.main) {
  const browser = await chromium.launch({
    executablePath: process.env.HANDRAISE_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({
      viewport: { width: INSTALLER_ICON_PX, height: INSTALLER_ICON_PX },
    });
    for (const { svg, png } of INSTALLER_ICONS) {
      const drawing = readFileSync(svg, 'utf8').replace(
        '<svg ',
        `<svg width="${INSTALLER_ICON_PX}" height="${INSTALLER_ICON_PX}" `,
      );
      await page.setContent(
        `<html><body style="margin:0;background:transparent">${drawing}</body></html>`,
      );
      await page.locator('svg').screenshot({ path: png, omitBackground: true });
      process.stdout.write(`wrote ${png}\n`);
    }
  } finally {
    await browser.close();
  }
}
