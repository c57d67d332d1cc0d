// Which certificates this agent's hub connection accepts, and how that set changes: pinned at
// enrollment (or at the first connection of an agent enrolled before pinning), then replaced only
// by the hub itself, over a connection it already proved with a pinned certificate.
import type { Logger } from 'pino';
import { normalizeFingerprint } from './fingerprint.ts';
import type { HubCertificateError } from './hub-certificate-error.ts';
import { PinnedAgent } from './pinned-agent.ts';

/** More than a current and a next certificate is not a planned change but a mistake. */
const MAX_ANNOUNCED = 4;

export function createHubTrust(options: {
  hub: string;
  pins: readonly string[] | undefined;
  onPins: (pins: string[]) => void;
  onRefused: (error: HubCertificateError) => void;
  logger: Logger;
}) {
  const { logger } = options;
  if (new URL(options.hub).protocol !== 'https:') {
    return { agent: undefined, announced: (_payload: unknown) => {} };
  }
  let pins = options.pins ? [...options.pins] : null;
  const agent: PinnedAgent = new PinnedAgent({
    pins: pins ?? 'first-use',
    onAccepted: (fingerprint) => {
      if (pins) return;
      pins = [fingerprint];
      agent.setPins(pins);
      logger.info({ fingerprint }, "pinned the hub's certificate at first contact");
      options.onPins([...pins]);
    },
    onRefused: options.onRefused,
  });

  return {
    agent,
    /** `hub:trust`: the certificates the hub serves now and next; adopted if they include this one. */
    announced(payload: unknown): void {
      const raw = (payload as { fingerprints?: unknown } | null)?.fingerprints;
      if (!Array.isArray(raw) || raw.length === 0 || raw.length > MAX_ANNOUNCED) return;
      const announced = raw.map((value) =>
        typeof value === 'string' ? normalizeFingerprint(value) : null,
      );
      if (announced.some((value) => value === null)) return;
      const next = [...new Set(announced as string[])];
      // Only a hub proven by a pinned certificate may name the next one.
      if (!agent.lastAccepted || !next.includes(agent.lastAccepted)) return;
      if (pins && next.length === pins.length && next.every((value) => pins!.includes(value))) {
        return;
      }
      pins = next;
      agent.setPins(pins);
      logger.info({ fingerprints: pins }, "the hub's certificates to trust changed");
      options.onPins([...pins]);
    },
  };
}
