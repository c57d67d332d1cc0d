import { describe, expect, test } from 'vitest';
import { serviceHoursFileName } from './program.ts';

describe('serviceHoursFileName', () => {
  test('names the export after the advisor, in plain letters', () => {
    expect(serviceHoursFileName('Ana Reyes')).toBe('service-hours-ana-reyes.csv');
    expect(serviceHoursFileName('Zoë  O’Brien-Park')).toBe('service-hours-zoe-obrien-park.csv');
    // Nothing a header or a file system would trip on, whatever the name.
    expect(serviceHoursFileName('"; rm -rf /')).toBe('service-hours-rm-rf.csv');
    expect(serviceHoursFileName('陈')).toBe('service-hours-advisor.csv');
  });
});
