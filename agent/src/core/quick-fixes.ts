// The quick-fix step before asking: the school's fixes for this computer in a category, and
// "This fixed it". Both need the hub at once (someone is reading the window): offline there is
// nothing to show, and the window goes straight to the ask form.
import type { HelpCategory, OfferedFix } from '@handraise/shared';
import type { HubClient } from './hub-client.ts';

/** How long the window waits for the hub's fixes before asking as usual, in ms. */
export const QUICK_FIXES_TIMEOUT_MS = 3_000;

export type QuickFixChannel = {
  /** The fixes for this computer in `category`; null when the hub cannot be asked now. */
  fixes(category: HelpCategory): Promise<OfferedFix[] | null>;
  /** Tells the hub a fix saved a request; false when it was not counted (offline, counted already). */
  fixWorked(fixId: string): Promise<boolean>;
};

/** The channel over whichever hub client is running now (`null`: none yet, or between clients). */
export function createQuickFixChannel(
  client: () => Pick<HubClient, 'askNow'> | null,
): QuickFixChannel {
  return {
    async fixes(category) {
      return (await client()?.askNow('help:fixes', { category }, QUICK_FIXES_TIMEOUT_MS)) ?? null;
    },
    async fixWorked(fixId) {
      const answer = await client()?.askNow('help:fix-worked', { fixId }, QUICK_FIXES_TIMEOUT_MS);
      return answer?.counted === true;
    },
  };
}
