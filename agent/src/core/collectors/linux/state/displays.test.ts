import { afterEach, describe, expect, it } from 'vitest';
import { fakeRunner } from '../../testing/fake-runner.ts';
import { readDisplays } from './displays.ts';
import { EDID_BLOCK_BYTES } from './edid.ts';
import { contextUnder, temporaryTree } from './state-test-support.ts';

/** A minimal valid base block: header, maker "ABC", a 1280×1024 preferred mode, checksum. */
function smallEdid(): Uint8Array {
  const bytes = new Uint8Array(EDID_BLOCK_BYTES);
  bytes.set([0x00, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x00], 0);
  // A=1, B=2, C=3 → 0b0_00001_00010_00011 = 0x0443.
  bytes.set([0x04, 0x43], 8);
  // 1280 = 0x500 and 1024 = 0x400 active pixels; a non-zero pixel clock marks a timing.
  bytes.set([0x30, 0x2a, 0x00, 0x98, 0x51, 0x00, 0x2a, 0x40], 54);
  const sum = bytes.reduce((total, value) => total + value, 0);
  bytes[127] = (256 - (sum % 256)) % 256;
  return bytes;
}

describe('readDisplays', () => {
  const trees: (() => void)[] = [];
  afterEach(() => trees.splice(0).forEach((remove) => remove()));
  const tree = (entries: Parameters<typeof temporaryTree>[0]) => {
    const made = temporaryTree(entries);
    trees.push(made.remove);
    return made.root;
  };
  const { run } = fakeRunner({});

  it('decodes the EDID of each connected connector only', async () => {
    const root = tree({
      'sys/class/drm/card0/dev': '226:0\n',
      'sys/class/drm/card0-eDP-1/status': 'connected\n',
      'sys/class/drm/card0-eDP-1/edid': smallEdid(),
      'sys/class/drm/card0-HDMI-A-1/status': 'disconnected\n',
      'sys/class/drm/card0-HDMI-A-1/edid': new Uint8Array(),
      'sys/class/drm/card0-DP-1/status': 'connected\n',
      'sys/class/drm/card0-DP-1/edid': new Uint8Array([1, 2, 3]),
      'sys/class/drm/renderD128/dev': '226:128\n',
    });
    expect(await readDisplays(contextUnder(root, run))).toEqual({
      value: [{ manufacturer: 'ABC', widthPx: 1280, heightPx: 1024 }],
      notes: [{ collector: 'displays', error: 'card0-DP-1: no valid EDID' }],
    });
  });

  it('notes when no monitor is connected or there is no graphics device', async () => {
    const headless = tree({ 'sys/class/drm/card0-Virtual-1/status': 'disconnected\n' });
    expect(await readDisplays(contextUnder(headless, run))).toEqual({
      notes: [{ collector: 'displays', error: 'no monitor connected' }],
    });
    const none = await readDisplays(contextUnder(tree({}), run));
    expect(none.value).toBeUndefined();
    expect(none.notes[0]?.error).toMatch(/^no graphics device/);
  });
});
