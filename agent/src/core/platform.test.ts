import { describe, expect, it } from 'vitest';
import { toPlatform } from './platform.ts';

describe('toPlatform', () => {
  it('maps the Node platform names to the contract', () => {
    expect(toPlatform('linux')).toBe('linux');
    expect(toPlatform('win32')).toBe('windows');
    expect(toPlatform('darwin')).toBe('macos');
    expect(toPlatform('freebsd')).toBe('other');
    expect(toPlatform('')).toBe('other');
  });
});
