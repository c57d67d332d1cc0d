// Fetches a release package from the hub over the agent's own (pinned) connection, with the
// device's credentials, into a file: never more bytes than the signed manifest says, and hashed
// on the way so nothing is read twice.
import { createHash } from 'node:crypto';
import { createWriteStream, rmSync } from 'node:fs';
import { request as httpRequest, type Agent as HttpAgent } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Credentials } from '../credentials.ts';

/** A whole package should arrive in this long even on a slow school line, in ms. */
export const DOWNLOAD_TIMEOUT_MS = 30 * 60_000;

export type DownloadedPackage = { size: number; sha256: string };

/** Why a download stopped: the hub refused (`status`), or the package was longer than signed. */
export class PackageDownloadError extends Error {}

/** The headers a device proves itself with on the hub's package route. */
export function deviceHeaders(credentials: Pick<Credentials, 'deviceId' | 'secret'>) {
  return {
    'x-handraise-device': credentials.deviceId,
    authorization: `Bearer ${credentials.secret}`,
  };
}

/**
 * Downloads `url` into `destination`, at most `maxBytes`; resolves its size and SHA-256. The file is
 * removed when the download fails.
 */
export function downloadPackage(
  url: URL,
  destination: string,
  options: {
    credentials: Pick<Credentials, 'deviceId' | 'secret'>;
    maxBytes: number;
    agent?: HttpAgent | undefined;
    timeoutMs?: number;
  },
): Promise<DownloadedPackage> {
  return new Promise((resolve, reject) => {
    const fail = (error: Error) => {
      rmSync(destination, { force: true });
      reject(error);
    };
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const request = send(
      url,
      {
        headers: deviceHeaders(options.credentials),
        ...(options.agent ? { agent: options.agent } : {}),
        timeout: options.timeoutMs ?? DOWNLOAD_TIMEOUT_MS,
      },
      (response) => {
        if (response.statusCode !== 200) {
          response.resume();
          fail(new PackageDownloadError(`the hub answered ${response.statusCode ?? 'nothing'}`));
          return;
        }
        const hash = createHash('sha256');
        const file = createWriteStream(destination, { mode: 0o600 });
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > options.maxBytes) {
            response.destroy(new PackageDownloadError('the package is longer than signed'));
            return;
          }
          hash.update(chunk);
        });
        response.on('error', (error) => {
          file.destroy();
          fail(error);
        });
        response.pipe(file);
        file.on('error', fail);
        file.on('finish', () => {
          if (response.destroyed && size > options.maxBytes) return;
          resolve({ size, sha256: hash.digest('hex') });
        });
      },
    );
    request.on('timeout', () => request.destroy(new PackageDownloadError('timed out')));
    request.on('error', fail);
    request.end();
  });
}
