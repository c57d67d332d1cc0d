import { describe, expect, it } from 'vitest';
import { deviceTabFrom, tabParam } from './device-tab.ts';

describe('device tab in the address', () => {
  it('opens the tab the address names', () => {
    expect(deviceTabFrom('outdated', false)).toBe('outdated');
    expect(deviceTabFrom('requests', true)).toBe('requests');
  });

  it('falls back to Overview for no tab, an unknown one or a hidden software tab', () => {
    expect(deviceTabFrom(undefined, false)).toBe('overview');
    expect(deviceTabFrom('settings', false)).toBe('overview');
    expect(deviceTabFrom('software', true)).toBe('overview');
  });

  it('leaves Overview out of the address', () => {
    expect(tabParam('overview')).toBeNull();
    expect(tabParam('live')).toBe('live');
  });
});
