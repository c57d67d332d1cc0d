import { describe, expect, it } from 'vitest';
import { parseCsrutilStatus, parseFdesetupStatus, parseSpctlStatus } from './mac-security.ts';

describe('macOS security answers', () => {
  it('reads System Integrity Protection from csrutil', () => {
    expect(parseCsrutilStatus('System Integrity Protection status: enabled.\n')).toBe(true);
    expect(parseCsrutilStatus('System Integrity Protection status: disabled.\n')).toBe(false);
    expect(parseCsrutilStatus('csrutil: failed to read\n')).toBeUndefined();
  });

  it('reads Gatekeeper from spctl', () => {
    expect(parseSpctlStatus('assessments enabled\n')).toBe(true);
    expect(parseSpctlStatus('assessments disabled\n')).toBe(false);
    expect(parseSpctlStatus('')).toBeUndefined();
  });

  it('reads FileVault from fdesetup, a conversion in progress as unknown', () => {
    expect(parseFdesetupStatus('FileVault is On.\n')).toBe('on');
    expect(parseFdesetupStatus('FileVault is Off.\n')).toBe('off');
    expect(
      parseFdesetupStatus('FileVault is On.\nEncryption in progress: Percent completed = 42.1\n'),
    ).toBe('unknown');
    expect(parseFdesetupStatus('This command requires root.\n')).toBeUndefined();
  });
});
