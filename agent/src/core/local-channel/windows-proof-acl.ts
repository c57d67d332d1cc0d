// Windows has no folder mode like Unix's 1733 (see peer-proof.ts): the proof folder gets an ACL
// that does the same, set with icacls by well-known SIDs (names differ with the system's language).
// SYSTEM and Administrators: full control. Users: may add a file to the folder, nothing else (no
// listing, so nobody learns another's proof name, and no reading or removing others' files).
// CREATOR OWNER: whoever adds a file may write and remove that file, and only that one.
import type { CommandRunner } from '../service/command-runner.ts';

const SYSTEM = '*S-1-5-18';
const ADMINISTRATORS = '*S-1-5-32-544';
const USERS = '*S-1-5-32-545';
const CREATOR_OWNER = '*S-1-3-0';

/** The proof folder's ACL cannot be set; the service must not listen with a looser one. */
export class ProofFolderAclError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProofFolderAclError';
  }
}

/**
 * The icacls command lines, in order: SYSTEM owns the folder (a user could have made it first and,
 * as its owner, could change its ACL back), then its own ACL replaces the inherited one.
 */
export function proofFolderAclCommands(folder: string): string[][] {
  return [
    [folder, '/setowner', SYSTEM, '/Q'],
    [
      folder,
      '/inheritance:r',
      '/grant:r',
      `${SYSTEM}:(OI)(CI)F`,
      `${ADMINISTRATORS}:(OI)(CI)F`,
      // WD on a folder is "create files / write data": a file can be added, none listed or read.
      `${USERS}:(WD)`,
      // Inherit-only, files only: each proof file's creator may write and remove it.
      `${CREATOR_OWNER}:(OI)(IO)M`,
      '/Q',
    ],
  ];
}

/** Sets the proof folder's ACL with icacls (Windows only; Unix uses the folder's mode). */
export async function restrictProofFolder(folder: string, run: CommandRunner): Promise<void> {
  for (const args of proofFolderAclCommands(folder)) {
    const outcome = await run('icacls', args);
    if (outcome.code !== 0)
      throw new ProofFolderAclError(
        `icacls could not secure the proof folder ${folder} (exit ${outcome.code})${outcome.output ? `: ${outcome.output}` : ''}`,
      );
  }
}
