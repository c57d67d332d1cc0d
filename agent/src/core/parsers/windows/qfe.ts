import type { Hotfix } from '@handraise/shared';
import { clipShortString } from '../../collectors/field-values.ts';
import { readJsonRecords, recordText } from './powershell-json.ts';

/** One Win32_QuickFixEngineering instance, with the properties the collector selects. */
export type QfeEntry = {
  hotFixId?: string | undefined;
  description?: string | undefined;
  /** Raw WMI text: `M/D/YYYY` on most systems, a hex FILETIME on some old ones. */
  installedOn?: string | undefined;
  servicePackInEffect?: string | undefined;
};

/** `KB980195`, `Q123456`; Windows 10+ ids are all of this shape. */
const KB_ID = /\b(KB|Q)(\d{4,10})\b/i;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const COMPACT_DATE = /^\d{8}$/;
/** A FILETIME in hex: 100-ns ticks since 1601-01-01, as some XP/2003 systems stored it. */
const HEX_FILETIME = /^[0-9a-f]{15,16}$/i;
const FILETIME_TICKS_PER_MS = 10_000n;
const FILETIME_EPOCH_OFFSET_MS = 11_644_473_600_000n;

/**
 * Turns QFE instances into hotfixes, one per KB. XP lists one instance per patched file with
 * `HotFixID=File 1` and the KB in ServicePackInEffect; the KB is taken from there. Instances with
 * no KB at all (XP's `XpsEPSC`) are not Windows updates and are left out, as GLPI does.
 */
export function normalizeQfeEntries(entries: readonly QfeEntry[]): Hotfix[] {
  const hotfixes: Hotfix[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    const match = KB_ID.exec(entry.hotFixId ?? '') ?? KB_ID.exec(entry.servicePackInEffect ?? '');
    if (!match) continue;
    const id = `${(match[1] ?? '').toUpperCase()}${match[2] ?? ''}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const hotfix: Hotfix = { id, source: 'qfe' };
    const description = entry.description?.trim();
    if (description) hotfix.description = clipShortString(description);
    const installedOn = normalizeQfeDate(entry.installedOn);
    if (installedOn !== undefined) hotfix.installedOn = installedOn;
    hotfixes.push(hotfix);
  }
  return hotfixes;
}

/** Parses the collector's QFE JSON (HotFixID, Description, InstalledOn, ServicePackInEffect). */
export function parseQfeJson(text: string): Hotfix[] {
  return normalizeQfeEntries(
    readJsonRecords(text).map((record) => ({
      hotFixId: recordText(record, 'HotFixID'),
      description: recordText(record, 'Description'),
      installedOn: recordText(record, 'InstalledOn'),
      servicePackInEffect: recordText(record, 'ServicePackInEffect'),
    })),
  );
}

/**
 * QFE dates in the registry's `yyyyMMdd` form, so hotfixes from both places read alike:
 * `1/15/2011` → `20110115`; a hex FILETIME is converted; anything else is kept as given.
 */
export function normalizeQfeDate(raw: string | undefined): string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  if (COMPACT_DATE.test(value)) return value;
  const us = US_DATE.exec(value);
  if (us) return `${us[3]}${pad2(us[1])}${pad2(us[2])}`;
  if (HEX_FILETIME.test(value)) {
    const ms = BigInt(`0x${value}`) / FILETIME_TICKS_PER_MS - FILETIME_EPOCH_OFFSET_MS;
    const date = new Date(Number(ms));
    if (!Number.isNaN(date.getTime())) return date.toISOString().slice(0, 10).replaceAll('-', '');
  }
  return clipShortString(value);
}

function pad2(part: string | undefined): string {
  return (part ?? '').padStart(2, '0');
}
