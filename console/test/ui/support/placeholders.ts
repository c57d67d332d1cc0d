// Test support: search hints that a narrow window cuts off.
import type { Page } from 'playwright-core';

/**
 * The placeholders wider than their box leaves them (measured in the page's font). Run as page
 * text: these tests compile without the DOM's types.
 */
export const cutPlaceholders = (page: Page): Promise<string[]> =>
  page.evaluate(`[...document.querySelectorAll('input[placeholder]')].filter((input) => {
    const style = getComputedStyle(input);
    const context = document.createElement('canvas').getContext('2d');
    context.font = style.font;
    const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return context.measureText(input.placeholder).width > room;
  }).map((input) => input.placeholder)`);
