import { describe, expect, it } from 'vitest';
import { UnquotableValueError } from '../lib/shell-quoting.ts';
import { installCommand, windowsInstallCommand } from './use-settings.ts';

const TOKEN = 'district-token-1';

describe('the one-computer enrollment commands', () => {
  it('quote the hub address for the shell and for PowerShell', () => {
    expect(installCommand('https://hub.school.lan:7300', TOKEN)).toBe(
      "printf '%s\\n' 'district-token-1' | handraise-agent run --hub 'https://hub.school.lan:7300' --token -",
    );
    expect(windowsInstallCommand('https://hub.school.lan:7300', TOKEN)).toBe(
      "'district-token-1' | handraise-agent run --hub 'https://hub.school.lan:7300' --token -",
    );
  });

  // The hub refuses such addresses; an older saved one must still not run as commands.
  it('keep an address with shell syntax one argument that runs nothing', () => {
    const hostile = "https://hub.lan:7300/;touch${IFS}/tmp/x;#$(id)`id`|cat'";
    // In single quotes nothing is special to sh; the one quote in it closes, escapes and reopens.
    expect(installCommand(hostile, TOKEN)).toContain(
      "--hub 'https://hub.lan:7300/;touch${IFS}/tmp/x;#$(id)`id`|cat'\\''' --token -",
    );
    expect(windowsInstallCommand(hostile, TOKEN)).toContain(
      "--hub 'https://hub.lan:7300/;touch${IFS}/tmp/x;#$(id)`id`|cat''' --token -",
    );
  });

  it('refuse an address with a line break rather than split the command', () => {
    expect(() => installCommand('https://hub.lan\n:7300', TOKEN)).toThrow(UnquotableValueError);
    expect(() => windowsInstallCommand('https://hub.lan\n:7300', TOKEN)).toThrow(
      'The hub address holds a line break or control character.',
    );
  });
});
