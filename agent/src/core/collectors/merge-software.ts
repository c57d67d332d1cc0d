import type { SoftwareItem } from '@handraise/shared';

/** Optional fields a later sighting may fill when the first one lacked them. */
const FILLABLE_FIELDS = ['publisher', 'arch', 'installDate', 'id', 'origin'] as const;

/**
 * Removes the same install seen twice: same source, name, version, arch and publisher, or the
 * same source, id and version (one install reached through two registry views, or listed by
 * machine and by user). The version stays part of the id rule because two installed versions
 * are two items even where a source reuses an id for both. The first sighting is kept, in
 * order, and takes any optional field it lacked from its duplicates.
 */
export function mergeSoftware(items: readonly SoftwareItem[]): SoftwareItem[] {
  const merged: SoftwareItem[] = [];
  const indexByKey = new Map<string, number>();
  for (const item of items) {
    const keys = identityKeys(item);
    const index = keys.map((key) => indexByKey.get(key)).find((found) => found !== undefined);
    if (index === undefined) {
      for (const key of keys) indexByKey.set(key, merged.length);
      merged.push({ ...item });
      continue;
    }
    const kept = merged[index];
    if (kept === undefined) continue;
    fillMissing(kept, item);
    // The duplicate's other key (its id, say) now leads to the same kept item.
    for (const key of [...keys, ...identityKeys(kept)]) {
      if (!indexByKey.has(key)) indexByKey.set(key, index);
    }
  }
  return merged;
}

function identityKeys(item: SoftwareItem): string[] {
  // JSON arrays keep fields apart whatever characters they hold.
  const keys = [
    JSON.stringify([
      'fields',
      item.source,
      item.name,
      item.version,
      item.arch ?? '',
      item.publisher ?? '',
    ]),
  ];
  if (item.id !== undefined && item.id !== '') {
    keys.push(JSON.stringify(['id', item.source, item.id, item.version]));
  }
  return keys;
}

function fillMissing(kept: SoftwareItem, duplicate: SoftwareItem): void {
  for (const field of FILLABLE_FIELDS) {
    const value = duplicate[field];
    if (kept[field] === undefined && value !== undefined) kept[field] = value;
  }
}
