import { describe, expect, it } from 'vitest';
import { MAX_CATALOG_ROWS, parseCatalog, type CatalogParse } from './catalog-import.ts';

function errorsOf(result: CatalogParse): string[] {
  if (result.ok) throw new Error(`expected errors, got ${result.entries.length} entries`);
  return result.errors;
}

const chrome = {
  title: 'Google Chrome',
  latestVersion: '133.0.6943.54',
  releaseDate: '2025-02-04',
  source: 'District list',
  platform: 'windows',
} as const;

describe('parseCatalog: JSON', () => {
  it('reads a list, or one under "titles", filling what is not given with null', () => {
    const list = [chrome, { title: 'Firefox', latestVersion: '135.0' }];
    const expected = {
      ok: true,
      entries: [
        chrome,
        {
          title: 'Firefox',
          latestVersion: '135.0',
          releaseDate: null,
          source: null,
          platform: null,
        },
      ],
    };
    expect(parseCatalog('json', JSON.stringify(list))).toEqual(expected);
    expect(parseCatalog('json', `\uFEFF${JSON.stringify({ titles: list })}`)).toEqual(expected);
    expect(parseCatalog('json', '[]')).toEqual({ ok: true, entries: [] });
  });

  it('accepts version or latest for latestVersion, any case for platform, and trims', () => {
    const result = parseCatalog(
      'json',
      JSON.stringify([
        { title: ' Zoom ', version: '6.3.11', platform: 'MacOS', releaseDate: null },
        { name: 'VLC', latest: '3.0.21', source: '  ', release_date: '2024-06-10' },
      ]),
    );
    expect(result).toEqual({
      ok: true,
      entries: [
        {
          title: 'Zoom',
          latestVersion: '6.3.11',
          releaseDate: null,
          source: null,
          platform: 'macos',
        },
        {
          title: 'VLC',
          latestVersion: '3.0.21',
          releaseDate: '2024-06-10',
          source: null,
          platform: null,
        },
      ],
    });
  });

  it('lists every problem by item, and imports nothing', () => {
    const errors = errorsOf(
      parseCatalog(
        'json',
        JSON.stringify([
          { title: 'Chrome', latestVersion: '133.0' },
          { title: 'Firefox' },
          { title: '', latestVersion: 135 },
          { title: 'Zoom', latestVersion: '6.3', releaseDate: '2025-02-30', platform: 'chromeos' },
          { title: 'VLC', version: '3.0', latestVersion: '3.0', colour: 'orange' },
          'Audacity',
          { title: 'Chrome', latest: '134.0', source: 7 },
        ]),
      ),
    );
    expect(errors).toEqual([
      'item 2: latestVersion is missing',
      'item 3: title is missing',
      'item 3: latestVersion must be text: put the version in quotes, e.g. "133.0"',
      'item 4: releaseDate must be a date written YYYY-MM-DD',
      'item 4: platform must be windows, macos or linux',
      'item 5: "version" and "latestVersion" both give the latestVersion',
      'item 5: unknown field "colour"',
      'item 6: must be an object with a title and a latestVersion',
      'item 7: source must be text',
    ]);
  });

  it('refuses a title twice for the same platform', () => {
    const errors = errorsOf(
      parseCatalog(
        'json',
        JSON.stringify([
          { title: 'Google Chrome', latestVersion: '133.0', platform: 'windows' },
          { title: 'Google Chrome', latestVersion: '133.0', platform: 'macos' },
          { title: 'Google Chrome', latestVersion: '133.0' },
          { title: 'google  chrome', latestVersion: '134.0', platform: 'windows' },
          { title: 'Google Chrome', latestVersion: '134.0' },
        ]),
      ),
    );
    expect(errors).toEqual([
      'item 4: "google  chrome" (windows) is already on item 1',
      'item 5: "Google Chrome" is already on item 3',
    ]);
  });

  it('rejects what is not a catalog', () => {
    expect(errorsOf(parseCatalog('json', '{"title": "x"'))[0]).toMatch(/^not valid JSON: /);
    expect(errorsOf(parseCatalog('json', '"Chrome"'))).toEqual([
      'expected a list of titles, or { "titles": [...] }',
    ]);
    expect(errorsOf(parseCatalog('json', '{"titles": [], "generated": "today"}'))).toEqual([
      'unknown field "generated" at the top level (only "titles" is read)',
    ]);
    const many = Array.from({ length: MAX_CATALOG_ROWS + 1 }, (_, i) => ({
      title: `T${i}`,
      latestVersion: '1',
    }));
    expect(errorsOf(parseCatalog('json', JSON.stringify(many)))).toEqual([
      'more than 20,000 rows; keep only the titles the school uses',
    ]);
  });
});

describe('parseCatalog: CSV', () => {
  it('reads columns in any order and spelling, with quoting, a BOM, CRLF and blank lines', () => {
    const csv = [
      '\uFEFFPlatform,Latest Version,Name,release_date,SOURCE',
      'windows,133.0.6943.54,Google Chrome,2025-02-04,District list',
      '',
      ',"6.3.11","Zoom, Workplace",,"Vendor ""official"" feed"',
      'linux,3.0.21,"VLC',
      'media player",,',
      '',
    ].join('\r\n');
    expect(parseCatalog('csv', csv)).toEqual({
      ok: true,
      entries: [
        chrome,
        {
          title: 'Zoom, Workplace',
          latestVersion: '6.3.11',
          releaseDate: null,
          source: 'Vendor "official" feed',
          platform: null,
        },
        {
          title: 'VLC\r\nmedia player',
          latestVersion: '3.0.21',
          releaseDate: null,
          source: null,
          platform: 'linux',
        },
      ],
    });
  });

  it('detects a semicolon delimiter from the header', () => {
    const csv = 'title;latestVersion;source\n"Acrobat; Reader";24.005.20320;Adobe, Inc.\n';
    expect(parseCatalog('csv', csv)).toEqual({
      ok: true,
      entries: [
        {
          title: 'Acrobat; Reader',
          latestVersion: '24.005.20320',
          releaseDate: null,
          source: 'Adobe, Inc.',
          platform: null,
        },
      ],
    });
  });

  it('skips rows a spreadsheet leaves empty and ignores unnamed empty columns', () => {
    const csv = 'title,version,,\nChrome,133.0,,\n,,,\nFirefox,135.0\n';
    const result = parseCatalog('csv', csv);
    expect(result.ok && result.entries.map((e) => e.title)).toEqual(['Chrome', 'Firefox']);
  });

  it('numbers problems by the row they start on and imports nothing', () => {
    const csv = [
      'title,latest version,release date,platform',
      'Chrome,133.0,2025-02-04,windows',
      '',
      'Firefox,,2025-02-04,',
      '"Multi',
      'line",1.0,04/02/2025,Windows 11',
      'Zoom,6.3,,,extra',
      'Chrome,134.0,,windows',
      'Notepad++,8.7,,,',
    ].join('\n');
    expect(errorsOf(parseCatalog('csv', csv))).toEqual([
      'row 4: latestVersion is missing',
      'row 5: releaseDate must be a date written YYYY-MM-DD',
      'row 5: platform must be windows, macos or linux',
      'row 7: more values than the 4 columns (a value containing "," needs double quotes)',
      'row 8: "Chrome" (windows) is already on row 2',
    ]);
  });

  it('explains header problems', () => {
    expect(errorsOf(parseCatalog('csv', 'Title,Version,Notes\nChrome,1,x\n'))).toEqual([
      'row 1: unknown column "Notes" (the first row names the columns: title, latest version, release date, source, platform)',
    ]);
    expect(errorsOf(parseCatalog('csv', 'title,name,version\n'))).toEqual([
      'row 1: columns "title" and "name" both give the title',
    ]);
    expect(errorsOf(parseCatalog('csv', 'title,release date\nChrome,2025-01-01\n'))).toEqual([
      'row 1: no "latest version" column',
    ]);
    expect(errorsOf(parseCatalog('csv', '\n\n'))).toEqual(['the file is empty']);
    expect(errorsOf(parseCatalog('csv', 'title,version,\nChrome,1,surprise\n'))).toEqual([
      'row 2: a value in column 3, which has no name',
    ]);
  });

  it('explains quoting mistakes', () => {
    expect(errorsOf(parseCatalog('csv', 'title,version\n"Chrome,133\n'))).toEqual([
      'row 2: a double quote opens a value that is never closed',
    ]);
    expect(errorsOf(parseCatalog('csv', 'title,version\n27" Monitor Tool,1.0\n'))[0]).toMatch(
      /^row 2: a double quote inside a value/,
    );
    expect(errorsOf(parseCatalog('csv', 'title,version\n"Chrome"x,1.0\n'))[0]).toMatch(
      /^row 2: text after a closing double quote/,
    );
  });

  it('accepts 20,000 rows and no more, and lists at most 100 problems', () => {
    const rows = (n: number, version: string) =>
      ['title,version', ...Array.from({ length: n }, (_, i) => `Title ${i},${version}`)].join('\n');
    const full = parseCatalog('csv', rows(MAX_CATALOG_ROWS, '1.0'));
    expect(full.ok && full.entries).toHaveLength(MAX_CATALOG_ROWS);
    expect(errorsOf(parseCatalog('csv', rows(MAX_CATALOG_ROWS + 1, '1.0')))).toEqual([
      'more than 20,000 rows; keep only the titles the school uses',
    ]);
    const errors = errorsOf(parseCatalog('csv', rows(250, '')));
    expect(errors).toHaveLength(101);
    expect(errors[0]).toBe('row 2: latestVersion is missing');
    expect(errors.at(-1)).toBe('… and 150 more');
  });
});
