import { describe, expect, it } from 'vitest';
import { initialSidebarMode, SIDEBAR_COLLAPSED_BELOW_PX } from './sidebar-state.ts';

describe('initialSidebarMode', () => {
  it('keeps what the person chose, whatever the width', () => {
    expect(initialSidebarMode('expanded', 800)).toBe('expanded');
    expect(initialSidebarMode('collapsed', 1920)).toBe('collapsed');
  });

  it('starts collapsed below the narrow-window width and expanded from it', () => {
    expect(initialSidebarMode(null, SIDEBAR_COLLAPSED_BELOW_PX - 1)).toBe('collapsed');
    expect(initialSidebarMode(null, SIDEBAR_COLLAPSED_BELOW_PX)).toBe('expanded');
  });

  it('ignores a saved value it does not know', () => {
    expect(initialSidebarMode('wide', 1440)).toBe('expanded');
  });
});
