import { describe, expect, it } from 'vitest';
import type { SoftwareOverview, SoftwareTitleSummary } from '@handraise/shared';
import { formatCount } from '../../lib/format.ts';
import { headline } from './software-headline.ts';

function title(key: string, behindCount: number): SoftwareTitleSummary {
  return {
    key,
    name: key,
    publisher: null,
    platforms: ['windows'],
    sources: [],
    deviceCount: 10,
    behindCount,
    unknownCount: 0,
    pendingCount: 0,
    securityCount: 0,
    versions: [],
  };
}

const overview = (o: Partial<SoftwareOverview>): SoftwareOverview => ({
  devices: 61,
  devicesBehind: 55,
  devicesWithSecurityUpdates: 0,
  titlesBehind: 2,
  ...o,
});

describe('software headline', () => {
  it('names the computers that have security updates as computers', () => {
    const line = headline(
      [title('chrome', 3), title('firefox', 1)],
      overview({ devicesWithSecurityUpdates: 2 }),
      '',
    );
    expect(line).toBe(
      '55 of 61 computers need updates · 2 titles · 2 computers with security updates',
    );
  });

  it('says one computer in the singular', () => {
    const line = headline(
      [title('chrome', 1)],
      overview({ devicesBehind: 1, devicesWithSecurityUpdates: 1 }),
      ' in Room 204',
    );
    expect(line).toBe(
      '1 of 61 computers needs updates · 1 title · 1 computer with security updates in Room 204',
    );
  });

  it('groups thousands on both sides of "of"', () => {
    const line = headline(
      [title('chrome', 900)],
      overview({ devices: 1_500, devicesBehind: 1_359 }),
      '',
    );
    // The reader's locale picks the separator; the line uses it on both numbers alike.
    expect(line).toBe(
      `${formatCount(1_359)} of ${formatCount(1_500)} computers need updates · 1 title`,
    );
  });

  it('gives the all-clear and the empty case', () => {
    expect(headline([title('chrome', 0)], overview({}), '')).toBe('Everything is up to date');
    expect(headline([], null, ' in Room 1')).toBe('No software reported in Room 1 yet');
  });
});
