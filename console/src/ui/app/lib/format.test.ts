import { describe, expect, it } from 'vitest';
import { inAnyLocale } from '../testing/in-any-locale.ts';
import {
  formatAgo,
  formatBytes,
  formatDateTime,
  formatDecimal,
  formatDuration,
  formatWhen,
} from './format.ts';

describe('format', () => {
  it('says durations as people do', () => {
    expect(formatDuration(30_000)).toBe('under a minute');
    expect(formatDuration(5 * 60_000)).toBe('5 min');
    expect(formatDuration(125 * 60_000)).toBe('2 h 5 min');
    expect(formatDuration(26 * 3_600_000)).toBe('1 day');
    expect(formatAgo(null, 0)).toBe('never');
    expect(formatAgo(new Date(0).toISOString(), 10_000)).toBe('just now');
  });

  it('shows memory and disks in binary units, with the binary units’ names', () => {
    expect(formatBytes(16 * 1024 ** 3)).toBe('16 GiB');
    expect(formatBytes(8 * 1024 ** 3)).toBe('8 GiB');
    expect(formatBytes(1.5 * 1024 ** 3)).toMatch(inAnyLocale('1.5 GiB'));
    // 23.5 GiB is about 25.2 GB: never "24 GB", which would be neither.
    expect(formatBytes(23.5 * 1024 ** 3)).toMatch(inAnyLocale('23.5 GiB'));
    expect(formatBytes(233.4 * 1024 ** 3)).toBe('233 GiB');
    expect(formatBytes(5.6 * 1024 ** 3)).toMatch(inAnyLocale('5.6 GiB'));
    expect(formatBytes(70 * 1024 ** 2)).toBe('70 MiB');
    expect(formatBytes(3 * 1024)).toBe('3 KiB');
    expect(formatBytes(2 * 1024 ** 4)).toBe('2 TiB');
    expect(formatBytes(512)).toBe('512 B');
    // Just under a unit rounds into it rather than reading "1,024 MiB".
    expect(formatBytes(1024 ** 3 - 1)).toBe('1 GiB');
    // Past the largest unit, the figure grows and is grouped.
    expect(formatBytes(2048 * 1024 ** 4)).toMatch(inAnyLocale('2,048 TiB'));
  });

  it('groups large figures and drops trailing zeros', () => {
    expect(formatDecimal(8_589_934_592, 0)).toMatch(inAnyLocale('8,589,934,592'));
    expect(formatDecimal(0.5, 2)).toMatch(inAnyLocale('0.5'));
    expect(formatDecimal(2, 1)).toBe('2');
    expect(formatDecimal(1.44, 1)).toMatch(inAnyLocale('1.4'));
  });

  it('shows a moment it cannot read as the text it came as, instead of throwing', () => {
    expect(formatDateTime('9999-99-99T99:99:99Z')).toBe('9999-99-99T99:99:99Z');
    expect(formatWhen('not a time', Date.now())).toBe('not a time');
    const moment = '2024-03-12T08:30:00.000Z';
    expect(formatDateTime(moment)).toContain('2024');
    expect(formatWhen(moment, Date.parse(moment) + 40 * 86_400_000)).toContain('2024');
  });
});
