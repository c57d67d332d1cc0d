/** The tabs of a device's page, as named in the address (`#/devices/<id>?tab=outdated`). */
export const DEVICE_TABS = ['overview', 'live', 'outdated', 'software', 'updates', 'requests'];

/** The tabs that show the computer's software, hidden from whoever may not see it. */
const SOFTWARE_TABS = new Set(['outdated', 'software', 'updates']);

/**
 * The tab the address names, if the page has it for this person; Overview otherwise (no `tab=`,
 * a mistyped one, or a software tab the person may not see).
 */
export function deviceTabFrom(named: string | undefined, softwareHidden: boolean): string {
  if (!named || !DEVICE_TABS.includes(named)) return 'overview';
  if (softwareHidden && SOFTWARE_TABS.has(named)) return 'overview';
  return named;
}

/** The address's `tab=` for a chosen tab: Overview, the page's start, leaves the address bare. */
export function tabParam(tab: string): string | null {
  return tab === 'overview' ? null : tab;
}
