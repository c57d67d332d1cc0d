// One JSON request to the hub over node:http/https: unlike fetch, it takes the pinned agent, so
// the enrollment token is sent only to a hub whose certificate this computer trusts.
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { PinnedAgent } from './pinned-agent.ts';

/** Largest answer read from the hub, in bytes: an enrollment answer is a few hundred. */
const MAX_ANSWER_BYTES = 64 * 1024;

/**
 * POSTs `body` as JSON; resolves with the parsed answer (null if it is not JSON). Rejects on
 * network trouble, a timeout, or the pinned agent's HubCertificateError.
 */
export function postJsonToHub(
  url: URL,
  body: unknown,
  options: { agent?: PinnedAgent | undefined; timeoutMs: number },
): Promise<unknown> {
  const text = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(
      url,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) },
        ...(options.agent ? { agent: options.agent } : {}),
        timeout: options.timeoutMs,
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_ANSWER_BYTES) response.destroy(new Error('answer too large'));
          else chunks.push(chunk);
        });
        response.on('error', reject);
        response.on('end', () => {
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
          } catch {
            resolve(null);
          }
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', reject);
    req.end(text);
  });
}
