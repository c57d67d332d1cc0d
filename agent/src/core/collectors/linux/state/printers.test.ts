import { describe, expect, it } from 'vitest';
import { CommandNotFoundError } from '../../../run-command.ts';
import { fakeRunner } from '../../testing/fake-runner.ts';
import {
  isNetworkUri,
  parseLpstatDefault,
  parseLpstatDestinations,
  parseLpstatDevices,
  readPrinters,
  withoutCredentials,
} from './printers.ts';
import { contextUnder } from './state-test-support.ts';

const LPSTAT_E = 'Office_Laser\nLibrary_Colour\nPDF\n';
const LPSTAT_D = 'system default destination: Library_Colour\n';
const LPSTAT_V = `device for Office_Laser: socket://10.20.8.31:9100
device for Library_Colour: smb://school\\printing:secret@print01/LibraryColour
device for PDF: cups-pdf:/
`;

describe('lpstat parsers', () => {
  it('reads queue names, the default and each device', () => {
    expect(parseLpstatDestinations(LPSTAT_E)).toEqual(['Office_Laser', 'Library_Colour', 'PDF']);
    expect(parseLpstatDefault(LPSTAT_D)).toBe('Library_Colour');
    expect(parseLpstatDefault('no system default destination\n')).toBeUndefined();
    expect(parseLpstatDevices(LPSTAT_V).get('Office_Laser')).toBe('socket://10.20.8.31:9100');
    expect(parseLpstatDestinations('')).toEqual([]);
    expect(parseLpstatDevices('lpstat: No destinations added.\n').size).toBe(0);
  });

  it('tells network queues from local ones, HPLIP included', () => {
    expect(isNetworkUri('ipps://printer.local:631/ipp/print')).toBe(true);
    expect(isNetworkUri('hp:/net/HP_LaserJet_M402?ip=10.0.0.9')).toBe(true);
    expect(isNetworkUri('hp:/usb/HP_LaserJet_M402?serial=PHB1234')).toBe(false);
    expect(isNetworkUri('usb://Brother/HL-L2350DW?serial=E7845')).toBe(false);
    expect(isNetworkUri('cups-pdf:/')).toBe(false);
  });

  it('drops credentials from a device URI', () => {
    expect(withoutCredentials('smb://school\\printing:secret@print01/LibraryColour')).toBe(
      'smb://print01/LibraryColour',
    );
    expect(withoutCredentials('ipp://10.0.0.5/ipp/print')).toBe('ipp://10.0.0.5/ipp/print');
  });
});

describe('readPrinters', () => {
  it('lists the queues with their device and default', async () => {
    const { run } = fakeRunner({
      'lpstat -e': { stdout: LPSTAT_E },
      'lpstat -d': { stdout: LPSTAT_D },
      'lpstat -v': { stdout: LPSTAT_V },
    });
    expect(await readPrinters(contextUnder('/', run))).toEqual({
      value: [
        {
          name: 'Office_Laser',
          isDefault: false,
          port: 'socket://10.20.8.31:9100',
          isNetwork: true,
        },
        {
          name: 'Library_Colour',
          isDefault: true,
          port: 'smb://print01/LibraryColour',
          isNetwork: true,
        },
        { name: 'PDF', isDefault: false, port: 'cups-pdf:/', isNetwork: false },
      ],
      notes: [],
    });
  });

  it('answers an empty list when CUPS has no queue', async () => {
    const { run } = fakeRunner({
      'lpstat -e': { stdout: '' },
      'lpstat -d': { stdout: 'no system default destination\n' },
      'lpstat -v': new Error('lpstat exited with 1: lpstat: No destinations added.'),
    });
    expect(await readPrinters(contextUnder('/', run))).toEqual({ value: [], notes: [] });
  });

  it('notes a missing CUPS or a stopped scheduler', async () => {
    const absent = fakeRunner({ lpstat: new CommandNotFoundError('lpstat') });
    expect(await readPrinters(contextUnder('/', absent.run))).toEqual({
      notes: [{ collector: 'printers', error: 'lpstat is not installed' }],
    });
    const stopped = fakeRunner({
      lpstat: new Error('lpstat exited with 1: lpstat: Scheduler is not running.'),
    });
    expect((await readPrinters(contextUnder('/', stopped.run))).notes[0]?.error).toMatch(
      /Scheduler is not running/,
    );
  });
});
