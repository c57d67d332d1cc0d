import type { SoftwareItem } from '@handraise/shared';
import { clipShortString } from '../../collectors/field-values.ts';

/**
 * One application as system_profiler describes it, whichever output form it came from. The XML
 * and text parsers fill this, and both turn it into a SoftwareItem the same way, so the two
 * forms of one machine's output give the same list.
 */
export type AppRecord = {
  name: string;
  version?: string | undefined;
  path?: string | undefined;
  bundleId?: string | undefined;
  /** `YYYY-MM-DD`. */
  installDate?: string | undefined;
  /** `obtained_from` as the XML spells it (apple, mac_app_store, ...) or the text's label. */
  obtainedFrom?: string | undefined;
  /** Signing chain, leaf first: the XML's `signed_by[0]` or the text's whole "Signed by" line. */
  signedBy?: string | undefined;
  /** `info` / "Get Info String". */
  info?: string | undefined;
  arch?: string | undefined;
};

/**
 * `Developer ID Application: Microsoft Corporation (UBF8T346G9)`: the developer's name, which may
 * hold commas ("Adobe Systems, Inc."), so it ends at the team id; old certificates without one
 * end at the next signer.
 */
const DEVELOPER_ID_WITH_TEAM = /^Developer ID Application: (.+?) \([A-Z0-9]{10}\)/;
const DEVELOPER_ID = /^Developer ID Application: ([^,]+)/;
/** The certificate Apple signs its own OS software with. */
const APPLE_SIGNER = /^Software Signing(?:,|$)/;
/**
 * Windows programs Parallels Desktop publishes as Mac apps: their info string is a version and a
 * Windows path (`7.4, C:\Program Files\...`). They are not installed on the Mac (GLPI #716).
 */
const PARALLELS_WINDOWS_APP = /^\S+, [A-Z]:\\/;

/** The SoftwareItem for an app, or undefined for Windows apps published by Parallels. */
export function toAppItem(record: AppRecord): SoftwareItem | undefined {
  const name = record.name.trim();
  if (name === '' || PARALLELS_WINDOWS_APP.test(record.info ?? '')) return undefined;
  const item: SoftwareItem = {
    name: clipShortString(name),
    version: clipShortString(cleanVersion(record.version)),
    source: 'macapp',
  };
  const origin = normalizeOrigin(record.obtainedFrom);
  const publisher = publisherOf(record.signedBy, origin, record.path);
  if (publisher !== undefined) item.publisher = clipShortString(publisher);
  if (record.arch !== undefined) item.arch = record.arch;
  if (record.installDate !== undefined) item.installDate = record.installDate;
  // `_name` is localized ("Utilitaire d’archive"); the bundle id or path identifies the app.
  const id = record.bundleId?.trim() || record.path?.trim();
  if (id) item.id = clipShortString(id);
  if (origin !== undefined) item.origin = origin;
  return item;
}

/** A few bundles write `1 . 2 . 2`; the version is 1.2.2 (GLPI cleans it the same way). */
function cleanVersion(raw: string | undefined): string {
  return (raw ?? '').trim().replace(/\s+\.\s+/g, '.');
}

/** `Mac App Store` → `mac_app_store`: the text form's label in the XML's spelling. */
export function normalizeOrigin(raw: string | undefined): string | undefined {
  const value = raw?.trim().toLowerCase().replace(/\s+/g, '_');
  return value ? clipShortString(value) : undefined;
}

/**
 * Architecture from the XML's `arch_kind` (macOS 11+): `universal` for Apple silicon + Intel,
 * `arm64`, `x86_64`, `i386`; unknown kinds (`arch_other`) give none.
 */
export function archFromArchKind(kind: string | undefined): string | undefined {
  switch (kind) {
    case 'arch_arm_i64':
      return 'universal';
    case 'arch_arm':
    case 'arch_ios':
      return 'arm64';
    case 'arch_i64':
    case 'arch_i32_i64':
      return 'x86_64';
    case 'arch_i32':
      return 'i386';
    default:
      return undefined;
  }
}

/**
 * Architecture from the older fields: XML `runtime_environment` (arch_x86, universal, ...) or the
 * text's Kind (Intel, Universal, PowerPC), refined by "64-Bit (Intel)" / `has64BitIntelCode`.
 */
export function archFromKind(
  kind: string | undefined,
  has64Bit: boolean | undefined,
): string | undefined {
  const value = kind?.trim().toLowerCase();
  if (value === 'arch_x86' || value === 'intel') {
    if (has64Bit === undefined) return 'x86';
    return has64Bit ? 'x86_64' : 'i386';
  }
  if (value === 'universal' || value === 'universel') return 'universal';
  if (value === 'powerpc' || value === 'arch_ppc' || value === 'classic') return 'ppc';
  if (value === 'apple silicon' || value === 'arch_arm') return 'arm64';
  return undefined;
}

// The Developer ID holder for third-party apps; Apple for its own (signed "Software Signing",
// obtained from Apple, or living under /System). App Store apps are re-signed by Apple and
// development certificates name a person, so neither says who published the app.
function publisherOf(
  signedBy: string | undefined,
  origin: string | undefined,
  path: string | undefined,
): string | undefined {
  const signer = signedBy?.trim() ?? '';
  const developer = (DEVELOPER_ID_WITH_TEAM.exec(signer) ?? DEVELOPER_ID.exec(signer))?.[1]?.trim();
  if (developer) return developer;
  if (APPLE_SIGNER.test(signer) || origin === 'apple' || path?.startsWith('/System/')) {
    return 'Apple';
  }
  return undefined;
}
