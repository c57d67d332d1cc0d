// A version on trial proves it works by connecting to the hub: the launcher names a file in the
// environment, and the agent writes it at its first connection.
import { writeFileSync } from 'node:fs';

/** The environment variable the launcher sets for a version on trial. */
export const TRIAL_MARKER_ENV = 'HANDRAISE_UPDATE_TRIAL_MARKER';

/** Writes the marker the launcher waits for, when this process runs on trial; once. */
export function createConnectedMarker(env: NodeJS.ProcessEnv = process.env): () => void {
  let written = false;
  return () => {
    const path = env[TRIAL_MARKER_ENV];
    if (!path || written) return;
    writeFileSync(path, new Date().toISOString());
    written = true;
  };
}
