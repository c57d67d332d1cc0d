// The tray's "About this computer" names the seat the school gave the computer, from the hub's
// `help:desk` answer as the agent checks it; hubs that keep no seats still get through.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseHelpDeskInfo } from '../core/help-desk-info.ts';
import { aboutThisComputer } from './about-computer.ts';

const desk = {
  deviceName: 'art-pc-7',
  site: null,
  room: 'Room 7',
  onDuty: [],
  fallbackContact: null,
};

describe('the seat in "About this computer"', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'handraise-about-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('shows the seat the hub names', () => {
    const known = parseHelpDeskInfo({ ...desk, seat: 'B3' });
    expect(known?.seat).toBe('B3');
    expect(aboutThisComputer(dir, known)).toMatchObject({ room: 'Room 7', seat: 'B3' });
  });

  it('says none when the hub names none, or keeps no seats', () => {
    const older = parseHelpDeskInfo(desk);
    expect(older).not.toBeNull();
    expect(aboutThisComputer(dir, older).seat).toBeNull();
    expect(aboutThisComputer(dir, null).seat).toBeNull();
  });

  it('refuses a seat that is not text', () => {
    expect(parseHelpDeskInfo({ ...desk, seat: 7 })).toBeNull();
  });
});
