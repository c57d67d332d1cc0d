// Test support: what a keyboard and a screen reader meet in the help window — axe at every impact,
// what live regions would read out, and the focus ring's contrast, all measured in the page.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

type AxeViolation = {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
};

/**
 * Runs axe-core with the WCAG 2.1 A/AA rules and its best practices, and returns every violation
 * whatever its impact (minor ones too), as "impact rule: help at target…".
 */
export async function allAxeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate<AxeViolation[]>(`
    axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    }).then((result) => result.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })),
    })))
  `);
  return violations.map(
    (v) =>
      `${v.impact ?? 'none'} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/**
 * Starts noting what a screen reader would announce: text added to a live region (aria-live
 * polite/assertive, or role log/status/alert) that was already in the page before the change.
 * A region that appears together with its text announces nothing, as with real screen readers.
 */
export async function listenToLiveRegions(page: Page): Promise<void> {
  await page.evaluate(() => {
    const selector =
      '[aria-live="polite"], [aria-live="assertive"], [role="log"], [role="status"], [role="alert"]';
    const known = new WeakSet<Element>();
    const remember = () => document.querySelectorAll(selector).forEach((r) => known.add(r));
    remember();
    const heard: string[] = [];
    Object.assign(window, { __announced: heard });
    new MutationObserver((records) => {
      for (const record of records) {
        const target =
          record.target instanceof Element ? record.target : record.target.parentElement;
        const region = target?.closest(selector);
        if (!region || !known.has(region)) continue;
        const added =
          record.type === 'characterData'
            ? [record.target.textContent ?? '']
            : [...record.addedNodes].map((node) => node.textContent ?? '');
        for (const text of added) if (text.trim()) heard.push(text.trim());
      }
      remember();
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

/** What the live regions announced since `listenToLiveRegions`. */
export function announced(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __announced: string[] }).__announced);
}

/**
 * The focused element's outline against what lies behind it (the nearest ancestor with a solid
 * background: the ring is drawn outside the element), as a WCAG contrast ratio.
 */
export function focusRingContrast(page: Page): Promise<{ element: string; ratio: number }> {
  return page.evaluate(() => {
    const parse = (colour: string) => {
      const parts = colour.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0, 0];
      return { rgb: parts.slice(0, 3), alpha: parts.length > 3 ? (parts[3] ?? 1) : 1 };
    };
    const luminance = (rgb: number[]) => {
      const [r = 0, g = 0, b = 0] = rgb.map((channel) => {
        const c = channel / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const focused = document.activeElement;
    if (!(focused instanceof HTMLElement)) throw new Error('nothing has the focus');
    // The category cards draw the ring for the radio hidden inside them.
    const ringed = focused.closest('.category') ?? focused;
    const ring = parse(getComputedStyle(ringed).outlineColor);
    if (getComputedStyle(ringed).outlineStyle === 'none') throw new Error('no focus ring');
    let behind: Element | null = ringed.parentElement;
    let backdrop = parse('rgb(255, 255, 255)');
    while (behind) {
      const colour = parse(getComputedStyle(behind).backgroundColor);
      if (colour.alpha === 1) {
        backdrop = colour;
        break;
      }
      behind = behind.parentElement;
    }
    const [light, dark] = [luminance(ring.rgb), luminance(backdrop.rgb)].sort((a, b) => b - a);
    const name = `${ringed.tagName.toLowerCase()} "${(focused.getAttribute('aria-label') ?? focused.textContent ?? '').trim().slice(0, 40)}"`;
    return { element: name, ratio: ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05) };
  });
}

/** Whether the focused element lies fully inside the window and clear of the sticky Send bar. */
export function focusedInSight(page: Page): Promise<{ inView: boolean; underSendBar: boolean }> {
  return page.evaluate(() => {
    const focused = document.activeElement;
    if (!(focused instanceof HTMLElement)) throw new Error('nothing has the focus');
    const box = (focused.closest('.category') ?? focused).getBoundingClientRect();
    const bar = document.querySelector('.send-row')?.getBoundingClientRect();
    const inView = box.top >= 0 && box.bottom <= window.innerHeight;
    const inBar = focused.closest('.send-row') !== null;
    const underSendBar =
      bar !== undefined && !inBar && box.bottom > bar.top && box.top < bar.bottom;
    return { inView, underSendBar };
  });
}
