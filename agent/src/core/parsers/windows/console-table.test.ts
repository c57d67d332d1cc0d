import { describe, expect, it } from 'vitest';
import { cellWidth, readConsoleTables, visibleLine } from './console-table.ts';

describe('visibleLine', () => {
  it('keeps what follows the last carriage return, as a terminal shows it', () => {
    expect(visibleLine('   - \r   \\ \r   | \rName  Id\r')).toBe('Name  Id');
  });

  it('drops escape sequences and applies backspaces', () => {
    expect(visibleLine('\u001b[?25l\u001b[0GName\u001b]9;4;1;50\u0007 Id')).toBe('Name Id');
    expect(visibleLine('-\b\\\b|\bName')).toBe('Name');
  });
});

describe('cellWidth', () => {
  it('counts East Asian wide characters as two cells, others as one', () => {
    expect(cellWidth('a'.codePointAt(0) ?? 0)).toBe(1);
    expect(cellWidth('…'.codePointAt(0) ?? 0)).toBe(1);
    expect(cellWidth('微'.codePointAt(0) ?? 0)).toBe(2);
    expect(cellWidth('ｱ'.codePointAt(0) ?? 0)).toBe(1);
    expect(cellWidth('가'.codePointAt(0) ?? 0)).toBe(2);
  });
});

describe('readConsoleTables', () => {
  it('cuts rows at the header positions, counting wide characters as two cells', () => {
    const text = [
      'Name       Id            Version',
      '---------------------------------',
      '微信       Tencent.WeChat 3.9.8',
      'Plain App  Plain.App      1.0',
    ].join('\n');
    expect(readConsoleTables(text)).toEqual([
      {
        columns: [
          { label: 'Name', start: 0 },
          { label: 'Id', start: 11 },
          { label: 'Version', start: 25 },
        ],
        rows: [
          ['微信', 'Tencent.WeChat', '3.9.8'],
          ['Plain App', 'Plain.App', '1.0'],
        ],
      },
    ]);
  });

  it('ends a table at a footer line that does not fit the columns', () => {
    const text = [
      'Name   Id     Version',
      '---------------------',
      'Tool   T.T    1.0',
      '1 package has a long footer message that runs over the columns.',
      'Tool2  T.T2   2.0',
    ].join('\n');
    expect(readConsoleTables(text)[0]?.rows).toEqual([['Tool', 'T.T', '1.0']]);
  });

  it('finds nothing without a dashed rule', () => {
    expect(readConsoleTables('No available upgrade found.\n')).toEqual([]);
  });
});
