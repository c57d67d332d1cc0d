import { hostname } from 'node:os';
import { dirname } from 'node:path';
import type { Logger } from 'pino';
import type { LiveViewer, RequesterRequest, Seat } from '@handraise/shared';
import {
  DEFAULT_INVENTORY_INTERVAL_HOURS,
  readAgentConfigFile,
  AgentConfigError,
} from './agent-config.ts';
import { agentFiles } from './agent-paths.ts';
import { AGENT_VERSION } from './agent-version.ts';
import {
  readCredentials,
  readKeptPins,
  sealStoredSecret,
  writeCredentials,
  type Credentials,
} from './credentials.ts';
import { enroll, localIdentity } from './enroll.ts';
import { createCostMeter } from './cost/cost-meter.ts';
import { createAgentUpdates } from './update/agent-updates.ts';
import { createHubClient, type HubClient, type HubClientState } from './hub-client.ts';
import { collectInventory, type CollectedInventory } from './inventory.ts';
import { enrollmentToken } from './enrollment/token-sources.ts';
import { seatFromOption } from './enrollment/seat-option.ts';
import { HubRefusedError, isHubRefusal } from './hub-refusal.ts';
import {
  clearStoredRefusal,
  finalRefusalFor,
  isKeptRefusal,
  readStoredRefusal,
  refusalFileBeside,
  storeRefusal,
} from './hub-refusal-record.ts';
import { openOutbox, type Outbox } from './outbox.ts';
import type { OutboxRecovery } from './storage/outbox-recovery.ts';
import { refuseForeignEntries } from './storage/private-files.ts';
import {
  defaultSystemConfig,
  readSystemConfigFile,
  type SystemConfigSource,
} from './system-config.ts';
import { withRecoveryNote } from './storage/recovery-note.ts';
import { normalizeFingerprint } from './trust/fingerprint.ts';
import { chooseEnrollmentTrust, pinMismatchWarning } from './trust/enrollment-trust.ts';
import type { SecretSealer } from './trust/secret-sealer.ts';

export type AgentSettings = {
  dataDir: string;
  /** Hub address; from the flag, else the config file, else the stored credentials. */
  hub?: string | undefined;
  token?: string | undefined;
  /** A private file whose first line is the token (see enrollment/token-sources.ts). */
  tokenFile?: string | undefined;
  /** `--seat`: where the computer sits, told to the hub when it enrolls. */
  seat?: string | undefined;
  configPath?: string | undefined;
  /** `--hub-fingerprint`: the hub's certificate to pin at enrollment (else the config file's). */
  hubFingerprint?: string | undefined;
  /** Seals the device secret with the user's keychain (the tray's safeStorage); none: a 0600 file. */
  secretSealer?: SecretSealer | null | undefined;
  /**
   * The system-wide enrollment file (system-config.ts), read below the flags and the data folder's
   * file; null: none. Default: the platform's, when this agent runs machine-wide.
   */
  systemConfig?: SystemConfigSource | null | undefined;
};

/** Hub addresses are compared and stored by origin: `http://hub.school:7300`. */
export function normalizeHub(hub: string): string {
  try {
    const url = new URL(hub);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol');
    return url.origin;
  } catch {
    throw new AgentConfigError(
      `not a hub address: ${hub} (expected e.g. http://hub.school.lan:7300)`,
    );
  }
}

/**
 * Merges flags over the config file, and both over the system-wide enrollment file when the agent
 * runs machine-wide; the config file is `agent.json` in the data folder unless named. The token:
 * `--token`, else `--token-file`, else HANDRAISE_ENROLL_TOKEN, else the files'.
 */
export function resolveSettings(settings: AgentSettings, env: NodeJS.ProcessEnv = process.env) {
  const files = agentFiles(settings.dataDir);
  const system =
    settings.systemConfig === undefined ? defaultSystemConfig() : settings.systemConfig;
  const file = {
    ...(system === null ? {} : readSystemConfigFile(system.path, system.rules)),
    ...readAgentConfigFile(settings.configPath ?? files.config, settings.configPath !== undefined),
  };
  const hub = settings.hub ?? file.hub;
  const fingerprint = settings.hubFingerprint ?? file.hubFingerprint;
  const hubFingerprint = fingerprint === undefined ? undefined : normalizeFingerprint(fingerprint);
  if (hubFingerprint === null) {
    throw new AgentConfigError(
      `not a certificate fingerprint: ${fingerprint} (expected 64 hex digits as the console's Settings shows, or openssl's sha256 Fingerprint= line)`,
    );
  }
  return {
    files,
    hub: hub ? normalizeHub(hub) : undefined,
    token: enrollmentToken({
      flag: settings.token,
      file: settings.tokenFile,
      env,
      config: file.token,
    }),
    inventoryIntervalMs:
      (file.inventoryIntervalHours ?? DEFAULT_INVENTORY_INTERVAL_HOURS) * 3_600_000,
    seat: settings.seat === undefined ? undefined : seatFromOption(settings.seat),
    hubFingerprint,
    updateKeys: file.updateKeys ?? [],
    sealer: settings.secretSealer ?? null,
  };
}

/** Where a warning goes when the caller names no place: the command line's standard error. */
const warnOnStderr = (line: string) => process.stderr.write(`handraise-agent: warning: ${line}\n`);

/**
 * The device's credentials for the hub: the stored ones, or new ones from enrolling with the token.
 * Enrolling again accepts only the certificates already pinned (see trust/enrollment-trust.ts).
 * Throws AgentConfigError when neither is possible, EnrollmentError when the hub says no.
 */
export async function ensureEnrolled(
  resolved: {
    files: { credentials: string };
    hub?: string | undefined;
    token?: string | undefined;
    seat?: Seat | undefined;
    hubFingerprint?: string | undefined;
    sealer?: SecretSealer | null | undefined;
  },
  options: { force?: boolean; onWarning?: (line: string) => void } = {},
): Promise<Credentials> {
  const warn = options.onWarning ?? warnOnStderr;
  // Before the token is used: a data folder with another user's files in it is refused as it is.
  refuseForeignEntries(dirname(resolved.files.credentials));
  if (resolved.sealer) sealStoredSecret(resolved.files.credentials, resolved.sealer);
  const stored = readCredentials(resolved.files.credentials, resolved.sealer);
  if (stored && !options.force && (!resolved.hub || stored.hub === resolved.hub)) {
    const warning = pinMismatchWarning(stored.hubPins, resolved.hubFingerprint);
    if (warning) warn(warning);
    return stored;
  }
  // Kept even when the secret cannot be read (sealed by a keychain not at hand): its hub and pins.
  const kept = readKeptPins(resolved.files.credentials);
  const hub = resolved.hub ?? stored?.hub ?? kept?.hub;
  if (!hub || !resolved.token) {
    throw new AgentConfigError(
      stored && options.force
        ? 'enrolling this computer again takes an enrollment token (--token-file FILE)'
        : 'this computer is not enrolled yet: run `handraise-agent run --hub URL --token-file FILE` once',
    );
  }
  const choice = chooseEnrollmentTrust(hub, kept, resolved.hubFingerprint);
  if (choice.warning) warn(choice.warning);
  const enrolled = await enroll(
    hub,
    resolved.token,
    await localIdentity(hostname()),
    resolved.seat,
    choice.trust,
  );
  const credentials: Credentials = {
    hub,
    deviceId: enrolled.deviceId,
    secret: enrolled.secret,
    ...(enrolled.hubPins ? { hubPins: enrolled.hubPins } : {}),
  };
  writeCredentials(resolved.files.credentials, credentials, resolved.sealer);
  // A deliberate new enrollment: whatever the hub said to the old one no longer stands.
  clearStoredRefusal(refusalFileBeside(resolved.files.credentials));
  return credentials;
}

export type RunningAgent = {
  /** The hub client now: a new one replaces it when the agent enrolls again. */
  client: HubClient;
  store: Outbox;
  credentials: Credentials;
  /** Resolves with the client once one is connected, following a re-enrollment's new client. */
  connectedClient(): Promise<HubClient>;
  close(): void;
};

/**
 * Starts the agent: enrolls if needed, connects, reports inventory and delivers the outbox, and keeps
 * doing so. If the hub refuses the stored secret and a token is at hand, enrolls once more.
 */
export async function startAgent(
  settings: AgentSettings,
  deps: {
    logger: Logger;
    collect?: () => Promise<CollectedInventory>;
    onStateChange?: (state: HubClientState, detail?: string) => void;
    /** The agent cannot go on: HubRefusedError when the hub turned this computer away for good. */
    onFatal?: (error: Error) => void;
    /** Report inventory at each connection; `run --once` reports by itself instead. */
    reportOnConnect?: boolean;
    /** An outbox already open (the tray shares it with its help desk). */
    store?: Outbox;
    /** A damaged outbox was set aside when this opened it (the details are logged already). */
    onOutboxRecovered?: (recovery: OutboxRecovery) => void;
    onRequestUpdated?: (view: RequesterRequest) => void;
    onOutboxChanged?: () => void;
    /** The requests a front end shows, and those it should drop (storage/outbox-retention.ts). */
    shownRequestIds?: () => string[];
    onRequestsForgotten?: (requestIds: string[]) => void;
    /** Who watches this computer's live figures now. */
    onLiveViewers?: (viewers: LiveViewer[]) => void;
    /** What runs the core, told to the hub with the agent's cost: the service unless the tray. */
    runtime?: 'service' | 'tray';
  },
): Promise<RunningAgent> {
  const resolved = resolveSettings(settings);
  const onWarning = (line: string) => deps.logger.warn(line);
  let credentials = await ensureEnrolled(resolved, { onWarning });
  const store =
    deps.store ??
    openOutbox(resolved.files.store, {
      onRecovered: (line, recovery) => {
        deps.logger.warn({ recovery }, line);
        deps.onOutboxRecovered?.(recovery);
      },
    });
  // A damaged outbox replaced at open is reported to the hub with the inventory.
  const collect = withRecoveryNote(
    store,
    deps.collect ?? (() => collectInventory({ dataDir: settings.dataDir })),
  );
  let reEnrolled = false;
  const refusalPath = refusalFileBeside(resolved.files.credentials);
  // One meter for the agent's life: a client that replaces another carries on its period.
  const costMeter = createCostMeter({ runtime: deps.runtime ?? 'service' });

  /** Keeps a change the hub made to this computer's trust (its secret, the certificates to pin). */
  const saveCredentials = (changed: Partial<Credentials>) => {
    credentials = { ...credentials, ...changed };
    writeCredentials(resolved.files.credentials, credentials, resolved.sealer);
    running.credentials = credentials;
  };

  // Self-update runs only under the launcher (update/agent-updates.ts), one updater per client.
  let updates: ReturnType<typeof createAgentUpdates> = null;
  const makeClient = (): HubClient => {
    const client = createHubClient({
      credentials,
      agentVersion: AGENT_VERSION,
      store,
      collect,
      logger: deps.logger,
      inventoryIntervalMs: resolved.inventoryIntervalMs,
      reportOnConnect: deps.reportOnConnect ?? true,
      costMeter,
      onHubPins: (hubPins) => saveCredentials({ hubPins }),
      onSecretRotated: (secret) => saveCredentials({ secret }),
      ...(deps.onRequestUpdated ? { onRequestUpdated: deps.onRequestUpdated } : {}),
      ...(deps.onOutboxChanged ? { onOutboxChanged: deps.onOutboxChanged } : {}),
      ...(deps.shownRequestIds ? { shownRequestIds: deps.shownRequestIds } : {}),
      ...(deps.onRequestsForgotten ? { onRequestsForgotten: deps.onRequestsForgotten } : {}),
      ...(deps.onLiveViewers ? { onLiveViewers: deps.onLiveViewers } : {}),
      onStateChange: (state, detail) => {
        deps.logger.info({ state, detail }, 'hub connection');
        keepRefusal(state, detail);
        deps.onStateChange?.(state, detail);
        if (state === 'connected') void updates?.onConnected();
        if (state === 'refused') void recover(detail);
      },
      onUpdateAvailable: () => void updates?.available(),
    });
    updates?.close();
    updates =
      (deps.runtime ?? 'service') === 'service'
        ? createAgentUpdates({
            channel: client,
            // Read at each download: a rotated secret replaces the credentials.
            credentials: {
              get hub() {
                return credentials.hub;
              },
              get deviceId() {
                return credentials.deviceId;
              },
              get secret() {
                return credentials.secret;
              },
            },
            version: AGENT_VERSION,
            keys: resolved.updateKeys,
            logger: deps.logger,
          })
        : null;
    return client;
  };

  // Settled each time the client is replaced, so a wait on the old one moves to the new one.
  let announceReplaced = () => {};
  let replaced = new Promise<void>((resolve) => (announceReplaced = resolve));
  const running: RunningAgent = {
    client: makeClient(),
    store,
    credentials,
    async connectedClient() {
      for (;;) {
        const client = running.client;
        await Promise.race([client.connected(), replaced]);
        if (running.client === client) return client;
      }
    },
    close() {
      updates?.close();
      running.client.close();
      // A store handed in belongs to the caller, who closes it.
      if (!deps.store) store.close();
    },
  };

  /** What the hub last said of this computer, for `status` and the next start (hub-refusal-record.ts). */
  function keepRefusal(state: HubClientState, detail: string | undefined) {
    try {
      if (state === 'connected') clearStoredRefusal(refusalPath);
      else if (state === 'refused' && detail !== undefined && isKeptRefusal(detail))
        storeRefusal(refusalPath, {
          refusal: detail,
          at: new Date().toISOString(),
          deviceId: credentials.deviceId,
          hub: credentials.hub,
        });
    } catch (error) {
      deps.logger.warn({ err: error }, "could not keep the hub's refusal in the data folder");
    }
  }

  async function recover(reason = 'unauthorized') {
    running.client.close();
    if (reason === 'unauthorized' && resolved.token && !reEnrolled) {
      reEnrolled = true;
      try {
        credentials = await ensureEnrolled(resolved, { force: true, onWarning });
        running.credentials = credentials;
        running.client = makeClient();
        running.client.start();
        const announce = announceReplaced;
        replaced = new Promise<void>((resolve) => (announceReplaced = resolve));
        announce();
        return;
      } catch (error) {
        deps.onFatal?.(error as Error);
        return;
      }
    }
    // Whatever waits in the outbox stays there: it goes once the computer is enrolled again.
    deps.onFatal?.(new HubRefusedError(isHubRefusal(reason) ? reason : 'unauthorized'));
  }

  // Retired or revoked earlier: the agent stays away until enrolled again on purpose. Said the way
  // a refusal on connecting is, once the caller holds the running agent.
  const stayAway = finalRefusalFor(readStoredRefusal(refusalPath), credentials.deviceId);
  if (stayAway) {
    deps.logger.warn(
      { refusal: stayAway },
      'the hub turned this computer away earlier; not connecting until it is enrolled again',
    );
    deps.onStateChange?.('refused', stayAway);
    setImmediate(() => deps.onFatal?.(new HubRefusedError(stayAway)));
  } else running.client.start();
  return running;
}
