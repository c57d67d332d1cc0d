import type { DeviceState } from '@handraise/shared';
import { Pill } from '../../../components/Pill.tsx';
import { formatAgo, formatDateTime } from '../../../lib/format.ts';
import { fact, type Fact } from './facts.tsx';
import { onOff, yesNo } from './overview-labels.ts';

type Security = NonNullable<DeviceState['security']>;

/** How many packages a "reboot required" names before "and N more". */
const REBOOT_CAUSES_SHOWN = 5;

function antivirusText(security: Security): string | undefined {
  const products = security.antivirus ?? [];
  if (products.length === 0) return undefined;
  return products
    .map((av) => {
      const state = [
        av.enabled === undefined ? undefined : av.enabled ? 'on' : 'off',
        av.upToDate === undefined ? undefined : av.upToDate ? 'up to date' : 'out of date',
      ].filter(Boolean);
      return state.length > 0 ? `${av.name} (${state.join(', ')})` : av.name;
    })
    .join('; ');
}

function firewallText(security: Security): string | undefined {
  const profiles = Object.entries(security.firewallEnabled ?? {});
  if (profiles.length === 0) return undefined;
  return profiles.map(([profile, on]) => `${profile} ${on ? 'on' : 'off'}`).join(' · ');
}

function rebootRequired(security: Security) {
  if (security.rebootRequired === undefined) return undefined;
  if (!security.rebootRequired) return 'No';
  const by = security.rebootRequiredBy ?? [];
  const more = by.length - REBOOT_CAUSES_SHOWN;
  return (
    <>
      <Pill tone="warn">Yes</Pill>
      {by.length > 0 &&
        ` for ${by.slice(0, REBOOT_CAUSES_SHOWN).join(', ')}${more > 0 ? ` and ${more} more` : ''}`}
    </>
  );
}

/** The security facts the computer reported (antivirus, firewall, reboots, updates, macOS guards). */
export function securityFacts(security: Security | undefined, now: number): (Fact | null)[] {
  if (!security) return [];
  const lastUpdate = security.lastUpdateInstalled;
  return [
    fact('Antivirus', antivirusText(security)),
    fact('Firewall', firewallText(security)),
    fact('Restart pending', yesNo(security.pendingReboot)),
    fact('Restart required', rebootRequired(security)),
    fact(
      'Last update installed',
      lastUpdate && `${formatDateTime(lastUpdate)} (${formatAgo(lastUpdate, now)})`,
    ),
    fact('System Integrity Protection', onOff(security.sip)),
    fact('Gatekeeper', onOff(security.gatekeeper)),
  ];
}
