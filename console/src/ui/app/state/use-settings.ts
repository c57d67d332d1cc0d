import { useCallback, useEffect, useState } from 'react';
import type { HubSettingsView } from '@handraise/shared';
import { bareFingerprint } from '../lib/enrollment-commands.ts';
import { powerShellQuote, shQuote } from '../lib/shell-quoting.ts';
import { useHub } from './hub-context.ts';

/** The hub's settings, loaded once per view, with a setter for what the save returned. */
export function useSettings(): {
  settings: HubSettingsView | null;
  setSettings: (settings: HubSettingsView) => void;
} {
  const { api } = useHub();
  const [settings, setSettings] = useState<HubSettingsView | null>(null);
  useEffect(() => {
    let current = true;
    void api<HubSettingsView>('/api/settings').then((result) => {
      if (current && result.ok) setSettings(result.data);
    });
    return () => {
      current = false;
    };
  }, [api]);
  return { settings, setSettings: useCallback((s: HubSettingsView) => setSettings(s), []) };
}

/** The address agents should use: the chosen one, else the best guess this hub can make. */
export function agentHubAddress(settings: HubSettingsView | null): {
  address: string;
  chosen: boolean;
} {
  if (settings?.hubAddress) return { address: settings.hubAddress, chosen: true };
  return { address: settings?.suggestedAddresses[0] ?? window.location.origin, chosen: false };
}

/** `--hub-fingerprint …` for a hub serving HTTPS: the agent pins it, not whatever answers first. */
function fingerprintFlag(fingerprint: string | null): string {
  return fingerprint ? ` --hub-fingerprint ${bareFingerprint(fingerprint)}` : '';
}

/**
 * The exact command that enrolls a computer. The token goes in on standard input (`printf` is
 * built into the shell), never on the agent's command line, where any user of the computer could
 * read it while the agent runs.
 */
export function installCommand(
  hubAddress: string,
  token: string,
  fingerprint: string | null = null,
): string {
  return `printf '%s\\n' ${shQuote(token, 'token')} | handraise-agent run --hub ${shQuote(hubAddress, 'hub address')}${fingerprintFlag(fingerprint)} --token -`;
}

/** The same for Windows, in PowerShell: a string piped to a program arrives on its standard input. */
export function windowsInstallCommand(
  hubAddress: string,
  token: string,
  fingerprint: string | null = null,
): string {
  return `${powerShellQuote(token, 'token')} | handraise-agent run --hub ${powerShellQuote(hubAddress, 'hub address')}${fingerprintFlag(fingerprint)} --token -`;
}
