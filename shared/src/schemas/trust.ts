// The hub's certificate and a computer's trust, as the console shows them.

/** `GET /api/admin/hub-certificate`: what agents pin, for the coordinator to compare. */
export type HubCertificateInfo = {
  /** Whether the hub serves HTTPS and WSS; false when configured for plain HTTP. */
  tls: boolean;
  /** SHA-256 of the certificate's DER, colon-separated hex; null without TLS. */
  fingerprint: string | null;
  /** A planned next certificate's fingerprint, announced to agents before the switch. */
  nextFingerprint: string | null;
  /**
   * With a next certificate: how many of the computers the hub manages (not retired or revoked)
   * said they trust it, of how many. Null without one.
   */
  nextReady: { ready: number; total: number } | null;
};

/** `GET /api/devices/:deviceId/trust` and the answer to revoking it. */
export type DeviceTrustState = {
  /** When the coordinator revoked it; null while it is trusted. */
  revokedAt: string | null;
};

/** The answer to `POST /api/devices/:deviceId/rotate-secret`. */
export type SecretRotated = { rotatedAt: string };
