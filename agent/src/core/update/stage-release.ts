// Puts a verified package in place as the version to run next, on trial. Nothing is staged unless
// the manifest is signed by a configured key and the package matches it byte for byte.
import { chmodSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { UpdateOffer, UpdateOutcome } from '@handraise/shared';
import type { DownloadedPackage } from './package-download.ts';
import {
  agentExecutableName,
  updateInstallState,
  versionDir,
  versionsDir,
} from './install-state.ts';
import { isSignedRelease } from './release-signature.ts';

export type StageDeps = {
  installRoot: string;
  /** The release keys this computer trusts (from its installer's configuration). */
  keys: readonly string[];
  /** Downloads the package at the hub's path into the given file and says what arrived. */
  download: (
    packagePath: string,
    destination: string,
    maxBytes: number,
  ) => Promise<DownloadedPackage>;
};

/**
 * Checks the signature, downloads, checks size and hash, then moves the executable into
 * `versions/<version>/` and makes it the current version on trial. Resolves `installed` when
 * staged, or the refusal to report (a signed version refused is never tried again here).
 */
export async function stageRelease(offer: UpdateOffer, deps: StageDeps): Promise<UpdateOutcome> {
  const { manifest } = offer;
  // Only for a manifest whose signature checked out: the version it names is the real one.
  const refuse = (result: UpdateOutcome['result'], detail: string): UpdateOutcome => {
    updateInstallState(deps.installRoot, (state) => ({
      ...state,
      failed: [...state.failed.filter((v) => v !== manifest.version), manifest.version].slice(-50),
    }));
    return { version: manifest.version, result, detail };
  };
  // Checked before a byte is fetched: an unsigned release costs no bandwidth. Not recorded as
  // failed: the version number is unverified, and a taken-over hub must not block the real one.
  if (!isSignedRelease(manifest, offer.signature, deps.keys))
    return {
      version: manifest.version,
      result: 'refused-signature',
      detail: 'not signed by a release key this computer trusts',
    };

  mkdirSync(versionsDir(deps.installRoot), { recursive: true, mode: 0o755 });
  const incoming = join(versionsDir(deps.installRoot), `.incoming-${manifest.version}`);
  let arrived: DownloadedPackage;
  try {
    arrived = await deps.download(offer.packagePath, incoming, manifest.size);
  } catch (error) {
    rmSync(incoming, { force: true });
    // A network failure is not the release's fault: no refusal, the next offer tries again.
    return { version: manifest.version, result: 'failed', detail: (error as Error).message };
  }
  if (arrived.size !== manifest.size || arrived.sha256 !== manifest.sha256) {
    rmSync(incoming, { force: true });
    return refuse('refused-hash', 'the package does not match its signed hash');
  }

  const folder = versionDir(deps.installRoot, manifest.version);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true, mode: 0o755 });
  const executable = join(folder, agentExecutableName());
  renameSync(incoming, executable);
  chmodSync(executable, 0o755);
  updateInstallState(deps.installRoot, (state) => ({
    ...state,
    current: manifest.version,
    previous: state.current,
    trial: true,
  }));
  return { version: manifest.version, result: 'installed' };
}
