// `handraise-agent release keygen|sign`: the coordinator makes the school's release key once, and
// signs each package with it. The private key stays in its file; only signatures leave it.
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { releaseManifestSchema, type ReleaseManifest } from '@handraise/shared';
import { generateReleaseKeys, signRelease } from './release-signature.ts';

/** What `sign` writes beside the package (uploaded with it, or shipped with the hub). */
export const SIGNED_RELEASE_SUFFIX = '.release.json';

export const RELEASE_USAGE = `Usage:
  handraise-agent release keygen KEY_FILE
      makes the school's release key: the private key goes into KEY_FILE (keep it safe and
      offline), the public key is printed for Settings → Agent updates and the installers.
  handraise-agent release sign PACKAGE KEY_FILE VERSION PLATFORM ARCH
      signs an agent package (PLATFORM linux, windows or macos; ARCH x64 or arm64) and writes
      PACKAGE${SIGNED_RELEASE_SUFFIX} beside it: upload both in the console.
`;

/** Thrown for a command line or a file that cannot be used; its message is for the person. */
export class ReleaseCommandError extends Error {}

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}

/** Makes a key pair; resolves the public key (base64) to print. */
export function keygen(keyFile: string): string {
  if (existsSync(keyFile)) throw new ReleaseCommandError(`${keyFile} exists already: not replaced`);
  const folder = dirname(resolve(keyFile));
  if (!existsSync(folder) || !statSync(folder).isDirectory())
    throw new ReleaseCommandError(`the folder ${folder} does not exist: make it first`);
  const { privateKeyPem, publicKey } = generateReleaseKeys();
  try {
    writeFileSync(keyFile, privateKeyPem, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    throw new ReleaseCommandError(`cannot write ${keyFile}: ${(error as Error).message}`);
  }
  return publicKey;
}

/** A regular file's path, or a clear refusal naming what it is instead. */
function requireFile(path: string, what: string): void {
  if (!existsSync(path)) throw new ReleaseCommandError(`no such ${what}: ${path}`);
  if (!statSync(path).isFile())
    throw new ReleaseCommandError(`${path} is a folder, not a ${what} file`);
}

/**
 * Reads the private key, refusing one that others on this computer can read: whoever reads it can
 * sign agents every school computer runs. (Windows has no such mode bits; its folder's rights rule.)
 */
function readPrivateKey(keyFile: string): string {
  requireFile(keyFile, 'key');
  if (process.platform !== 'win32' && (statSync(keyFile).mode & 0o077) !== 0)
    throw new ReleaseCommandError(
      `${keyFile} can be read by other people on this computer: run "chmod 600 ${keyFile}" first`,
    );
  return readFileSync(keyFile, 'utf8');
}

/** Signs a package; resolves the path of the signed manifest written beside it. */
export async function signPackage(
  packageFile: string,
  keyFile: string,
  build: { version: string; platform: string; arch: string },
): Promise<string> {
  requireFile(packageFile, 'package');
  const privateKeyPem = readPrivateKey(keyFile);
  const parsed = releaseManifestSchema.safeParse({
    ...build,
    sha256: await sha256Of(packageFile),
    size: statSync(packageFile).size,
  });
  if (!parsed.success)
    throw new ReleaseCommandError(
      `cannot sign: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  const manifest: ReleaseManifest = parsed.data;
  let signature: string;
  try {
    signature = signRelease(manifest, privateKeyPem);
  } catch {
    throw new ReleaseCommandError(`${keyFile} is not a release key made by "release keygen"`);
  }
  const out = packageFile + SIGNED_RELEASE_SUFFIX;
  writeFileSync(out, JSON.stringify({ manifest, signature }, null, 2) + '\n');
  return out;
}

/** Runs `release …`; resolves the exit code (0 done, 1 usage or bad input). */
export async function commandRelease(
  rest: string[],
  print: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): Promise<number> {
  const [action, ...args] = rest;
  try {
    if (action === 'keygen' && args.length === 1 && args[0]) {
      print(keygen(args[0]));
      return 0;
    }
    const [packageFile, keyFile, version, platform, arch] = args;
    if (
      action === 'sign' &&
      args.length === 5 &&
      packageFile &&
      keyFile &&
      version &&
      platform &&
      arch
    ) {
      print(await signPackage(packageFile, keyFile, { version, platform, arch }));
      return 0;
    }
  } catch (error) {
    if (!(error instanceof ReleaseCommandError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
  process.stderr.write(RELEASE_USAGE);
  return 1;
}
