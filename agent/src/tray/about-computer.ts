// "About this computer", in facts the window turns into plain words.
import { hostname } from 'node:os';
import type { HelpDeskInfo } from '@handraise/shared';
import { resolveSettings } from '../core/agent-service.ts';
import { AGENT_VERSION } from '../core/agent-version.ts';
import { readCredentials } from '../core/credentials.ts';
import type { SecretSealer } from '../core/trust/secret-sealer.ts';
import { collectedTopics } from './collected-data.ts';
import type { AboutInfo } from '../ipc/tray-api.ts';

const MS_PER_HOUR = 3_600_000;
/** Inventory interval shown when the config file cannot be read, in hours (the core's default). */
const FALLBACK_INTERVAL_HOURS = 4;

/**
 * What this computer is to the school and what Handraise collects on it. `known`: what the school
 * said of it (`help:desk`, or its last answer kept on this computer); until then, the OS's name.
 * `sealer`: the keychain the tray's agent sealed the secret with, so a sealed secret still counts
 * as enrolled.
 */
export function aboutThisComputer(
  dataDir: string,
  known: HelpDeskInfo | null,
  sealer: SecretSealer | null = null,
): AboutInfo {
  let hub: string | null = null;
  let intervalHours = FALLBACK_INTERVAL_HOURS;
  let credentialsFile: string | null = null;
  try {
    const resolved = resolveSettings({ dataDir });
    hub = resolved.hub ?? null;
    intervalHours = resolved.inventoryIntervalMs / MS_PER_HOUR;
    credentialsFile = resolved.files.credentials;
  } catch {
    // A broken config file is the service's to report; this view still shows what it can.
  }
  const credentials = credentialsFile ? readCredentials(credentialsFile, sealer) : null;
  return {
    deviceName: known?.deviceName ?? hostname(),
    site: known?.site ?? null,
    room: known?.room ?? null,
    seat: known?.seat ?? null,
    hub: credentials?.hub ?? hub,
    enrolled: credentials !== null,
    agentVersion: AGENT_VERSION,
    inventoryEveryHours: intervalHours,
    collected: collectedTopics(),
  };
}
