import { describe, expect, it } from 'vitest';
import { parsePlistXml } from './plist-xml.ts';

describe('parsePlistXml', () => {
  it('pairs each <key> with the value that follows it, whatever the types', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>name</key>
	<string>Outil d&#8217;archive &amp; co</string>
	<key>count</key>
	<integer>42</integer>
	<key>ratio</key>
	<real>0.5</real>
	<key>yes</key>
	<true/>
	<key>no</key>
	<false/>
	<key>when</key>
	<date>2024-02-26T05:47:45Z</date>
	<key>empty</key>
	<string></string>
	<key>list</key>
	<array>
		<string>a</string>
		<dict><key>inner</key><string> spaced </string></dict>
	</array>
</dict>
</plist>`;
    expect(parsePlistXml(xml)).toEqual({
      name: 'Outil d’archive & co',
      count: 42,
      ratio: 0.5,
      yes: true,
      no: false,
      when: '2024-02-26T05:47:45Z',
      empty: '',
      list: ['a', { inner: ' spaced ' }],
    });
  });

  it('keeps later pairs aligned when a key has lost its value', () => {
    const xml = '<plist><dict><key>lost</key><key>kept</key><string>v</string></dict></plist>';
    expect(parsePlistXml(xml)).toEqual({ kept: 'v' });
  });

  it('returns undefined for an empty plist', () => {
    expect(parsePlistXml('<plist version="1.0"></plist>')).toBeUndefined();
  });
});
