// The first name of whoever uses this computer account, typed once in the help window and sent
// with each request. Kept in the signed-in user's own tray folder, never in the agent's data
// folder: that one may be machine-wide (ProgramData, a service's) and shared by every account.
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { ensurePrivateDir, PRIVATE_FILE_MODE, setMode } from '../core/storage/private-files.ts';
import { requesterNameSchema } from '../ipc/ipc-schemas.ts';

/** The file in a user's tray folder (Electron's userData) that keeps their name. */
export function requesterNameFile(userDataDir: string): string {
  return join(userDataDir, 'requester.json');
}

const fileSchema = z.object({ name: requesterNameSchema.pipe(z.string().min(1)) });

/** Reads and remembers one account's first name; a missing or unreadable file is no name. */
export function createRequesterNameStore(file: string) {
  return {
    read(): string | null {
      try {
        const parsed = fileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
        return parsed.success ? parsed.data.name : null;
      } catch {
        return null;
      }
    },

    /** Remembers `name` (0600, written whole or not at all); null or '' forgets it. */
    save(name: string | null): void {
      if (!name) {
        rmSync(file, { force: true });
        return;
      }
      ensurePrivateDir(dirname(file));
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, `${JSON.stringify({ name })}\n`, { mode: PRIVATE_FILE_MODE });
      setMode(temporary, PRIVATE_FILE_MODE);
      renameSync(temporary, file);
    },
  };
}

export type RequesterNameStore = ReturnType<typeof createRequesterNameStore>;
