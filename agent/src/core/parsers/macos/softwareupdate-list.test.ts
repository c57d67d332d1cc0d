import { describe, expect, it } from 'vitest';
import { parseSoftwareupdateList } from './softwareupdate-list.ts';

describe('parseSoftwareupdateList', () => {
  it('reads the 10.15+ format with KiB sizes, trailing commas and a stderr banner', () => {
    const text = [
      'Software Update Tool',
      '',
      'Finding available software',
      'Software Update found the following new or updated software:',
      '* Label: macOS Sonoma 14.4.1-23E224',
      '\tTitle: macOS Sonoma 14.4.1, Version: 14.4.1, Size: 1234567KiB, Recommended: YES, Action: restart, ',
      '* Label: XProtectPlistConfigData_10_15-5272',
      '\tTitle: XProtectPlistConfigData, Version: 5272, Size: 12KiB, Recommended: YES, ',
      '- Label: Background Security Improvement (a)-23E224a',
      '\tTitle: macOS Background Security Improvement (a), Version: 14.4.1 (a), Size: 9KiB, Recommended: YES, Action: restart, ',
    ].join('\n');
    expect(parseSoftwareupdateList(text)).toEqual([
      {
        name: 'macOS Sonoma 14.4.1',
        availableVersion: '14.4.1',
        source: 'softwareupdate',
        id: 'macOS Sonoma 14.4.1-23E224',
      },
      {
        name: 'XProtectPlistConfigData',
        availableVersion: '5272',
        source: 'softwareupdate',
        id: 'XProtectPlistConfigData_10_15-5272',
        security: true,
      },
      {
        name: 'macOS Background Security Improvement (a)',
        availableVersion: '14.4.1 (a)',
        source: 'softwareupdate',
        id: 'Background Security Improvement (a)-23E224a',
        security: true,
      },
    ]);
  });

  it('reads the pre-10.15 format and marks security updates', () => {
    const text = [
      'Software Update found the following new or updated software:',
      '   * Security Update 2021-005 Catalina-10.15.7',
      '\tSecurity Update 2021-005 Catalina (10.15.7), 1739880K [recommended] [restart]',
      '   * Safari15.0CatalinaAuto-15.0',
      '\tSafari (15.0), 97200K [recommended]',
    ].join('\n');
    expect(parseSoftwareupdateList(text)).toEqual([
      {
        name: 'Security Update 2021-005 Catalina',
        availableVersion: '10.15.7',
        source: 'softwareupdate',
        id: 'Security Update 2021-005 Catalina-10.15.7',
        security: true,
      },
      {
        name: 'Safari',
        availableVersion: '15.0',
        source: 'softwareupdate',
        id: 'Safari15.0CatalinaAuto-15.0',
      },
    ]);
  });

  it('keeps a label whose detail line is missing, also the last one', () => {
    const text = [
      'Software Update found the following new or updated software:',
      '* Label: Safari17.5VenturaAuto-17.5',
      '* Label: macOS Sonoma 14.5-23F79',
      '\tTitle: macOS Sonoma 14.5, Version: 14.5, Size: 6543210KiB, Recommended: YES, Action: restart,',
      '* Label: Command Line Tools for Xcode-15.3',
    ].join('\n');
    expect(parseSoftwareupdateList(text)).toEqual([
      {
        name: 'Safari17.5VenturaAuto',
        availableVersion: '17.5',
        source: 'softwareupdate',
        id: 'Safari17.5VenturaAuto-17.5',
      },
      {
        name: 'macOS Sonoma 14.5',
        availableVersion: '14.5',
        source: 'softwareupdate',
        id: 'macOS Sonoma 14.5-23F79',
      },
      {
        name: 'Command Line Tools for Xcode',
        availableVersion: '15.3',
        source: 'softwareupdate',
        id: 'Command Line Tools for Xcode-15.3',
      },
    ]);
  });

  it('keeps a label whose detail has no Version, taking the version from the label', () => {
    const text = [
      '- Label: macOS Sonoma 14.5-23F79',
      '\tTitle: macOS Sonoma, Size: 6543210KiB, Action: restart,',
      '* Label: BridgeOSUpdateCustomer',
    ].join('\n');
    expect(parseSoftwareupdateList(text)).toEqual([
      {
        name: 'macOS Sonoma',
        availableVersion: '14.5',
        source: 'softwareupdate',
        id: 'macOS Sonoma 14.5-23F79',
      },
      // Nothing in this label says its version: an update all the same, version unknown.
      {
        name: 'BridgeOSUpdateCustomer',
        availableVersion: '',
        source: 'softwareupdate',
        id: 'BridgeOSUpdateCustomer',
      },
    ]);
  });

  it('returns nothing when there is nothing to install', () => {
    expect(
      parseSoftwareupdateList(
        'Software Update Tool\n\nFinding available software\nNo new software available.\n',
      ),
    ).toEqual([]);
  });
});
