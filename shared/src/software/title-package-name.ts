// The package-name road (dpkg, rpm, snap, pacman, brew): strip only the arch qualifier and a
// trailing `-stable` channel; everything else in a package name is identity.
import { keyOf, type TitleIdentity } from './title-key.ts';
import { KNOWN_NAMES } from './title-tables.ts';

const DPKG_ARCH_SUFFIX = /:[a-z0-9_-]+$/i;
const RPM_ARCH_SUFFIX =
  /\.(?:x86_64|noarch|i[3-6]86|aarch64|armv7hl|armv7l|armhfp|ppc64le|ppc64|s390x|riscv64|athlon|src)$/i;
const STABLE_CHANNEL = /[-_.@]stable$/i;

/** A package manager's name: `firefox-esr:amd64`, `firefox.x86_64`, `google-chrome-stable`. */
export function fromPackageName(raw: string, publisher?: string): TitleIdentity | null {
  let name = raw.trim().replace(DPKG_ARCH_SUFFIX, '').replace(RPM_ARCH_SUFFIX, '');
  const unchanneled = name.replace(STABLE_CHANNEL, '');
  if (unchanneled !== '') name = unchanneled;
  const key = keyOf(name, true, publisher);
  if (key === '') return null;
  return { key, name: KNOWN_NAMES.get(key) ?? name };
}
