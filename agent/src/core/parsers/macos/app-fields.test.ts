import { describe, expect, it } from 'vitest';
import { archFromArchKind, archFromKind, normalizeOrigin, toAppItem } from './app-fields.ts';

describe('toAppItem', () => {
  it('takes the publisher from a Developer ID, or Apple for its own apps', () => {
    const publisher = (
      signedBy?: string,
      obtainedFrom?: string,
      path?: string,
    ): string | undefined => toAppItem({ name: 'x', signedBy, obtainedFrom, path })?.publisher;
    expect(publisher('Developer ID Application: Adobe Inc. (JQ525L2MZD)')).toBe('Adobe Inc.');
    expect(
      publisher(
        'Developer ID Application: Adobe Systems, Inc. (JQ525L2MZD), Developer ID Certification Authority',
      ),
    ).toBe('Adobe Systems, Inc.');
    expect(publisher('Software Signing, Apple Code Signing Certification Authority')).toBe('Apple');
    expect(publisher(undefined, 'Apple')).toBe('Apple');
    expect(publisher(undefined, undefined, '/System/Library/CoreServices/Finder.app')).toBe(
      'Apple',
    );
    expect(publisher('Apple Mac OS Application Signing', 'mac_app_store')).toBeUndefined();
    expect(publisher('Apple Development: pupil@example.org (AB12CD34EF)')).toBeUndefined();
  });

  it('has no item for a nameless app', () => {
    expect(toAppItem({ name: '  ' })).toBeUndefined();
  });
});

describe('architecture and origin', () => {
  it('maps arch_kind, runtime_environment and the text Kind', () => {
    expect(archFromArchKind('arch_arm_i64')).toBe('universal');
    expect(archFromArchKind('arch_i64')).toBe('x86_64');
    expect(archFromArchKind('arch_i32')).toBe('i386');
    expect(archFromArchKind('arch_other')).toBeUndefined();
    expect(archFromKind('arch_x86', true)).toBe('x86_64');
    expect(archFromKind('Intel', false)).toBe('i386');
    expect(archFromKind('Intel', undefined)).toBe('x86');
    expect(archFromKind('PowerPC', false)).toBe('ppc');
    expect(archFromKind('universal', true)).toBe('universal');
  });

  it('spells text origins the way the XML does', () => {
    expect(normalizeOrigin('Mac App Store')).toBe('mac_app_store');
    expect(normalizeOrigin('Identified Developer')).toBe('identified_developer');
    expect(normalizeOrigin(' ')).toBeUndefined();
  });
});
