// How the hub's HTTPS server negotiates: TLS 1.2 at least, and on 1.2 only suites with forward
// secrecy (ECDHE) and an AEAD cipher (AES-GCM, ChaCha20-Poly1305). Static-RSA key exchange and CBC
// suites are what security reviews flag; every browser and Node release in use has these.
import type { SecureVersion } from 'node:tls';
import type { HubCertificate } from './hub-certificate.ts';

/** TLS 1.3's own suites are all AEAD with forward secrecy; listed so 1.3 stays on. */
const TLS13_SUITES = [
  'TLS_AES_256_GCM_SHA384',
  'TLS_CHACHA20_POLY1305_SHA256',
  'TLS_AES_128_GCM_SHA256',
];
/** ECDSA for the hub's own certificate, RSA for a school's. */
const TLS12_SUITES = [
  'ECDHE-ECDSA-AES128-GCM-SHA256',
  'ECDHE-RSA-AES128-GCM-SHA256',
  'ECDHE-ECDSA-AES256-GCM-SHA384',
  'ECDHE-RSA-AES256-GCM-SHA384',
  'ECDHE-ECDSA-CHACHA20-POLY1305',
  'ECDHE-RSA-CHACHA20-POLY1305',
];

export const HUB_CIPHERS = [...TLS13_SUITES, ...TLS12_SUITES].join(':');
export const HUB_MIN_TLS_VERSION: SecureVersion = 'TLSv1.2';

/** The options the hub's HTTPS server is made with. */
export function serverTlsOptions(certificate: Pick<HubCertificate, 'cert' | 'key'>) {
  return {
    cert: certificate.cert,
    key: certificate.key,
    minVersion: HUB_MIN_TLS_VERSION,
    ciphers: HUB_CIPHERS,
    // The server's order: its strongest suite the client offers, not the client's first.
    honorCipherOrder: true,
  };
}
