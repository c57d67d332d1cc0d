import { describe, expect, it } from 'vitest';
import { formatAgo, formatBytes, formatDuration } from './format.ts';

describe('format', () => {
  it('says durations as people do', () => {
    expect(formatDuration(30_000)).toBe('under a minute');
    expect(formatDuration(5 * 60_000)).toBe('5 min');
    expect(formatDuration(125 * 60_000)).toBe('2 h 5 min');
    expect(formatDuration(26 * 3_600_000)).toBe('1 day');
    expect(formatAgo(null, 0)).toBe('never');
    expect(formatAgo(new Date(0).toISOString(), 10_000)).toBe('just now');
  });

  it('shows memory and disks in the binary units the computer itself shows', () => {
    expect(formatBytes(16 * 1024 ** 3)).toBe('16 GB');
    expect(formatBytes(8 * 1024 ** 3)).toBe('8 GB');
    expect(formatBytes(1.5 * 1024 ** 3)).toBe('1.5 GB');
    expect(formatBytes(512)).toBe('512 B');
  });
});
