import { describe, expect, it } from 'vitest';
import { softwareItemSchema } from '@handraise/shared';
import { parseSystemProfilerXml } from './system-profiler-xml.ts';

function profilerXml(items: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0">
<array>
	<dict>
		<key>_dataType</key>
		<string>SPApplicationsDataType</string>
		<key>_items</key>
		<array>${items}</array>
		<key>_properties</key>
		<dict><key>_name</key><dict><key>_order</key><string>0</string></dict></dict>
	</dict>
</array>
</plist>`;
}

describe('parseSystemProfilerXml', () => {
  it('maps the modern keys (arch_kind, obtained_from, signed_by)', () => {
    const items = parseSystemProfilerXml(
      profilerXml(`
<dict>
	<key>_name</key><string>Zoom</string>
	<key>arch_kind</key><string>arch_arm_i64</string>
	<key>lastModified</key><date>2024-03-01T23:30:00Z</date>
	<key>obtained_from</key><string>identified_developer</string>
	<key>path</key><string>/Applications/zoom.us.app</string>
	<key>signed_by</key><array>
		<string>Developer ID Application: Zoom Video Communications, Inc. (BJ4HAAB9B3)</string>
		<string>Developer ID Certification Authority</string>
		<string>Apple Root CA</string>
	</array>
	<key>version</key><string>5.17.5 (29101)</string>
</dict>
<dict>
	<key>_name</key><string>Keynote</string>
	<key>arch_kind</key><string>arch_arm</string>
	<key>obtained_from</key><string>mac_app_store</string>
	<key>path</key><string>/Applications/Keynote.app</string>
	<key>signed_by</key><array><string>Apple Mac OS Application Signing</string></array>
	<key>version</key><string>13.2</string>
</dict>
<dict>
	<key>_name</key><string>helper</string>
	<key>arch_kind</key><string>arch_other</string>
	<key>obtained_from</key><string>unknown</string>
	<key>path</key><string>/Users/pupil/Library/helper.app</string>
</dict>`),
    );
    expect(items).toEqual([
      {
        name: 'Zoom',
        version: '5.17.5 (29101)',
        source: 'macapp',
        publisher: 'Zoom Video Communications, Inc.',
        arch: 'universal',
        installDate: '2024-03-01',
        id: '/Applications/zoom.us.app',
        origin: 'identified_developer',
      },
      // App Store apps are re-signed by Apple: the signature does not name the publisher.
      {
        name: 'Keynote',
        version: '13.2',
        source: 'macapp',
        arch: 'arm64',
        id: '/Applications/Keynote.app',
        origin: 'mac_app_store',
      },
      {
        name: 'helper',
        version: '',
        source: 'macapp',
        id: '/Users/pupil/Library/helper.app',
        origin: 'unknown',
      },
    ]);
    for (const item of items) expect(softwareItemSchema.parse(item)).toEqual(item);
  });

  it('maps the older keys (runtime_environment, has64BitIntelCode) and Apple paths', () => {
    const items = parseSystemProfilerXml(
      profilerXml(`
<dict>
	<key>_name</key><string>Utilitaire d’archive</string>
	<key>has64BitIntelCode</key><string>yes</string>
	<key>path</key><string>/System/Library/CoreServices/Archive Utility.app</string>
	<key>runtime_environment</key><string>arch_x86</string>
	<key>version</key><string>10.6</string>
</dict>
<dict>
	<key>_name</key><string>Old Tool</string>
	<key>has64BitIntelCode</key><string>no</string>
	<key>path</key><string>/Applications/Old Tool.app</string>
	<key>runtime_environment</key><string>arch_x86</string>
	<key>version</key><string>1 . 2 . 2</string>
</dict>`),
    );
    expect(items.map((item) => [item.name, item.arch, item.publisher, item.version])).toEqual([
      ['Utilitaire d’archive', 'x86_64', 'Apple', '10.6'],
      ['Old Tool', 'i386', undefined, '1.2.2'],
    ]);
  });

  it('prefers a bundle id as id, and skips Windows apps published by Parallels', () => {
    const items = parseSystemProfilerXml(
      profilerXml(`
<dict><key>_name</key><string>A</string><key>bundle_id</key><string>org.example.a</string><key>path</key><string>/Applications/A.app</string></dict>
<dict><key>_name</key><string>Paint</string><key>info</key><string>5.1, C:\\WINDOWS\\system32\\mspaint.exe</string><key>path</key><string>/Users/x/Applications (Parallels)/Paint.app</string></dict>`),
    );
    expect(items).toEqual([{ name: 'A', version: '', source: 'macapp', id: 'org.example.a' }]);
  });

  it('returns nothing for other data types or an empty document', () => {
    expect(parseSystemProfilerXml('<plist><array/></plist>')).toEqual([]);
    expect(
      parseSystemProfilerXml(
        '<plist><array><dict><key>_dataType</key><string>SPSoftwareDataType</string></dict></array></plist>',
      ),
    ).toEqual([]);
  });
});
