// Uploads an agent release from the browser: the package as the body, as it is, and the signed
// manifest `handraise-agent release sign` wrote beside it in a header (the API's JSON helper
// would turn a 100 MB package into text).
import { fail, type Ack, type AgentRelease } from '@handraise/shared';
import { loadSession } from '../../lib/session.ts';

/** The header the hub reads the signed manifest from (see the hub's release routes). */
const RELEASE_MANIFEST_HEADER = 'x-release-manifest';

/** Base64 of UTF-8 text, for a header. */
function base64Of(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export async function uploadRelease(pkg: File, signed: File): Promise<Ack<AgentRelease>> {
  const session = loadSession();
  if (!session) return fail('unauthorized');
  try {
    const response = await fetch('/api/agent-releases', {
      method: 'POST',
      headers: {
        authorization: `Bearer ${session.token}`,
        'content-type': 'application/octet-stream',
        [RELEASE_MANIFEST_HEADER]: base64Of(await signed.text()),
      },
      body: pkg,
    });
    const body = (await response.json()) as unknown;
    return typeof body === 'object' && body !== null && 'ok' in body
      ? (body as Ack<AgentRelease>)
      : fail('unavailable');
  } catch {
    return fail('unavailable');
  }
}
