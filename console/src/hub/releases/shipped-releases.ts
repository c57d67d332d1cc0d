// Releases that ship with the hub: a folder of packages, each with the `.release.json` that
// `handraise-agent release sign` wrote beside it, read at start. A package that does not match
// its manifest is left out (and logged); agents check the signature against their own keys.
import { createReadStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { PackageMismatchError, type ReleaseFiles } from './release-files.ts';
import { signedReleaseSchema } from './release-routes.ts';
import type { ReleaseStore } from './release-store.ts';

const SIGNED_SUFFIX = '.release.json';

/** Adds the folder's releases the hub does not have yet; resolves how many were added. */
export async function addShippedReleases(
  folder: string,
  deps: { releases: ReleaseStore; files: ReleaseFiles; logger: Logger },
): Promise<number> {
  if (!existsSync(folder)) return 0;
  let added = 0;
  for (const name of readdirSync(folder)) {
    if (!name.endsWith(SIGNED_SUFFIX)) continue;
    const packageFile = join(folder, name.slice(0, -SIGNED_SUFFIX.length));
    const log = deps.logger.child({ file: name });
    let signed;
    try {
      signed = signedReleaseSchema.parse(JSON.parse(readFileSync(join(folder, name), 'utf8')));
    } catch {
      log.warn('a shipped release manifest cannot be read; left out');
      continue;
    }
    if (!existsSync(packageFile)) {
      log.warn('a shipped release has no package beside its manifest; left out');
      continue;
    }
    if (await deps.releases.findBuild(signed.manifest)) continue;
    const id = randomUUID();
    try {
      await deps.files.save(id, createReadStream(packageFile), signed.manifest);
    } catch (error) {
      if (!(error instanceof PackageMismatchError)) throw error;
      log.warn({ reason: error.message }, 'a shipped release does not match its manifest');
      continue;
    }
    await deps.releases.add(id, signed.manifest, signed.signature, true);
    log.info({ version: signed.manifest.version }, 'shipped agent release added');
    added++;
  }
  return added;
}
