import { describe, expect, it } from 'vitest';
import { softwareItemSchema, type SoftwareItem } from '@handraise/shared';
import { readFixtureText, reportMatches } from '../testing/fixtures.ts';
import { parseSystemProfilerText } from './system-profiler-text.ts';
import { parseSystemProfilerXml } from './system-profiler-xml.ts';

// Outputs without a golden parse: the text and XML forms of one Mac must agree, and Ohai's
// Catalina-era XML is checked against facts read off the file.
const GLPI = 'macos/glpi-agent';

function expectValid(items: readonly SoftwareItem[]): void {
  for (const item of items) expect(softwareItemSchema.parse(item)).toEqual(item);
}

describe('system_profiler text and XML of the same Mac (10.8)', () => {
  const text = parseSystemProfilerText(
    readFixtureText(`${GLPI}/10.8-system_profiler_SPApplicationsDataType.example.txt`),
  );
  const xml = parseSystemProfilerXml(
    readFixtureText(`${GLPI}/10.8-system_profiler_SPApplicationsDataType_-xml.example.xml`),
  );

  it('lists the same apps with the same fields', () => {
    expect(text).toHaveLength(291);
    expect(xml).toHaveLength(291);
    const same = text.filter((item, index) => JSON.stringify(item) === JSON.stringify(xml[index]));
    reportMatches('macos 10.8 text = xml', same.length, xml.length);
    expectValid(text);
    expectValid(xml);
    // The one difference is a date: the text shows local time (`7/11/09 12:40 AM`, UTC+2), the
    // XML UTC (`2009-07-10T22:40:04Z`), still the day before.
    expect(same).toHaveLength(290);
    const differing = text.filter(
      (item, index) => JSON.stringify(item) !== JSON.stringify(xml[index]),
    );
    expect(differing.map((item) => item.name)).toEqual(['Configuration audio et MIDI']);
    const index = text.indexOf(differing[0] as SoftwareItem);
    expect({ ...text[index], installDate: undefined }).toEqual({
      ...xml[index],
      installDate: undefined,
    });
    expect([text[index]?.installDate, xml[index]?.installDate]).toEqual([
      '2009-07-11',
      '2009-07-10',
    ]);
  });
});

describe('system_profiler XML from Ohai (Catalina era)', () => {
  it('reads runtime_environment, obtained_from and signed_by', () => {
    const items = parseSystemProfilerXml(
      readFixtureText('macos/chef-ohai/system_profiler_spapplicationsdatatype.output'),
    );
    reportMatches(
      'macos xml ohai: apps with a version',
      items.filter((item) => item.version !== '').length,
      items.length,
    );
    expectValid(items);
    // 385 app dicts and 376 versions: the 386th `_name` and 377th `version` keys of the file
    // belong to its `_properties` column list, not to apps.
    expect(items).toHaveLength(385);
    expect(items.filter((item) => item.version !== '')).toHaveLength(376);
    const origins = countBy(items.map((item) => item.origin ?? 'none'));
    expect(origins).toEqual({
      apple: 251,
      identified_developer: 92,
      mac_app_store: 22,
      unknown: 20,
    });
    expect(items[0]).toEqual({
      name: 'System Preferences',
      version: '14.0',
      source: 'macapp',
      publisher: 'Apple',
      arch: 'x86_64',
      installDate: '2019-07-23',
      id: '/Applications/System Preferences.app',
      origin: 'apple',
    });
  });
});

function countBy(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}
