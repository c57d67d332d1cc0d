/** A flatpak application id: reverse-DNS, at least three elements (`org.gnome.Maps`). */
const APP_ID = /^[A-Za-z_][\w-]*(?:\.[\w-]+){2,}$/;

/** Elements that only runtimes and SDKs carry: `org.gnome.Platform`, `org.freedesktop.Sdk.…`. */
const RUNTIME_ELEMENTS: ReadonlySet<string> = new Set(['Platform', 'Sdk']);

/** Last elements of the extensions flatpak installs beside apps and runtimes. */
const EXTENSION_SUFFIXES: ReadonlySet<string> = new Set(['Locale', 'Debug', 'Sources', 'Docs']);

/** Theme and style runtimes, named by convention rather than by a Platform element. */
const THEME_PREFIXES = [
  'org.gtk.Gtk3theme.',
  'org.kde.KStyle.',
  'org.kde.PlatformTheme.',
  'org.kde.WaylandDecoration.',
] as const;

/** Tells whether a cell holds a flatpak application id. */
export function isFlatpakId(value: string): boolean {
  return APP_ID.test(value);
}

/**
 * Tells, from the id alone, whether a ref is a runtime or extension rather than an app. Lists
 * without `--app` and without a ref column (GLPI's `-a` capture) give nothing else to go by; the
 * naming conventions catch the platforms, SDKs, GL drivers, translations and themes.
 */
export function isFlatpakRuntimeId(id: string): boolean {
  const elements = id.split('.');
  if (elements.some((element) => RUNTIME_ELEMENTS.has(element))) return true;
  if (EXTENSION_SUFFIXES.has(elements[elements.length - 1] ?? '')) return true;
  return THEME_PREFIXES.some((prefix) => id.startsWith(prefix));
}

/**
 * The item id: `app//branch` as flatpak's own commands take it, then `@installation` (`system`,
 * `user`, or a custom installation's name) because the same app in two installations is two
 * installs. Parts a layout does not show are left out.
 */
export function flatpakItemId(application: string, branch?: string, installation?: string): string {
  const withBranch = branch ? `${application}//${branch}` : application;
  return installation ? `${withBranch}@${installation}` : withBranch;
}
