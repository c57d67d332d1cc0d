import { describe, expect, it } from 'vitest';
import { normalizeQfeDate, normalizeQfeEntries, parseQfeJson } from './qfe.ts';

describe('parseQfeJson', () => {
  it('reads the collector JSON, one hotfix per KB, dates as yyyyMMdd', () => {
    const json = JSON.stringify([
      {
        HotFixID: 'KB5034441',
        Description: 'Security Update',
        InstalledOn: '1/9/2024',
        ServicePackInEffect: '',
      },
      {
        HotFixID: 'KB5033909',
        Description: 'Update',
        InstalledOn: '12/12/2023',
        ServicePackInEffect: null,
      },
      { HotFixID: 'KB5034441', Description: 'Security Update', InstalledOn: '1/9/2024' },
    ]);
    expect(parseQfeJson(json)).toEqual([
      { id: 'KB5034441', description: 'Security Update', installedOn: '20240109', source: 'qfe' },
      { id: 'KB5033909', description: 'Update', installedOn: '20231212', source: 'qfe' },
    ]);
  });

  it('reads a bare object and empty output', () => {
    expect(parseQfeJson('{"HotFixID":"KB890830","Description":"Update"}')).toEqual([
      { id: 'KB890830', description: 'Update', source: 'qfe' },
    ]);
    expect(parseQfeJson('')).toEqual([]);
  });
});

describe('normalizeQfeEntries', () => {
  it('takes the KB from ServicePackInEffect for XP per-file entries, and skips non-KB ids', () => {
    expect(
      normalizeQfeEntries([
        { hotFixId: 'File 1', servicePackInEffect: 'KB2079403' },
        { hotFixId: 'File 1', servicePackInEffect: 'KB2079403' },
        { hotFixId: 'XpsEPSC', description: 'XML Paper Specification Shared Components Pack 1.0' },
        { hotFixId: 'Q147222' },
      ]),
    ).toEqual([
      { id: 'KB2079403', source: 'qfe' },
      { id: 'Q147222', source: 'qfe' },
    ]);
  });
});

describe('normalizeQfeDate', () => {
  it('reads US dates, compact dates and hex FILETIMEs; keeps other text', () => {
    expect(normalizeQfeDate('1/15/2011')).toBe('20110115');
    expect(normalizeQfeDate('20110115')).toBe('20110115');
    // 2011-01-15T00:00:00Z as a FILETIME.
    expect(normalizeQfeDate('01cbb44726fd4000')).toBe('20110115');
    expect(normalizeQfeDate('15.01.2011')).toBe('15.01.2011');
    expect(normalizeQfeDate('  ')).toBeUndefined();
    expect(normalizeQfeDate(undefined)).toBeUndefined();
  });
});
