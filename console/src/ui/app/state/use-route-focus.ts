import { useEffect, useState } from 'react';
import { placeKey } from '../lib/page-title.ts';
import type { Route } from '../lib/route.ts';

/** How long a page may take to draw its heading (data still loading) before focus stops waiting. */
const HEADING_WAIT_MS = 5_000;

/**
 * The heading of the place a route opens: a software title's panel, else the view's h1. An open
 * request moves focus itself, to its own heading (RequestDetail), so the view's h1 stays out of it.
 */
function headingSelector(route: Route): string {
  if (route.view === 'requests' && route.requestId) return '#request-title';
  return route.view === 'software' && route.titleKey ? '#title-name' : '#main h1';
}

/** Whether this hook moves focus there, or the view does it itself. */
function movesFocus(route: Route): boolean {
  return !(route.view === 'requests' && route.requestId);
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
  const focus = movesFocus(route);
  const [heading, setHeading] = useState<{ key: string; text: string } | null>(null);
  useEffect(() => {
    const main = document.getElementById('main');
    if (!main) return;
    return whenPresent(main, selector, (element) => {
      if (focus) {
        // Reachable by script, not by Tab: a heading is no control.
        if (!element.hasAttribute('tabindex')) element.tabIndex = -1;
        // A dialog opened meanwhile keeps the focus it took.
        if (!document.querySelector('[role="dialog"]')) element.focus({ preventScroll: true });
      }
      setHeading({ key, text: element.textContent.trim() });
    });
  }, [key, selector, focus]);
  return heading?.key === key ? heading.text : null;
}
