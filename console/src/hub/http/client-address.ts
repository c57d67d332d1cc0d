import type { IncomingMessage } from 'node:http';
import proxyAddr from '@fastify/proxy-addr';
import { normalizeAddress } from './sign-in-guard.ts';

/**
 * The address of the client behind a request, as the HTTP routes see it (`request.ip`): the
 * connection's own address, or, when it comes from one of the proxies HANDRAISE_TRUST_PROXY names,
 * the address those proxies forwarded. Sockets use it so that their per-address limits count
 * clients, not the proxy they all come through.
 */
export function clientAddressOf(
  trustProxy: readonly string[] | undefined,
): (request: IncomingMessage) => string {
  if (!trustProxy?.length)
    return (request) => normalizeAddress(request.socket.remoteAddress ?? 'unknown');
  const trusted = proxyAddr.compile([...trustProxy]);
  return (request) => normalizeAddress(proxyAddr(request, trusted));
}
