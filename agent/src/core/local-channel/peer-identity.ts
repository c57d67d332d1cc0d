// Turns a checked proof into the local account it names (see peer-proof.ts): a uid and its user
// name on Unix, a SID and its user name on Windows.
import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LocalAccount } from '../help-desk.ts';
import { unixAccountName } from './account-name.ts';
import { ProofError, removeProof, verifyUnixProof } from './peer-proof.ts';
import { windowsOwnerOf } from './windows-owner.ts';

/** Who wrote the proof for `nonce`; throws ProofError when the proof does not hold. */
export type IdentifyPeer = (
  folder: string,
  nonce: string,
  issuedAtMs: number,
) => Promise<LocalAccount>;

export const identifyUnixPeer: IdentifyPeer = async (folder, nonce, issuedAtMs) => {
  const uid = verifyUnixProof(folder, nonce, issuedAtMs);
  return { id: String(uid), name: await unixAccountName(uid) };
};

export const identifyWindowsPeer: IdentifyPeer = async (folder, nonce) => {
  const path = join(folder, nonce);
  try {
    let stats;
    try {
      stats = lstatSync(path);
    } catch {
      throw new ProofError('forbidden', 'no proof file was written for this connection');
    }
    if (stats.isSymbolicLink() || !stats.isFile() || stats.nlink !== 1)
      throw new ProofError('forbidden', 'the proof is not a plain file of its own');
    if (readFileSync(path, 'utf8') !== nonce)
      throw new ProofError('forbidden', 'the proof file does not hold this connection’s nonce');
    const owner = await windowsOwnerOf(path);
    if (!owner) throw new ProofError('forbidden', 'the proof file’s owner names no one');
    return { id: owner.sid, name: owner.name };
  } finally {
    removeProof(path);
  }
};

export const identifyPeer: IdentifyPeer =
  process.platform === 'win32' ? identifyWindowsPeer : identifyUnixPeer;
