import type { PendingUpdate } from '@handraise/shared';
import { clipShortString } from '../../collectors/field-values.ts';
import { readJsonRecords, recordList, recordText } from './powershell-json.ts';

/**
 * The "Security Updates" update classification. Category names are localized; ids are not.
 * (Microsoft's WSUS classification GUIDs: this one is the same on every Windows Update server.)
 */
const SECURITY_UPDATES_CATEGORY_ID = '0fa1201d-4330-4fa8-8ae9-b877473b6441';

/** `Security Intelligence Update for Microsoft Defender Antivirus - KB2267602 (Version 1.403.12.0)`. */
const VERSION_IN_TITLE = /\(Version ([^)]+)\)\s*$/i;

/**
 * Parses the JSON of the collector's Windows Update search (one object per IUpdate: Title,
 * KBArticleIDs, MsrcSeverity, CategoryIDs, Categories) into pending updates.
 *
 * Windows Update items have no version of their own: `availableVersion` is the version a title
 * ends with (Defender intelligence updates), else the KB numbers (`KB5034441`, several joined
 * with `, `), else empty. An update is security when Microsoft rated it (MsrcSeverity) or filed
 * it under Security Updates.
 */
export function parseWindowsUpdateJson(text: string): PendingUpdate[] {
  const updates: PendingUpdate[] = [];
  for (const record of readJsonRecords(text)) {
    const title = recordText(record, 'Title');
    if (title === undefined) continue;
    const kbs = recordList(record, 'KBArticleIDs').map((kb) => (/^\d+$/.test(kb) ? `KB${kb}` : kb));
    const available = VERSION_IN_TITLE.exec(title)?.[1]?.trim() ?? kbs.join(', ');
    const categoryIds = recordList(record, 'CategoryIDs').map((id) => id.toLowerCase());
    updates.push({
      name: clipShortString(title),
      availableVersion: clipShortString(available),
      source: 'windows-update',
      security:
        recordText(record, 'MsrcSeverity') !== undefined ||
        categoryIds.includes(SECURITY_UPDATES_CATEGORY_ID),
    });
  }
  return updates;
}
