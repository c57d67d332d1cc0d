// Where the machine-wide service listens for the trays of the computer's signed-in users, and the
// folder in which a tray proves which local account it runs as (see peer-proof.ts).
import { dirname, join } from 'node:path';

/** The variable that names another socket or pipe (tests; a second service on one machine). */
export const CHANNEL_SOCKET_VARIABLE = 'HANDRAISE_AGENT_SOCKET';

/** The local channel's address: a Unix socket, or a named pipe on Windows. */
export function defaultChannelPath(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  const named = env[CHANNEL_SOCKET_VARIABLE];
  if (named) return named;
  if (platform === 'win32') return '\\\\.\\pipe\\handraise-agent';
  if (platform === 'darwin') return '/var/run/handraise-agent/agent.sock';
  return '/run/handraise-agent/agent.sock';
}

/** A named pipe lives in the kernel's pipe namespace, not in a folder. */
export const isNamedPipe = (path: string): boolean => path.startsWith('\\\\.\\pipe\\');

/**
 * The proof folder: beside the socket on Unix; under ProgramData on Windows, whose pipes have no
 * folder of their own.
 */
export function proofFolderFor(channelPath: string, env: NodeJS.ProcessEnv = process.env): string {
  if (isNamedPipe(channelPath))
    return join(env.PROGRAMDATA ?? 'C:\\ProgramData', 'Handraise', 'Agent', 'proofs');
  return join(dirname(channelPath), 'proofs');
}
