import type { SoftwareItem } from '@handraise/shared';
import { archFromKind, toAppItem, type AppRecord } from './app-fields.ts';
import { detectDateOrder, toIsoDate } from './profiler-dates.ts';

type Field =
  'version' | 'lastModified' | 'kind' | '64bit' | 'info' | 'location' | 'origin' | 'signer';

/**
 * Field labels, lower-cased, in English and French: the text output is partly localized, and a
 * French system writes `Version :` with a space before the colon.
 */
const FIELD_LABELS: ReadonlyMap<string, Field> = new Map([
  ['version', 'version'],
  ['last modified', 'lastModified'],
  ['modifié', 'lastModified'],
  ['dernière modification', 'lastModified'],
  ['kind', 'kind'],
  ['type', 'kind'],
  ['64-bit (intel)', '64bit'],
  ['64 bits (intel)', '64bit'],
  ['get info string', 'info'],
  ['location', 'location'],
  ['emplacement', 'location'],
  ['obtained from', 'origin'],
  ['obtenu auprès de', 'origin'],
  ['signed by', 'signer'],
  ['signé par', 'signer'],
]);

const YES_VALUES: ReadonlySet<string> = new Set(['yes', 'oui']);
const NO_VALUES: ReadonlySet<string> = new Set(['no', 'non']);

type RawApp = { name: string; fields: Map<Field, string> };

/**
 * Parses the text form of `system_profiler SPApplicationsDataType` into installed apps, with the
 * same field rules as the XML parser. The structure is indentation: app names one level under
 * `Applications:`, their `Label: value` fields one level deeper. Dates are read in the day/month
 * order the whole output uses (see profiler-dates.ts) and given as `YYYY-MM-DD`.
 */
export function parseSystemProfilerText(text: string): SoftwareItem[] {
  const apps = readApps(text);
  const order = detectDateOrder(
    apps.map((app) => app.fields.get('lastModified') ?? '').filter((date) => date !== ''),
  );
  const items: SoftwareItem[] = [];
  for (const app of apps) {
    const date = app.fields.get('lastModified');
    const record: AppRecord = {
      name: app.name,
      version: app.fields.get('version'),
      path: app.fields.get('location'),
      installDate: date === undefined ? undefined : toIsoDate(date, order),
      obtainedFrom: app.fields.get('origin'),
      signedBy: app.fields.get('signer'),
      info: app.fields.get('info'),
      arch: archFromKind(app.fields.get('kind'), yesNo(app.fields.get('64bit'))),
    };
    const item = toAppItem(record);
    if (item) items.push(item);
  }
  return items;
}

function readApps(text: string): RawApp[] {
  const apps: RawApp[] = [];
  let appIndent: number | undefined;
  let current: RawApp | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trimEnd();
    const content = line.trimStart();
    if (content === '') continue;
    const indent = line.length - content.length;
    // `Applications:` (or its translation) at the margin is the section title, not an app.
    if (indent === 0) continue;
    appIndent ??= content.endsWith(':') ? indent : undefined;
    if (indent === appIndent && content.endsWith(':')) {
      current = { name: content.slice(0, -1).trimEnd(), fields: new Map() };
      apps.push(current);
      continue;
    }
    if (current === undefined || appIndent === undefined || indent <= appIndent) continue;
    const field = readField(content);
    if (field && !current.fields.has(field.key)) current.fields.set(field.key, field.value);
  }
  return apps;
}

// `Version: 2.1.2`, `Version : 2.1.2`; unknown labels and value-less lines are ignored.
function readField(content: string): { key: Field; value: string } | undefined {
  const colon = content.indexOf(':');
  if (colon <= 0) return undefined;
  const key = FIELD_LABELS.get(content.slice(0, colon).trim().toLowerCase());
  const value = content.slice(colon + 1).trim();
  if (key === undefined || value === '') return undefined;
  return { key, value };
}

function yesNo(value: string | undefined): boolean | undefined {
  const lower = value?.toLowerCase();
  if (lower === undefined) return undefined;
  if (YES_VALUES.has(lower)) return true;
  if (NO_VALUES.has(lower)) return false;
  return undefined;
}
