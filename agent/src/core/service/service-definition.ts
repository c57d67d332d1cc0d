// The machine-wide service, described once and rendered for each OS: a systemd unit (Linux), a
// launchd daemon (macOS) and the configuration of WinSW, the service wrapper that runs the agent as
// a Windows service (a Node program cannot answer the service control manager itself, so a service
// created with `sc.exe` around it fails to start). The installers ship the Linux and macOS files
// (build/agent/…); a test keeps those equal to what is rendered here. Every OS starts the agent
// through its launcher (`launch -- service run`), which runs the current version and rolls a bad
// update back.
import { win32 } from 'node:path';

/** Every OS's name for the service and what it runs. */
export type ServiceDescription = {
  /** systemd unit name (without `.service`). */
  unitName: string;
  /** launchd label. */
  launchdLabel: string;
  /** Windows service name. */
  windowsName: string;
  displayName: string;
  description: string;
  /** The headless agent executable (the installed layout's, unless told another). */
  executable: string;
  args: string[];
  /** Wait before restarting it after it failed, in seconds. */
  restartDelaySeconds: number;
};

/** Where the installers put the headless agent, per OS (electron-builder's extraResources). */
export function installedExecutable(platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32')
    return 'C:\\Program Files\\Handraise Agent\\resources\\agent\\handraise-agent.exe';
  if (platform === 'darwin')
    return '/Applications/Handraise Agent.app/Contents/Resources/agent/handraise-agent';
  return '/opt/Handraise Agent/resources/agent/handraise-agent';
}

/** What the service runs: the launcher, which starts `service run` of the current version. */
export const SERVICE_ARGS = ['launch', '--', 'service', 'run'];

/** The service, running `executable launch -- service run`. */
export function describeService(executable: string): ServiceDescription {
  return {
    unitName: 'handraise-agent',
    launchdLabel: 'org.handraise.agent',
    windowsName: 'HandraiseAgent',
    displayName: 'Handraise Agent',
    description:
      "Sends this computer's inventory and its users' help requests to the school's Handraise hub.",
    executable,
    args: SERVICE_ARGS,
    // Long enough not to spin on a fault that persists, short enough that a crash is barely seen.
    restartDelaySeconds: 10,
  };
}

/** systemd quotes a word with spaces (the installed path has one) in double quotes. */
const systemdWord = (word: string) =>
  /[\s"\\]/.test(word) ? `"${word.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"` : word;

/** `/etc/systemd/system/handraise-agent.service`. */
export function renderSystemdUnit(service: ServiceDescription): string {
  return `# ${service.displayName}: installed by its package or \`handraise-agent service install\`; removed by \`service uninstall\`.
[Unit]
Description=${service.displayName}: ${service.description}
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
ExecStart=${[service.executable, ...service.args].map(systemdWord).join(' ')}
Restart=on-failure
RestartSec=${service.restartDelaySeconds}
# The stop signal goes to the launcher alone, which stops the agent and waits for it; whatever is
# left when the timeout ends is killed. (With the default, both would be signalled at once.)
KillMode=mixed
# /run/handraise-agent: the local channel's socket. Enterable by every account, so each signed-in
# user's tray can connect; who sees what is decided by the proven account, not by the folder.
RuntimeDirectory=${service.unitName}
RuntimeDirectoryMode=0755
# /var/lib/handraise-agent: credentials and the outbox, root's alone.
StateDirectory=${service.unitName}
StateDirectoryMode=0700
NoNewPrivileges=yes
PrivateTmp=yes
# /usr, /boot and /etc read-only, kernel settings and control groups untouchable, no setuid files:
# the agent reads them and writes only its own folders (and updates below /opt or /var). Home
# folders stay visible: it lists applications users installed there.
ProtectSystem=full
ProtectKernelTunables=yes
ProtectControlGroups=yes
RestrictSUIDSGID=yes

[Install]
WantedBy=multi-user.target
`;
}

const xml = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');

/**
 * `/Library/LaunchDaemons/org.handraise.agent.plist`. Its log sits directly in /Library/Logs:
 * launchd creates the file but not a missing folder.
 */
export function renderLaunchdPlist(service: ServiceDescription): string {
  const argument = (word: string) => `    <string>${xml(word)}</string>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<!-- ${xml(service.displayName)}: installed by its package or \`handraise-agent service install\`; removed by \`service uninstall\`. -->
<plist version="1.0">
<dict>
  <key>Label</key>
  <string>${xml(service.launchdLabel)}</string>
  <key>ProgramArguments</key>
  <array>
${[service.executable, ...service.args].map(argument).join('\n')}
  </array>
  <key>RunAtLoad</key>
  <true/>
  <key>KeepAlive</key>
  <dict>
    <key>SuccessfulExit</key>
    <false/>
  </dict>
  <key>ThrottleInterval</key>
  <integer>${service.restartDelaySeconds}</integer>
  <key>StandardErrorPath</key>
  <string>/Library/Logs/handraise-agent.log</string>
</dict>
</plist>
`;
}

/** WinSW's files beside the agent: the wrapper (shipped), its .NET config (shipped), its XML. */
export const WINDOWS_WRAPPER_NAME = 'handraise-agent-service';

/** The wrapper and its configuration: beside the agent executable, in the same kind of path. */
export function windowsWrapperFiles(executable: string): { exe: string; xml: string } {
  // win32's basename splits on both separators, so a test's POSIX path works too.
  const folder = executable.slice(0, executable.length - win32.basename(executable).length);
  return {
    exe: `${folder}${WINDOWS_WRAPPER_NAME}.exe`,
    xml: `${folder}${WINDOWS_WRAPPER_NAME}.xml`,
  };
}

/** Where WinSW writes its own log and the agent's output: ProgramData, not Program Files. */
export function windowsLogFolder(env: NodeJS.ProcessEnv = process.env): string {
  return win32.join(
    env.ProgramData ?? env.PROGRAMDATA ?? 'C:\\ProgramData',
    'Handraise',
    'Agent',
    'logs',
  );
}

/** One word of WinSW's `<arguments>`, which it passes to the program as one command line. */
const windowsArgument = (word: string) =>
  /[\s"]/.test(word) || word === '' ? `"${word.replaceAll('"', '\\"')}"` : word;

/**
 * `handraise-agent-service.xml`, read by WinSW 1.x (the version node-windows carries) as the
 * wrapper starts. Restarts like the other OSes' managers; `stopparentprocessfirst`: the launcher
 * gets Ctrl+C first and stops the agent itself, so a stop never looks like a failed update.
 */
export function renderWinswConfig(service: ServiceDescription, logFolder: string): string {
  const delay = `${service.restartDelaySeconds} sec`;
  const lastDelay = `${service.restartDelaySeconds * 6} sec`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- ${xml(service.displayName)}: written by \`handraise-agent service install\`; removed by \`service uninstall\`. -->
<service>
  <id>${xml(service.windowsName)}</id>
  <name>${xml(service.displayName)}</name>
  <description>${xml(service.description)}</description>
  <executable>${xml(service.executable)}</executable>
  <arguments>${xml(service.args.map(windowsArgument).join(' '))}</arguments>
  <startmode>Automatic</startmode>
  <onfailure action="restart" delay="${delay}"/>
  <onfailure action="restart" delay="${delay}"/>
  <onfailure action="restart" delay="${lastDelay}"/>
  <resetfailure>1 day</resetfailure>
  <stopparentprocessfirst>true</stopparentprocessfirst>
  <stoptimeout>15 sec</stoptimeout>
  <logpath>${xml(logFolder)}</logpath>
  <log mode="roll"/>
</service>
`;
}
