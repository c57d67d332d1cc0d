import { LINUX_STATE_PARSE_SOURCES } from '../collectors/linux/state/parse-sources.ts';
import { decodeText } from './decode-text.ts';
import { DMIDECODE_PARSE_SOURCES } from './hardware/dmidecode.ts';
import { SYSTEM_PROFILER_PARSE_SOURCES } from './hardware/system-profiler-parse-sources.ts';
import { parseAptUpgradable } from './linux/apt-upgradable.ts';
import { parseDpkgQuery } from './linux/dpkg-query.ts';
import { parseFlatpakList } from './linux/flatpak-list.ts';
import { parseRpmQuery } from './linux/rpm-query.ts';
import { parseSnapList } from './linux/snap-list.ts';
import { parseYumCheckUpdate } from './linux/yum-check-update.ts';
import { parseBrewOutdatedJson } from './macos/brew-outdated-json.ts';
import { parseSoftwareupdateList } from './macos/softwareupdate-list.ts';
import { parseSystemProfilerText } from './macos/system-profiler-text.ts';
import { parseSystemProfilerXml } from './macos/system-profiler-xml.ts';
import { parseRegExport } from './windows/reg-export.ts';
import { WINDOWS_HARDWARE_PARSE_SOURCES } from './windows/hardware-json.ts';
import { parseWingetUpgrade } from './windows/winget-upgrade.ts';

/** A list (software, updates, disks…) or the facts one source gives (hardware, batteries…). */
type Parsed = object;

/** What each saved command output is, and how the agent reads it. */
type ParseSource = { describes: string; parse: (bytes: Uint8Array) => Parsed };

const text = (parse: (text: string) => Parsed) => (bytes: Uint8Array) => parse(decodeText(bytes));

/** The saved outputs `handraise-agent parse --source NAME FILE` understands. */
export const PARSE_SOURCES = {
  'reg-export': {
    describes: 'regedit export of the Uninstall keys (UTF-16LE or UTF-8): installed programs',
    parse: (bytes) => parseRegExport(bytes).software,
  },
  'reg-export-hotfixes': {
    describes: 'the same export: the KB updates listed there',
    parse: (bytes) => parseRegExport(bytes).hotfixes,
  },
  'system-profiler-xml': {
    describes: 'system_profiler -xml SPApplicationsDataType',
    parse: text(parseSystemProfilerXml),
  },
  'system-profiler-text': {
    describes: 'system_profiler SPApplicationsDataType (text, any language)',
    parse: text(parseSystemProfilerText),
  },
  'dpkg-query': {
    describes: "dpkg-query -W with the agent's, GLPI's or Ohai's format",
    parse: text(parseDpkgQuery),
  },
  'rpm-query': {
    describes: "rpm -qa --qf with the agent's, GLPI's or Ohai's format",
    parse: text(parseRpmQuery),
  },
  'snap-list': { describes: 'snap list (any language)', parse: text(parseSnapList) },
  'flatpak-list': { describes: 'flatpak list --app --columns=…', parse: text(parseFlatpakList) },
  'apt-upgradable': { describes: 'apt list --upgradable [-a]', parse: text(parseAptUpgradable) },
  'yum-check-update': {
    describes: 'yum check-update / dnf check-update',
    parse: text((t) => parseYumCheckUpdate(t, 'yum')),
  },
  'winget-upgrade': { describes: 'winget upgrade (any language)', parse: text(parseWingetUpgrade) },
  'softwareupdate-list': {
    describes: 'softwareupdate --list (both formats)',
    parse: text(parseSoftwareupdateList),
  },
  'brew-outdated-json': {
    describes: 'brew outdated --json=v2',
    parse: text(parseBrewOutdatedJson),
  },
  ...DMIDECODE_PARSE_SOURCES,
  ...SYSTEM_PROFILER_PARSE_SOURCES,
  ...WINDOWS_HARDWARE_PARSE_SOURCES,
  ...LINUX_STATE_PARSE_SOURCES,
} satisfies Record<string, ParseSource>;

export type ParseSourceName = keyof typeof PARSE_SOURCES;

export function isParseSource(name: string): name is ParseSourceName {
  return Object.hasOwn(PARSE_SOURCES, name);
}
