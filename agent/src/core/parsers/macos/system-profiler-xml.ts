import type { SoftwareItem } from '@handraise/shared';
import { archFromArchKind, archFromKind, toAppItem } from './app-fields.ts';
import { dictString, isDict, parsePlistXml, type PlistDict, type PlistValue } from './plist-xml.ts';

const DATA_TYPE = 'SPApplicationsDataType';
/** `2009-07-31T07:21:05Z`: plist dates are UTC. */
const ISO_DATE = /^(\d{4}-\d{2}-\d{2})T/;

/**
 * Parses `system_profiler -xml SPApplicationsDataType` into installed apps: name from `_name`,
 * `version` ('' when the bundle has none), id = bundle id when present else `path`, origin =
 * `obtained_from`, publisher from the Developer ID in `signed_by` (Apple for its own apps),
 * installDate = the UTC date of `lastModified`, arch from `arch_kind` or, on older systems,
 * `runtime_environment` + `has64BitIntelCode`. Duplicate names at different paths stay.
 */
export function parseSystemProfilerXml(text: string): SoftwareItem[] {
  const items: SoftwareItem[] = [];
  for (const app of applicationDicts(parsePlistXml(text))) {
    const signedBy = app.signed_by;
    const item = toAppItem({
      name: dictString(app, '_name') ?? '',
      version: dictString(app, 'version'),
      path: dictString(app, 'path'),
      bundleId: dictString(app, 'bundle_id') ?? dictString(app, 'CFBundleIdentifier'),
      installDate: ISO_DATE.exec(dictString(app, 'lastModified') ?? '')?.[1],
      obtainedFrom: dictString(app, 'obtained_from'),
      signedBy: Array.isArray(signedBy) ? stringAt(signedBy, 0) : undefined,
      info: dictString(app, 'info'),
      arch:
        archFromArchKind(dictString(app, 'arch_kind')) ??
        archFromKind(dictString(app, 'runtime_environment'), yesNo(app.has64BitIntelCode)),
    });
    if (item) items.push(item);
  }
  return items;
}

// The `_items` of the SPApplicationsDataType section; system_profiler prints one dict per data
// type asked for, inside a top-level array.
function applicationDicts(root: PlistValue | undefined): PlistDict[] {
  const sections = Array.isArray(root) ? root : root === undefined ? [] : [root];
  const section =
    sections.filter(isDict).find((dict) => dictString(dict, '_dataType') === DATA_TYPE) ??
    sections.filter(isDict).find((dict) => Array.isArray(dict._items));
  const list = section?._items;
  return Array.isArray(list) ? list.filter(isDict) : [];
}

function stringAt(list: readonly PlistValue[], index: number): string | undefined {
  const value = list[index];
  return typeof value === 'string' ? value : undefined;
}

function yesNo(value: PlistValue | undefined): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'yes') return true;
  if (value === 'no') return false;
  return undefined;
}
