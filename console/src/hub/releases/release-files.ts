// Release packages as files in the hub's data folder, one per release id. They are written while
// hashed and counted, and kept only when they match the signed manifest.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import type { ReleaseManifest } from '@handraise/shared';

/** Why a package was not kept, in words for the coordinator. */
export class PackageMismatchError extends Error {}

export type ReleaseFiles = ReturnType<typeof createReleaseFiles>;

export function createReleaseFiles(dataDir: string) {
  const folder = join(dataDir, 'agent-releases');
  const pathOf = (id: string) => join(folder, `${id}.package`);

  return {
    pathOf,
    /**
     * Writes `source` as release `id`'s package when its size and SHA-256 are the manifest's;
     * otherwise keeps nothing and throws PackageMismatchError.
     */
    async save(id: string, source: Readable, manifest: ReleaseManifest): Promise<void> {
      mkdirSync(folder, { recursive: true, mode: 0o700 });
      const partial = `${pathOf(id)}.part`;
      const hash = createHash('sha256');
      let size = 0;
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          size += chunk.length;
          if (size > manifest.size) {
            done(new PackageMismatchError('The package is larger than its manifest says.'));
            return;
          }
          hash.update(chunk);
          done(null, chunk);
        },
      });
      try {
        await pipeline(source, counter, createWriteStream(partial, { mode: 0o600 }));
        if (size !== manifest.size)
          throw new PackageMismatchError('The package is smaller than its manifest says.');
        if (hash.digest('hex') !== manifest.sha256)
          throw new PackageMismatchError(
            'The package does not match the hash in its manifest: it is not the file that was signed.',
          );
        renameSync(partial, pathOf(id));
      } catch (error) {
        rmSync(partial, { force: true });
        throw error;
      }
    },
    read: (id: string) => createReadStream(pathOf(id)),
    remove: (id: string) => rmSync(pathOf(id), { force: true }),
  };
}
