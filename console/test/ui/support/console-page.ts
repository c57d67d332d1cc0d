// Test support: driving the console UI in Chromium: sign-in, problems, axe, screenshots.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { TEST_ADMIN_PASSWORD } from '../../../src/hub/testing/test-hub.ts';

const REPO_ROOT = join(import.meta.dirname, '..', '..', '..', '..');
const AXE_SOURCE = readFileSync(join(REPO_ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** Where screenshots of each view are saved for people to look at (not compared). */
export const ARTIFACTS_DIR = join(import.meta.dirname, '..', '..', 'artifacts');

/** How long a live change may take to show before a test gives up on it. */
export const LIVE_TIMEOUT_MS = 10_000;

/**
 * Collects what must not happen on a page: script errors, console errors and Content-Security-
 * Policy violations (reported by the page itself, since Chromium only logs them).
 */
export async function watchProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page: ${error.message}`));
  await page.exposeFunction('__reportCsp', (text: string) => problems.push(`csp: ${text}`));
  await page.addInitScript(`
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__reportCsp([e.violatedDirective, e.blockedURI, e.sample, e.sourceFile + ':' + e.lineNumber + ':' + e.columnNumber].join(' ')));
  `);
  return problems;
}

/** Signs in (as the test hub's coordinator unless told) and waits until the console is live. */
export async function signIn(
  page: Page,
  hubUrl: string,
  as: { username: string; password: string } = { username: 'admin', password: TEST_ADMIN_PASSWORD },
): Promise<void> {
  await page.goto(hubUrl);
  await page.getByLabel('Username').fill(as.username);
  await page.getByLabel('Password').fill(as.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('connection').filter({ hasText: 'Live' }).waitFor();
}

type AxeViolation = { id: string; impact: string | null; help: string; nodes: unknown[] };

/**
 * Runs axe-core (WCAG 2.1 A and AA rules) on the page as it is and returns its violations of every
 * impact (minor and moderate ones too), each as "rule (impact): help [nodes]".
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) {
    // Not page.addScriptTag: the hub's CSP refuses inline scripts (as it should), and bypassing
    // the CSP would also hide the violations this suite watches for. Evaluation from the driver
    // is not subject to the page's CSP.
    await page.evaluate(AXE_SOURCE);
  }
  const violations = await page.evaluate<AxeViolation[]>(`
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
      .then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.html.slice(0, 160) + ' ' + (n.any[0]?.message ?? '')) })))
  `);
  return violations.map(
    (v) => `${v.id} (${v.impact ?? 'no impact'}): ${v.help} ${JSON.stringify(v.nodes.slice(0, 3))}`,
  );
}

/** Waits until the app has put the theme on <html> (no string predicates: the CSP forbids eval). */
function themeApplied(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  return page.locator(`html[data-theme="${scheme}"]`).waitFor({ state: 'attached' });
}

/** Resolves in the page after it has drawn twice: what was rendered is painted. */
const TWO_FRAMES =
  'new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))';

/** Waits for the page to draw twice (the test project has no DOM types, hence the string). */
export async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(TWO_FRAMES);
}

/**
 * Waits until the page's CSS transitions and animations have finished and it has drawn twice, so
 * a picture shows the view at rest (theme colours applied, nothing mid-way).
 */
async function settled(page: Page): Promise<void> {
  await page.evaluate(
    `Promise.all(document.getAnimations().map((a) => a.finished)).then(() => ${TWO_FRAMES})`,
  );
}

/** The tallest picture taken: whole views, but not a 10,000-row table. */
const MAX_SCREENSHOT_HEIGHT_PX = 2_000;

/** Saves the page in light and dark (tall enough for the whole view), returning the paths. */
export async function screenshotBothThemes(page: Page, name: string): Promise<string[]> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const paths: string[] = [];
  const viewport = page.viewportSize() ?? { width: 1440, height: 900 };
  const main = page.locator('#main');
  // The sign-in screens have no scrolling main area; the page itself is the picture there.
  const contentHeight =
    (await main.count()) === 0
      ? viewport.height
      : await main.evaluate((element) => {
          const { scrollHeight, offsetTop } = element as {
            scrollHeight: number;
            offsetTop: number;
          };
          return scrollHeight + offsetTop;
        });
  await page.setViewportSize({
    width: viewport.width,
    height: Math.min(MAX_SCREENSHOT_HEIGHT_PX, Math.max(viewport.height, contentHeight)),
  });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await themeApplied(page, scheme);
    await settled(page);
    const path = join(ARTIFACTS_DIR, `console-${name}-${scheme}.png`);
    await page.screenshot({ path });
    paths.push(path);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize(viewport);
  return paths;
}

/** axe in both themes (contrast differs), then screenshots; returns the violations found. */
export async function checkView(page: Page, name: string): Promise<string[]> {
  const found: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    // Reduced motion turns the console's transitions off, so colours are final when axe reads them.
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await themeApplied(page, scheme);
    found.push(...(await axeViolations(page)).map((v) => `${name} (${scheme}) ${v}`));
  }
  await screenshotBothThemes(page, name);
  return found;
}
