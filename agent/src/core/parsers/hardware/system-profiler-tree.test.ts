import { describe, expect, it } from 'vitest';
import {
  deepFieldOf,
  fieldOf,
  groupsOf,
  readProfilerTree,
  sectionOf,
} from './system-profiler-tree.ts';

const OUTLINE = `Hardware:

    Hardware Overview:

      Model Name: Mac mini
      Serial Number (system): QX1
      Time since boot: 1:12
      Sudden Motion Sensor:
          State: Enabled

Memory:

    Memory Slots:

      ECC: Disabled

        BANK 0/DIMM0:

          Size: 2 GB
`;

describe('readProfilerTree', () => {
  it('nests groups and fields by indentation, sections at the margin', () => {
    const root = readProfilerTree(OUTLINE);
    expect(root.children.map((section) => section.label)).toEqual(['Hardware', 'Memory']);
    const overview = groupsOf(root, 'hardware overview')[0];
    expect(overview && fieldOf(overview, 'model name')).toBe('Mac mini');
    expect(overview && fieldOf(overview, 'Serial Number (system)')).toBe('QX1');
    // Only the first `: ` separates label from value.
    expect(overview && fieldOf(overview, 'Time since boot')).toBe('1:12');
    expect(overview && fieldOf(overview, 'State')).toBeUndefined();
    expect(overview && deepFieldOf(overview, 'State')).toBe('Enabled');
  });

  it('keeps a group indented under a field (the slots under `ECC: Disabled`)', () => {
    const memory = sectionOf(readProfilerTree(OUTLINE), 'memory');
    const slot = memory && groupsOf(memory, 'BANK 0/DIMM0')[0];
    expect(slot && fieldOf(slot, 'Size')).toBe('2 GB');
  });

  it('reads CRLF line ends and a field with an empty value as a group', () => {
    const root = readProfilerTree('Power:\r\n\r\n    Media Options: \r\n      Size: 1\r\n');
    const group = groupsOf(root, 'Media Options')[0];
    expect(group?.value).toBeUndefined();
    expect(group && fieldOf(group, 'Size')).toBe('1');
  });

  it('finds no section that is only a field of the same name', () => {
    const root = readProfilerTree('Memory: 16 GB\n');
    expect(sectionOf(root, 'Memory')).toBeUndefined();
    expect(readProfilerTree('').children).toEqual([]);
  });
});
