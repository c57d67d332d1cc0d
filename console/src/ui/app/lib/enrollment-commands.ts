// The copy-paste commands that install the agent with its enrollment on many computers at once:
// Group Policy, Intune, Jamf, Debian/Ubuntu and Fedora/RHEL. The installers read the hub, token and
// fingerprint from MSI properties, NSIS switches or the system-wide agent.json (see README,
// "Installers and mass deployment"); these names must stay exactly as the installers spell them.
import { msiProperty, nsisSwitch, powerShellQuote, shQuote } from './shell-quoting.ts';

/**
 * The agent installers' version, which is in their file names. Kept as a literal (checked against
 * agent/package.json by a test) so that the page needs no package.json; the hub and the agents
 * are released together.
 */
export const AGENT_INSTALLER_VERSION = '0.1.0';

/** Stands in for a token whose value is no longer shown (tokens are shown once, at creation). */
export const TOKEN_PLACEHOLDER = 'PASTE-THE-TOKEN-HERE';

/** Stands in for the network share Group Policy installs from; only the school knows it. */
export const SHARE_PLACEHOLDER = '\\\\SERVER\\Handraise';

/** Where a Jamf policy whose package is set to "Cache" leaves the package. */
const JAMF_WAITING_ROOM = '/Library/Application Support/JAMF/Waiting Room';

/** Where the agent reads its enrollment, machine-wide, on macOS and Linux. */
export const SYSTEM_ENROLLMENT_FILE = {
  mac: '/Library/Application Support/Handraise/agent.json',
  linux: '/etc/handraise/agent.json',
} as const;

/** The Windows service the installers register; its presence means the agent is installed. */
const WINDOWS_SERVICE = 'HandraiseAgent';

/** The installed agent executable on Windows (Intune's detection rule looks for it). */
export const WINDOWS_AGENT_EXECUTABLE =
  'C:\\Program Files\\Handraise Agent\\resources\\agent\\handraise-agent.exe';

export type EnrollmentValues = {
  /** The hub's address as agents reach it (`https://hub.school.lan:7300`). */
  hub: string;
  /** The enrollment token, or null when its value is no longer shown. */
  token: string | null;
  /** The hub certificate's SHA-256 as the console shows it; null when the hub speaks plain HTTP. */
  fingerprint: string | null;
  /** Installer version in the file names; defaults to the one released with this console. */
  version?: string;
};

export type EnrollmentCommands = {
  groupPolicy: string;
  intune: string;
  windowsPowerShell: string;
  jamf: string;
  debian: string;
  fedora: string;
};

/** The installers' file names (electron-builder.agent.yml `artifactName`). */
export function installerNames(version = AGENT_INSTALLER_VERSION) {
  return {
    msi: `Handraise-Agent-${version}.msi`,
    nsis: `Handraise-Agent-Setup-${version}.exe`,
    pkg: `Handraise-Agent-${version}.pkg`,
    deb: `handraise-agent_${version}_amd64.deb`,
    rpm: `handraise-agent-${version}.x86_64.rpm`,
  };
}

/** 64 hex digits, the form the installers' HUB_FINGERPRINT takes (the console shows colons). */
export function bareFingerprint(fingerprint: string): string {
  return fingerprint.replace(/[^0-9a-f]/gi, '').toUpperCase();
}

/** The system-wide agent.json's text: the same keys as the data folder's agent.json. */
export function enrollmentFileText(values: EnrollmentValues): string {
  return JSON.stringify({
    hub: values.hub,
    token: values.token ?? TOKEN_PLACEHOLDER,
    ...(values.fingerprint ? { hubFingerprint: bareFingerprint(values.fingerprint) } : {}),
  });
}

function msiProperties(values: EnrollmentValues): string {
  return [
    msiProperty('HUB', values.hub, "hub's address"),
    msiProperty('TOKEN', values.token ?? TOKEN_PLACEHOLDER, 'token'),
    ...(values.fingerprint
      ? [msiProperty('HUB_FINGERPRINT', bareFingerprint(values.fingerprint), 'fingerprint')]
      : []),
  ].join(' ');
}

/**
 * A Group Policy computer startup script (a .bat file). Software installation in Computer
 * Configuration cannot pass properties without a transform, so the script runs msiexec itself,
 * once: when the service is already there it does nothing.
 */
function groupPolicyScript(values: EnrollmentValues, msi: string): string {
  return [
    '@echo off',
    `sc query ${WINDOWS_SERVICE} >nul 2>&1 && exit /b 0`,
    `msiexec /i "${SHARE_PLACEHOLDER}\\${msi}" ${msiProperties(values)} /qn /norestart`,
  ].join('\n');
}

/** The enrollment file's content as one sh-quoted argument (printf is a shell builtin, so the
 * token shows in no process list and, piped into sudo, in no sudo log). */
function printfEnrollment(values: EnrollmentValues): string {
  return `printf '%s\\n' ${shQuote(enrollmentFileText(values), 'enrollment')}`;
}

/**
 * A Jamf Pro policy script (run as root). macOS's BSD install copies regular files only, so the
 * file is written under a 077 umask after any older copy is removed (whose mode would stay).
 */
function jamfScript(values: EnrollmentValues, pkg: string): string {
  const path = SYSTEM_ENROLLMENT_FILE.mac;
  const folder = shQuote(path.slice(0, path.lastIndexOf('/')));
  const file = shQuote(path);
  return [
    '#!/bin/sh',
    '# Jamf Pro runs policy scripts as root. Cache the package in the same policy first.',
    'set -eu',
    `mkdir -p ${folder}`,
    `chown root:wheel ${folder}`,
    `chmod 755 ${folder}`,
    `rm -f ${file}`,
    `(umask 077 && ${printfEnrollment(values)} > ${file})`,
    `chown root:wheel ${file}`,
    `chmod 600 ${file}`,
    `installer -pkg ${shQuote(`${JAMF_WAITING_ROOM}/${pkg}`)} -target /`,
  ].join('\n');
}

/** Debian/Ubuntu and Fedora/RHEL, in a terminal: GNU install writes the file 0600 root from stdin. */
function linuxCommand(values: EnrollmentValues, installPackage: string): string {
  const path = SYSTEM_ENROLLMENT_FILE.linux;
  const folder = path.slice(0, path.lastIndexOf('/'));
  return [
    `sudo install -d -m 755 -o root -g root ${shQuote(folder)}`,
    `${printfEnrollment(values)} | sudo install -m 600 -o root -g root /dev/stdin ${shQuote(path)}`,
    installPackage,
  ].join(' \\\n  && ');
}

/** Every command, filled in; throws UnquotableValueError for a value no shell could carry. */
export function enrollmentCommands(values: EnrollmentValues): EnrollmentCommands {
  const names = installerNames(values.version);
  const switches = [
    nsisSwitch('HUB', values.hub, "hub's address"),
    nsisSwitch('TOKEN', values.token ?? TOKEN_PLACEHOLDER, 'token'),
    ...(values.fingerprint
      ? [nsisSwitch('HUB_FINGERPRINT', bareFingerprint(values.fingerprint), 'fingerprint')]
      : []),
  ];
  return {
    groupPolicy: groupPolicyScript(values, names.msi),
    intune: `msiexec /i "${names.msi}" ${msiProperties(values)} /qn /norestart`,
    windowsPowerShell: `Start-Process -Wait -FilePath ${powerShellQuote(`.\\${names.nsis}`)} -ArgumentList '/S', ${switches.join(', ')}`,
    jamf: jamfScript(values, names.pkg),
    debian: linuxCommand(values, `sudo apt install ${shQuote(`./${names.deb}`)}`),
    fedora: linuxCommand(values, `sudo dnf install ${shQuote(`./${names.rpm}`)}`),
  };
}
