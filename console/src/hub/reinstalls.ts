import type { Logger } from 'pino';
import {
  REINSTALL_RULE_MAX_DAYS,
  type DeviceIdentity,
  type ReinstallRule,
  type ReinstallsView,
} from '@handraise/shared';
import type { Clock } from './clock.ts';
import { identityKeys } from './storage/device-identity.ts';
import type { DeviceLinksStore, LinkOutcome } from './storage/device-links-store.ts';
import type { SettingsStore } from './storage/settings-store.ts';

/** Where the coordinator's automatic rule is kept in the settings table. */
const RULE_KEY = 'reinstallRule';

/** Who linked a device when nobody clicked: the coordinator's time-boxed rule. */
export const LINKED_BY_RULE = 'rule';

export type Reinstalls = ReturnType<typeof createReinstalls>;

/**
 * Re-installed computers: every enrollment is a new device; one that matches a known computer is
 * suggested as its re-install, and linked when the coordinator confirms (one click for a whole lab)
 * or while their rule is on. `onLinked` tells the rest of the hub (sockets, verdicts, consoles).
 */
export function createReinstalls(deps: {
  links: DeviceLinksStore;
  settings: SettingsStore;
  clock: Clock;
  isOnline: (deviceId: string) => boolean;
  onLinked: (outcome: LinkOutcome) => void;
  logger: Logger;
}) {
  const { links, settings, clock } = deps;

  async function rule(): Promise<ReinstallRule> {
    const saved = await settings.readValue(RULE_KEY);
    const acceptUntil =
      typeof saved === 'object' && saved !== null && 'acceptUntil' in saved
        ? saved.acceptUntil
        : null;
    return { acceptUntil: typeof acceptUntil === 'string' ? acceptUntil : null };
  }

  const ruleActive = async () => {
    const { acceptUntil } = await rule();
    return acceptUntil !== null && acceptUntil > clock.now().toISOString();
  };

  async function confirm(deviceIds: readonly string[], linkedBy: string): Promise<number> {
    const outcomes = await links.confirm(deviceIds, linkedBy);
    for (const outcome of outcomes) deps.onLinked(outcome);
    return outcomes.length;
  }

  return {
    rule,

    /**
     * A new device has enrolled: keep what it says about itself and suggest the computer it may
     * be. The rule links it at once only on a strong match with a record whose agent is offline:
     * a re-imaged computer cannot also be connected, while a copied identity usually is.
     */
    async enrolled(deviceId: string, identity: DeviceIdentity): Promise<void> {
      const match = await links.remember(deviceId, identityKeys(identity));
      if (!match) return;
      deps.logger.info({ deviceId, ...match }, 'enrollment matches a known computer');
      if (!links.strongMatch(match.matchedBy) || deps.isOnline(match.candidateId)) return;
      if (await ruleActive()) await confirm([deviceId], LINKED_BY_RULE);
    },

    async view(): Promise<ReinstallsView> {
      return { suggestions: await links.suggestions(deps.isOnline), rule: await rule() };
    },

    confirm,
    dismiss: (deviceIds: readonly string[]) => links.dismiss(deviceIds),

    /** Turns the rule on until a date (at most REINSTALL_RULE_MAX_DAYS ahead) or off; false if too far. */
    async setRule(acceptUntil: string | null): Promise<boolean> {
      if (acceptUntil !== null) {
        const until = new Date(acceptUntil).getTime();
        const latest = clock.now().getTime() + REINSTALL_RULE_MAX_DAYS * 24 * 60 * 60 * 1000;
        if (!(until <= latest)) return false;
      }
      await settings.writeValue(RULE_KEY, {
        acceptUntil: acceptUntil === null ? null : new Date(acceptUntil).toISOString(),
      });
      return true;
    },
  };
}
