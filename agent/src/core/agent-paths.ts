import { homedir } from 'node:os';
import { join } from 'node:path';

/** Is this process running as root / a service account? (Windows services are handled by path.) */
const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * The agent's data folder: machine-wide when the agent runs as a service (root / ProgramData),
 * per-user otherwise. HANDRAISE_AGENT_DATA_DIR overrides it.
 */
export function defaultAgentDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string {
  if (env.HANDRAISE_AGENT_DATA_DIR) return env.HANDRAISE_AGENT_DATA_DIR;
  if (platform === 'win32') return join(env.PROGRAMDATA ?? 'C:\\ProgramData', 'Handraise', 'Agent');
  if (platform === 'darwin') {
    return isRoot()
      ? '/Library/Application Support/Handraise Agent'
      : join(homedir(), 'Library', 'Application Support', 'Handraise Agent');
  }
  return isRoot()
    ? '/var/lib/handraise-agent'
    : join(env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'handraise-agent');
}

/** Files inside the data folder. */
export function agentFiles(dataDir: string) {
  return {
    config: join(dataDir, 'agent.json'),
    credentials: join(dataDir, 'credentials.json'),
    store: join(dataDir, 'agent.sqlite'),
    /** apt's last `list --upgradable` answer and what it depended on; safe to delete. */
    aptUpgradableCache: join(dataDir, 'cache', 'apt-upgradable.json'),
  };
}
