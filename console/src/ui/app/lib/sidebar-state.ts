import { useCallback, useState } from 'react';

/** localStorage: how this browser's person likes the navigation, kept across sessions. */
const SIDEBAR_KEY = 'handraise.sidebar';

/** Below this window width (CSS px) the navigation starts as icons, leaving room for the view. */
export const SIDEBAR_COLLAPSED_BELOW_PX = 1_100;

export type SidebarMode = 'expanded' | 'collapsed';

/** The remembered choice, else collapsed on a narrow window. */
export function initialSidebarMode(saved: string | null, windowWidthPx: number): SidebarMode {
  if (saved === 'expanded' || saved === 'collapsed') return saved;
  return windowWidthPx < SIDEBAR_COLLAPSED_BELOW_PX ? 'collapsed' : 'expanded';
}

function readSaved(): string | null {
  try {
    return localStorage.getItem(SIDEBAR_KEY);
  } catch {
    return null;
  }
}

/** Whether the sidebar shows icons only, and a toggle that remembers the choice. */
export function useSidebarMode(): [SidebarMode, () => void] {
  const [mode, setMode] = useState<SidebarMode>(() =>
    initialSidebarMode(readSaved(), window.innerWidth),
  );
  const toggle = useCallback(() => {
    setMode((current) => {
      const next = current === 'collapsed' ? 'expanded' : 'collapsed';
      try {
        localStorage.setItem(SIDEBAR_KEY, next);
      } catch {
        // Storage refused (private mode, quota): the choice lasts for this page only.
      }
      return next;
    });
  }, []);
  return [mode, toggle];
}
