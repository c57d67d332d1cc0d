import { useEffect, useState } from 'react';
import { placeKey } from '../lib/page-title.ts';
import type { Route } from '../lib/route.ts';

/** How long a page may take to draw its heading (data still loading) before focus stops waiting. */
const HEADING_WAIT_MS = 5_000;

/**
 * Marks a list whose items open an item beside it (the request queue): while focus is on one of
 * them, opening an item leaves it there, so arrow keys and Tab go on through the list.
 */
export const KEEPS_FOCUS_ATTRIBUTE = 'data-keeps-focus';

/** Whether the person is moving through a list that keeps focus (the detail is announced instead). */
export function focusKeptInList(): boolean {
  return document.activeElement?.closest(`[${KEEPS_FOCUS_ATTRIBUTE}]`) != null;
}

const REQUEST_HEADING = '#request-title';

/** The heading of the place a route opens: an open request's, a software title's, else the h1. */
function headingSelector(route: Route): string {
  if (route.view === 'requests' && route.requestId) return REQUEST_HEADING;
  return route.view === 'software' && route.titleKey ? '#title-name' : '#main h1';
}

/**
 * The first element matching `selector` in `root` that is drawn: a view still loading shows a
 * placeholder, and the view it replaces may linger hidden (display: none) until then.
 */
function drawnMatch(root: Element, selector: string): HTMLElement | undefined {
  return [...root.querySelectorAll<HTMLElement>(selector)].find(
    (e) => e.getClientRects().length > 0,
  );
}

/**
 * Calls `found` with the first drawn element matching `selector` in `root`, now or once it is
 * drawn, and returns how to stop waiting.
 */
function whenPresent(root: Element, selector: string, found: (element: HTMLElement) => void) {
  const now = drawnMatch(root, selector);
  if (now) {
    found(now);
    return () => undefined;
  }
  const observer = new MutationObserver(() => {
    const element = drawnMatch(root, selector);
    if (!element) return;
    stop();
    found(element);
  });
  const timer = setTimeout(() => stop(), HEADING_WAIT_MS);
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
  };
  // Style too: a hidden view is shown again by changing its style.
  observer.observe(root, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['style'],
  });
  return stop;
}

/**
 * On every change of place (a view, or an item in it; not its filters), moves focus to the new
 * page's heading, so keyboard and screen-reader users start there rather than on a link that is
 * gone. Returns the heading's text once seen (a software title's name, for the tab's title).
 */
export function useRouteFocus(route: Route): string | null {
  const key = placeKey(route);
  const selector = headingSelector(route);
  const [heading, setHeading] = useState<{ key: string; text: string } | null>(null);
  useEffect(() => {
    const main = document.getElementById('main');
    if (!main) return;
    return whenPresent(main, selector, (element) => {
      // Reachable by script, not by Tab: a heading is no control.
      if (!element.hasAttribute('tabindex')) element.tabIndex = -1;
      // A dialog opened meanwhile keeps the focus it took; so does a list being walked through.
      if (!document.querySelector('[role="dialog"]') && !focusKeptInList()) {
        // A request's heading may sit below its queue (one column): it is scrolled into view.
        element.focus({ preventScroll: selector !== REQUEST_HEADING });
      }
      setHeading({ key, text: element.textContent.trim() });
    });
  }, [key, selector]);
  return heading?.key === key ? heading.text : null;
}
