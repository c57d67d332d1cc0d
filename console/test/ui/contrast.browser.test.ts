// Contrast the console's own colours must keep, in light and in dark, measured on the real page:
// chart axis labels and bars, the request-age segments (told apart by more than colour), input
// borders and the focused option of a list. Text needs 4.5:1, everything else 3:1 (WCAG 1.4.3,
// 1.4.11).
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { raiseHand } from '../../src/hub/testing/raise-hand.ts';
import { consoleTest } from './support/console-fixture.ts';
import { screenshotBothThemes, signIn } from './support/console-page.ts';
import { connectSampleComputer } from './support/sample-computer.ts';

const TEXT_MIN = 4.5;
const NON_TEXT_MIN = 3;

/**
 * Page-side helpers, as text (the tests are compiled without the DOM's types): `rgbOf` reads any
 * CSS colour through a canvas (so color-mix() and friends come out as sRGB), `backgroundOf` the
 * first opaque background behind an element, `contrast` the WCAG ratio of two colours.
 */
const HELPERS = `
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  const rgbOf = (color, behind = [255, 255, 255]) => {
    ctx.fillStyle = 'rgb(' + behind.join(',') + ')';
    ctx.fillRect(0, 0, 1, 1);
    ctx.fillStyle = color;
    ctx.fillRect(0, 0, 1, 1);
    return [...ctx.getImageData(0, 0, 1, 1).data.slice(0, 3)];
  };
  const isClear = (color) => color === 'transparent' || /rgba\\(.*,\\s*0\\)$/.test(color);
  const backgroundOf = (element) => {
    for (let e = element; e; e = e.parentElement) {
      const color = getComputedStyle(e).backgroundColor;
      if (!isClear(color)) return rgbOf(color);
    }
    return rgbOf(getComputedStyle(document.body).backgroundColor);
  };
  const luminance = (rgb) => {
    const [r, g, b] = rgb.map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a, b) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100;
  };
`;

type Measure = { what: string; ratio: number; min: number };

/** The contrasts of Today's charts and segments, as the page draws them now. */
function measureToday(page: Page): Promise<Measure[]> {
  return page.evaluate<Measure[]>(`(() => {
    ${HELPERS}
    const out = [];
    for (const tick of document.querySelectorAll('#main .recharts-cartesian-axis-tick-value')) {
      out.push({ what: 'axis label "' + tick.textContent + '"', min: ${TEXT_MIN},
        ratio: contrast(rgbOf(getComputedStyle(tick).fill), backgroundOf(tick)) });
    }
    for (const bar of document.querySelectorAll('#main .recharts-bar-rectangle path')) {
      out.push({ what: 'chart bar ' + bar.closest('.recharts-layer[class*="bar"], g[class]').getAttribute('class') + ' ' + getComputedStyle(bar).fill, min: ${NON_TEXT_MIN},
        ratio: contrast(rgbOf(getComputedStyle(bar).fill), backgroundOf(bar.closest('figure'))) });
    }
    for (const seg of document.querySelectorAll('#main .legend .seg')) {
      out.push({ what: 'age swatch ' + seg.className, min: ${NON_TEXT_MIN},
        ratio: contrast(rgbOf(getComputedStyle(seg).backgroundColor), backgroundOf(seg.parentElement)) });
    }
    return out;
  })()`);
}

/** The patterns of the age segments: each its own, so colour is not the only difference. */
function agePatterns(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(
    `[...document.querySelectorAll('#main .legend .seg')].map((s) => getComputedStyle(s).backgroundImage)`,
  );
}

/** The search box's border against what is around it, and a focused option of an open list. */
function measureControls(page: Page): Promise<Measure[]> {
  return page.evaluate<Measure[]>(`(() => {
    ${HELPERS}
    const out = [];
    const input = document.querySelector('#main input[type="search"]');
    out.push({ what: 'input border', min: ${NON_TEXT_MIN},
      ratio: contrast(rgbOf(getComputedStyle(input).borderTopColor), backgroundOf(input.parentElement)) });
    out.push({ what: 'input border on the page', min: ${NON_TEXT_MIN},
      ratio: contrast(rgbOf(getComputedStyle(input).borderTopColor), backgroundOf(document.getElementById('main'))) });
    const option = document.querySelector('.listbox-item[data-focused]');
    const optionBackground = backgroundOf(option);
    out.push({ what: 'focused option against the list', min: ${NON_TEXT_MIN},
      ratio: contrast(optionBackground, backgroundOf(option.parentElement)) });
    out.push({ what: 'focused option text', min: ${TEXT_MIN},
      ratio: contrast(rgbOf(getComputedStyle(option).color), optionBackground) });
    return out;
  })()`);
}

const contrastTest = consoleTest.extend('scene', { scope: 'file' }, async ({ t }) => {
  const agent = await connectSampleComputer(t, 'art-room-pc-3');
  await raiseHand(agent, { category: 'printer', text: 'The printer says paper jam' });
  return {};
});

describe('console UI: contrast of its own colours', () => {
  contrastTest(
    'keeps charts, age segments, input borders and focused options readable in both themes',
    async ({ t, page, problems, scene }) => {
      expect(scene).toEqual({});
      await signIn(page, t.hub.url);
      const failing: string[] = [];
      const check = (scheme: string, measures: Measure[]) => {
        for (const m of measures)
          if (m.ratio < m.min) failing.push(`${scheme}: ${m.what} ${m.ratio}:1 (needs ${m.min})`);
      };
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
        await page.locator(`html[data-theme="${scheme}"]`).waitFor({ state: 'attached' });
        await page.goto(`${t.hub.url}/#/today`);
        await page.locator('#main .recharts-bar-rectangle path').first().waitFor();
        await page.locator('#main .recharts-cartesian-axis-tick-value').first().waitFor();
        const today = await measureToday(page);
        expect(today.filter((m) => m.what.startsWith('axis')).length).toBeGreaterThan(0);
        expect(today.filter((m) => m.what.startsWith('age')).length).toBe(4);
        check(scheme, today);
        const patterns = await agePatterns(page);
        if (new Set(patterns).size !== 4)
          failing.push(`${scheme}: age segments differ by colour alone: ${patterns.join(' | ')}`);

        await page.goto(`${t.hub.url}/#/software`);
        await page.getByRole('button', { name: /Room/ }).click();
        await page.keyboard.press('ArrowDown');
        await page.locator('.listbox-item[data-focused]').waitFor();
        check(scheme, await measureControls(page));
        await page.keyboard.press('Escape');
      }
      await page.goto(`${t.hub.url}/#/today`);
      await page.locator('#main .recharts-bar-rectangle path').first().waitFor();
      await screenshotBothThemes(page, 'contrast-today');
      expect(failing).toEqual([]);
      expect(problems).toEqual([]);
    },
  );
});
