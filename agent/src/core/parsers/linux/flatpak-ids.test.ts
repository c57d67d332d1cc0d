import { describe, expect, it } from 'vitest';
import { flatpakItemId, isFlatpakId, isFlatpakRuntimeId } from './flatpak-ids.ts';

describe('isFlatpakId', () => {
  it('accepts reverse-DNS ids of three or more elements', () => {
    expect(isFlatpakId('org.gnome.Maps')).toBe(true);
    expect(isFlatpakId('org.freedesktop.Platform.GL.default')).toBe(true);
    expect(isFlatpakId('io.github.some-one.App_2')).toBe(true);
  });

  it('rejects display names and short names', () => {
    expect(isFlatpakId('GNOME MPV')).toBe(false);
    expect(isFlatpakId('org.gnome')).toBe(false);
    expect(isFlatpakId('Application ID')).toBe(false);
  });
});

describe('isFlatpakRuntimeId', () => {
  it('recognizes platforms, SDKs, extensions and themes', () => {
    for (const id of [
      'org.gnome.Platform',
      'org.freedesktop.Sdk.Extension.rust-stable',
      'org.freedesktop.Platform.GL.default',
      'org.gnome.Platform.Locale',
      'org.mozilla.firefox.Debug',
      'org.gtk.Gtk3theme.Breeze',
    ]) {
      expect(isFlatpakRuntimeId(id)).toBe(true);
    }
  });

  it('leaves apps alone', () => {
    expect(isFlatpakRuntimeId('com.obsproject.Studio')).toBe(false);
    expect(isFlatpakRuntimeId('org.kde.kdenlive')).toBe(false);
  });
});

describe('flatpakItemId', () => {
  it('joins the parts a layout shows', () => {
    expect(flatpakItemId('org.gnome.Maps', 'stable', 'user')).toBe('org.gnome.Maps//stable@user');
    expect(flatpakItemId('org.gnome.Maps', 'stable')).toBe('org.gnome.Maps//stable');
    expect(flatpakItemId('org.gnome.Maps')).toBe('org.gnome.Maps');
  });
});
