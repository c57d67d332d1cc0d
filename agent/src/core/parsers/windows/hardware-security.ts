// Antivirus, firewall, restart and update state from the hardware script's Antivirus
// (SecurityCenter2), Firewall (Get-NetFirewallProfile), Reboot (registry flags) and
// LastUpdateInstalled / LastHotfixInstalled parts.
import type { AntivirusFacts, SecurityFacts } from '../hardware/device-state-facts.ts';
import { recordFlag, recordNumber, recordText, type JsonRecord } from './powershell-json.ts';
import { assign, isoTime, partRecord, partRecords } from './hardware-json-root.ts';

/**
 * SecurityCenter2 productState packs three bytes (0xAABBCC): BB's 0x10 bit is set while
 * real-time protection is on, CC's 0x10 bit while the signatures are out of date.
 */
const PRODUCT_ENABLED_BIT = 0x10_00;
const SIGNATURES_OUT_OF_DATE_BIT = 0x10;

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** The security facts, or undefined when none of their parts could be read. */
export function readWindowsSecurity(root: JsonRecord): SecurityFacts | undefined {
  const security: SecurityFacts = {};
  if (root.Antivirus !== undefined && root.Antivirus !== null) {
    security.antivirus = partRecords(root, 'Antivirus')
      .map(readAntivirus)
      .filter((product) => product !== undefined);
  }
  const firewall = readFirewall(root);
  if (firewall) security.firewallEnabled = firewall;
  const reboot = partRecord(root, 'Reboot');
  if (reboot) {
    const servicing = recordFlag(reboot, 'ComponentBasedServicing') === true;
    const windowsUpdate = recordFlag(reboot, 'WindowsUpdate') === true;
    const renames = recordFlag(reboot, 'FileRenames') === true;
    // Installers queue file renames too; only servicing and Windows Update demand the restart.
    security.pendingReboot = servicing || windowsUpdate || renames;
    security.rebootRequired = servicing || windowsUpdate;
  }
  assign(security, 'lastUpdateInstalled', lastUpdate(root));
  return Object.keys(security).length > 0 ? security : undefined;
}

function readAntivirus(record: JsonRecord): AntivirusFacts | undefined {
  const name = recordText(record, 'displayName');
  if (name === undefined) return undefined;
  const product: AntivirusFacts = { name };
  const state = recordNumber(record, 'productState');
  if (state !== undefined && state >= 0) {
    product.enabled = (state & PRODUCT_ENABLED_BIT) !== 0;
    product.upToDate = (state & SIGNATURES_OUT_OF_DATE_BIT) === 0;
  }
  return product;
}

function readFirewall(root: JsonRecord): Record<string, boolean> | undefined {
  const profiles: Record<string, boolean> = {};
  for (const record of partRecords(root, 'Firewall')) {
    const name = recordText(record, 'Name');
    const enabled = recordFlag(record, 'Enabled');
    if (name !== undefined && enabled !== undefined) profiles[name] = enabled;
  }
  return Object.keys(profiles).length > 0 ? profiles : undefined;
}

/** The update history's newest install, else the newest hotfix's install day. */
function lastUpdate(root: JsonRecord): string | undefined {
  const fromHistory = isoTime(root.LastUpdateInstalled);
  if (fromHistory !== undefined) return fromHistory;
  const day = recordText(root, 'LastHotfixInstalled');
  return day !== undefined && DATE_ONLY.test(day) && !Number.isNaN(Date.parse(day))
    ? day
    : undefined;
}
