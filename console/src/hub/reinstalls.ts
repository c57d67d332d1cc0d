import type { Logger } from 'pino';
import {
  REINSTALL_RULE_MAX_DAYS,
  type DeviceIdentity,
  type ReinstallRule,
  type ReinstallsView,
} from '@handraise/shared';
import type { Clock } from './clock.ts';
import { HARDWARE_KINDS, identityKeys } from './storage/device-identity.ts';
import type { DeviceLinksStore, IdentityMatch, LinkOutcome } from './storage/device-links-store.ts';
import type { EnrollmentGrant } from './storage/enrollment-store.ts';
import type { SettingsStore } from './storage/settings-store.ts';

/** Where the coordinator's automatic rule is kept in the settings table. */
const RULE_KEY = 'reinstallRule';

/** Who linked a device when nobody clicked: the coordinator's time-boxed rule. */
export const LINKED_BY_RULE = 'rule';

export type Reinstalls = ReturnType<typeof createReinstalls>;

/**
 * Whether the coordinator's rule may link without asking. A re-imaged computer keeps its
 * firmware's ids but gets a new system id, cannot be connected while it is being re-imaged, and is
 * enrolled with its own room's token. So: a hardware id or serial number matches and none
 * contradicts (a cloned image shares the system id, not the hardware), the old record is offline
 * (a copied identity usually is not), and the token's site and room are the old record's.
 */
export function linksByItself(
  match: IdentityMatch,
  grant: EnrollmentGrant,
  previousOnline: boolean,
): boolean {
  return (
    match.matchedBy.some((kind) => HARDWARE_KINDS.has(kind)) &&
    match.conflicts.length === 0 &&
    !previousOnline &&
    grant.site === match.site &&
    grant.room === match.room
  );
}

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
     * be. While the rule is on, it is linked at once only when that is almost surely right (see
     * `linksByItself`); everything else waits for the coordinator.
     */
    async enrolled(deviceId: string, identity: DeviceIdentity, grant: EnrollmentGrant) {
      const match = await links.remember(deviceId, identityKeys(identity));
      if (!match) return;
      deps.logger.info({ deviceId, ...match }, 'enrollment matches a known computer');
      if (!linksByItself(match, grant, deps.isOnline(match.candidateId))) return;
      if (!(await ruleActive())) return;
      const linked = await confirm([deviceId], LINKED_BY_RULE);
      if (linked > 0)
        deps.logger.info(
          { deviceId, previousId: match.candidateId },
          'linked a re-installed computer by the automatic rule',
        );
    },

    async view(): Promise<ReinstallsView> {
      return { suggestions: await links.suggestions(deps.isOnline), rule: await rule() };
    },

    confirm,
    dismiss: (deviceIds: readonly string[]) => links.dismiss(deviceIds),

    /** Turns the rule on until a future date (REINSTALL_RULE_MAX_DAYS at most) or off. */
    async setRule(acceptUntil: string | null): Promise<boolean> {
      if (acceptUntil !== null) {
        const until = new Date(acceptUntil).getTime();
        const now = clock.now().getTime();
        const latest = now + REINSTALL_RULE_MAX_DAYS * 24 * 60 * 60 * 1000;
        // A date already past would look on and do nothing: refused, like one too far ahead.
        if (!(until > now && until <= latest)) return false;
      }
      await settings.writeValue(RULE_KEY, {
        acceptUntil: acceptUntil === null ? null : new Date(acceptUntil).toISOString(),
      });
      return true;
    },
  };
}
