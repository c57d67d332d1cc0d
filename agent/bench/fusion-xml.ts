// Just enough of FusionInventory's inventory XML to count what it found, without an XML parser.

export type SoftwareCount = {
  total: number;
  /** Entries per <FROM> value (deb, snap, flatpak…); '?' when an entry has none. */
  byOrigin: Record<string, number>;
};

/*
 * One <SOFTWARES> element: empty (`<SOFTWARES/>`) or with a body. Text in the document is
 * escaped (`&lt;`), so a literal tag can only be markup, and SOFTWARES never nests. Attributes
 * match lazily so that `<SOFTWARES />` ends at its own `/>`, not at the next entry's close.
 */
const SOFTWARES = /<SOFTWARES(?:\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/SOFTWARES\s*>)/g;
const FROM = /<FROM>([^<]*)<\/FROM>/;

/** Counts the <SOFTWARES> entries of an OCS/FusionInventory inventory document. */
export function countSoftwares(xml: string): SoftwareCount {
  const byOrigin: Record<string, number> = {};
  let total = 0;
  for (const match of xml.matchAll(SOFTWARES)) {
    const origin = FROM.exec(match[1] ?? '')?.[1]?.trim() || '?';
    byOrigin[origin] = (byOrigin[origin] ?? 0) + 1;
    total += 1;
  }
  return { total, byOrigin };
}
