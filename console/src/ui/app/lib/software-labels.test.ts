import { describe, expect, it } from 'vitest';
import type { VerdictReason } from '@handraise/shared';
import { orderReasons, versionChange } from './software-labels.ts';

describe('software labels', () => {
  it('puts pending updates first, security ones before the others, the fleet last', () => {
    const fleet: VerdictReason = { kind: 'fleet-newer', newestVersion: '2', devicesNewer: 3 };
    const plain: VerdictReason = {
      kind: 'pending-update',
      source: 'apt',
      availableVersion: '2',
      security: false,
    };
    const security: VerdictReason = { ...plain, source: 'winget', security: true };
    const minimum: VerdictReason = { kind: 'below-minimum', minimumVersion: '2' };
    expect(orderReasons([fleet, minimum, plain, security])).toEqual([
      security,
      plain,
      minimum,
      fleet,
    ]);
  });

  it('shows the way from the installed version to the target', () => {
    expect(versionChange('1.0', '2.0')).toBe('1.0 → 2.0');
    expect(versionChange('2.0', '2.0')).toBe('2.0');
    expect(versionChange(null, '3.1')).toBe('not installed → 3.1');
    expect(versionChange('1.0', null)).toBe('1.0');
  });
});
