import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv } from './csv-export.ts';

describe('toCsv', () => {
  it('writes a header and rows with CRLF line ends', () => {
    expect(
      toCsv(
        ['Device', 'Room', 'Behind'],
        [
          ['LAB-01', 'Room 204', 3],
          ['LAB-02', null, 0],
        ],
      ),
    ).toBe('Device,Room,Behind\r\nLAB-01,Room 204,3\r\nLAB-02,,0\r\n');
    expect(toCsv(['Only'], [])).toBe('Only\r\n');
  });

  it('quotes commas, quotes and line breaks so a spreadsheet keeps one cell', () => {
    const csv = toCsv(
      ['Title', 'Why'],
      [
        ['Zoom, Workplace', 'The catalog lists 6.3 (from "District" list)'],
        ['Two\nlines', 'carriage\rreturn'],
      ],
    );
    expect(csv).toBe(
      'Title,Why\r\n' +
        '"Zoom, Workplace","The catalog lists 6.3 (from ""District"" list)"\r\n' +
        '"Two\nlines","carriage\rreturn"\r\n',
    );
    expect(parse(csv)).toEqual([
      ['Title', 'Why'],
      ['Zoom, Workplace', 'The catalog lists 6.3 (from "District" list)'],
      ['Two\nlines', 'carriage\rreturn'],
    ]);
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    const hostile = ['=HYPERLINK("http://evil","x")', '+1+2', '-2+3', '@SUM(A1)', '\tTab', '\rCR'];
    const csv = toCsv(
      ['=cmd'],
      hostile.map((text) => [text]),
    );
    expect(parse(csv)).toEqual([
      ["'=cmd"],
      ['\'=HYPERLINK("http://evil","x")'],
      ["'+1+2"],
      ["'-2+3"],
      ["'@SUM(A1)"],
      ["'\tTab"],
      ["'\rCR"],
    ]);
  });

  it('leaves numbers, including negative ones, and harmless text alone', () => {
    expect(
      toCsv(
        ['n', 'text'],
        [
          [-5, 'Room 1 = lab'],
          [1.5, ' -leading space'],
        ],
      ),
    ).toBe('n,text\r\n-5,Room 1 = lab\r\n1.5, -leading space\r\n');
    expect(toCsv(['n'], [[Number.NaN], [Number.POSITIVE_INFINITY]])).toBe('n\r\n\r\n\r\n');
  });
});
