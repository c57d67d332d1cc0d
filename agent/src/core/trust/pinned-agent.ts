// The agent's HTTPS and WSS connections to its hub accept exactly the certificates it pinned.
// The hub's certificate is usually self-signed, so the usual checks (a trusted authority, the host
// name) would refuse it or, turned off, accept anything: instead the certificate's fingerprint is
// compared the moment the handshake ends. A mismatch destroys the socket inside that same event,
// before Node writes any queued request bytes (the point where its own rejectUnauthorized acts).
import { Agent, type AgentOptions } from 'node:https';
import type { Duplex } from 'node:stream';
import { connect, type ConnectionOptions, type TLSSocket } from 'node:tls';
import { HubCertificateError, type TrustedBy } from './hub-certificate-error.ts';

export type PinnedAgentOptions = {
  /** Fingerprints accepted; 'first-use' accepts whatever the hub presents (and reports it). */
  pins: readonly string[] | 'first-use';
  /** Where the pins came from, for the refusal's words; `pinned` unless said. */
  trustedBy?: TrustedBy;
  /** Every certificate the hub presented and was accepted (the first one is pinned on first use). */
  onAccepted?: (fingerprint: string) => void;
  /** A certificate refused: the socket is already destroyed with this error. */
  onRefused?: (error: HubCertificateError) => void;
};

/** An HTTPS agent that checks each connection's certificate against the pins. */
export class PinnedAgent extends Agent {
  private pins: readonly string[] | 'first-use';
  /** The certificate of the latest accepted connection. */
  lastAccepted: string | null = null;
  private readonly pinning: PinnedAgentOptions;

  constructor(options: PinnedAgentOptions, agentOptions: AgentOptions = {}) {
    super(agentOptions);
    this.pins = options.pins;
    this.pinning = options;
  }

  /** Replaces the pins (the hub announced a planned certificate, or the first one was pinned). */
  setPins(pins: readonly string[]): void {
    this.pins = pins;
  }

  /** Returns the socket at once, as Node's own agent does (which then needs no callback). */
  override createConnection(options: ConnectionOptions): Duplex {
    // Verification is the fingerprint's, below; the host name is not checked (agents often reach
    // the hub by address, and the pinned certificate names it or not).
    const socket: TLSSocket = connect({ ...options, rejectUnauthorized: false });
    socket.once('secureConnect', () => {
      const presented = socket.getPeerX509Certificate()?.fingerprint256 ?? 'none';
      const pins = this.pins;
      if (pins !== 'first-use' && !pins.includes(presented)) {
        const error = new HubCertificateError(presented, pins, this.pinning.trustedBy);
        socket.destroy(error);
        this.pinning.onRefused?.(error);
        return;
      }
      this.lastAccepted = presented;
      this.pinning.onAccepted?.(presented);
    });
    return socket;
  }
}
