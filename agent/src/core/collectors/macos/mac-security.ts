// The short answers of macOS's own security tools, in the C locale. Each reader gives
// undefined for text it does not recognise, never a guess.

/** `csrutil status`: "System Integrity Protection status: enabled." (or "disabled."). */
export function parseCsrutilStatus(stdout: string): boolean | undefined {
  const match = /System Integrity Protection status:\s*(enabled|disabled)/i.exec(stdout);
  return match?.[1] === undefined ? undefined : match[1].toLowerCase() === 'enabled';
}

/** `spctl --status`: "assessments enabled" or "assessments disabled". */
export function parseSpctlStatus(stdout: string): boolean | undefined {
  const match = /assessments\s+(enabled|disabled)/i.exec(stdout);
  return match?.[1] === undefined ? undefined : match[1].toLowerCase() === 'enabled';
}

/**
 * `fdesetup status`: "FileVault is On." or "FileVault is Off."; while it converts, "Encryption in
 * progress" or "Decryption in progress" follow, which are neither on nor off yet.
 */
export function parseFdesetupStatus(stdout: string): 'on' | 'off' | 'unknown' | undefined {
  const match = /FileVault is (On|Off)\b/i.exec(stdout);
  if (match?.[1] === undefined) return undefined;
  if (/(?:En|De)cryption in progress/i.test(stdout)) return 'unknown';
  return match[1].toLowerCase() === 'on' ? 'on' : 'off';
}
