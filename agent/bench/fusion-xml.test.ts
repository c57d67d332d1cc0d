import { describe, expect, it } from 'vitest';
import { countSoftwares } from './fusion-xml.ts';

describe('countSoftwares', () => {
  it('counts each entry once, by origin, including empty and attribute-bearing ones', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8" ?>
<REQUEST>
  <CONTENT>
    <SOFTWARESX><NAME>not an entry</NAME></SOFTWARESX>
    <SOFTWARES>
      <FROM>deb</FROM>
      <NAME>a &lt;SOFTWARES&gt; lookalike</NAME>
    </SOFTWARES>
    <SOFTWARES />
    <SOFTWARES>
      <FROM>deb</FROM>
      <NAME>b</NAME>
    </SOFTWARES>
    <SOFTWARES kind="x"><FROM>snap</FROM></SOFTWARES>
  </CONTENT>
  <QUERY>INVENTORY</QUERY>
</REQUEST>`;
    expect(countSoftwares(xml)).toEqual({ total: 4, byOrigin: { deb: 2, '?': 1, snap: 1 } });
  });

  it('finds none in a document without software', () => {
    expect(countSoftwares('<REQUEST><CONTENT></CONTENT></REQUEST>')).toEqual({
      total: 0,
      byOrigin: {},
    });
  });
});
