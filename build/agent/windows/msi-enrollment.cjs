// electron-builder's `msiProjectCreated` hook for the agent's MSI: it edits the WiX project
// electron-builder generated (project.wxs) before it is compiled, adding what its MSI options
// cannot express:
//  - the public properties HUB, TOKEN and HUB_FINGERPRINT, so that
//      msiexec /i Handraise-Agent-<version>.msi HUB=https://hub.school.lan:7300 TOKEN=… HUB_FINGERPRINT=… /qn
//    writes %ProgramData%\Handraise\agent.json (write-enrollment.ps1, as SYSTEM);
//  - the machine-wide service, registered after the files are in place and removed before they
//    go (`handraise-agent.exe service install|uninstall`);
//  - the tray's start at every sign-in (HKLM Run), as the NSIS installer's include does.
// Only elements of WiX's core schema are used, in the form electron-builder's template uses.
const { readFileSync, writeFileSync } = require('node:fs');

/** Where the installed agent's files are, in the installer's terms. */
const AGENT_DIR = '[APPLICATIONFOLDER]resources\\agent\\';

/** `"` inside an attribute value. */
const QUOTE = '&quot;';

const powershell = `${QUOTE}[SystemFolder]WindowsPowerShell\\v1.0\\powershell.exe${QUOTE}`;
const writeEnrollment =
  `${powershell} -NoProfile -NonInteractive -ExecutionPolicy Bypass ` +
  `-File ${QUOTE}${AGENT_DIR}write-enrollment.ps1${QUOTE} ` +
  `-Hub ${QUOTE}[HUB]${QUOTE} -Token ${QUOTE}[TOKEN]${QUOTE} -HubFingerprint ${QUOTE}[HUB_FINGERPRINT]${QUOTE}`;
const agent = (command) => `${QUOTE}${AGENT_DIR}handraise-agent.exe${QUOTE} service ${command}`;

// Deferred and not impersonated: they run as SYSTEM, after InstallFiles. HideTarget keeps the
// token out of the installer's log; Hidden keeps the property's value out of it too.
const PRODUCT_ELEMENTS = `
    <Property Id="HUB" Secure="yes"/>
    <Property Id="TOKEN" Secure="yes" Hidden="yes"/>
    <Property Id="HUB_FINGERPRINT" Secure="yes"/>
    <CustomAction Id="HandraiseWriteEnrollment" Directory="APPLICATIONFOLDER" ExeCommand="${writeEnrollment}" Execute="deferred" Impersonate="no" Return="check" HideTarget="yes"/>
    <CustomAction Id="HandraiseServiceInstall" Directory="APPLICATIONFOLDER" ExeCommand="${agent('install')}" Execute="deferred" Impersonate="no" Return="ignore"/>
    <CustomAction Id="HandraiseServiceUninstall" Directory="APPLICATIONFOLDER" ExeCommand="${agent('uninstall')}" Execute="deferred" Impersonate="no" Return="ignore"/>
`;

const SEQUENCE_ENTRIES = `
      <Custom Action="HandraiseServiceUninstall" Before="RemoveFiles">REMOVE="ALL" AND NOT UPGRADINGPRODUCTCODE</Custom>
      <Custom Action="HandraiseWriteEnrollment" After="InstallFiles">NOT REMOVE AND (HUB OR TOKEN OR HUB_FINGERPRINT)</Custom>
      <Custom Action="HandraiseServiceInstall" After="HandraiseWriteEnrollment">NOT REMOVE</Custom>
`;

const AUTOSTART_COMPONENT = `
      <Component Id="HandraiseTrayAutostart" Guid="*">
        <RegistryValue Root="HKLM" Key="Software\\Microsoft\\Windows\\CurrentVersion\\Run" Name="Handraise" Type="string" Value="${QUOTE}[APPLICATIONFOLDER]handraise-tray.exe${QUOTE}" KeyPath="yes"/>
      </Component>
`;

/** Replaces the one match of `pattern` in `text` by what `edit` makes of it; throws when absent. */
function editOnce(text, pattern, edit, what) {
  const match = pattern.exec(text);
  if (!match)
    throw new Error(
      `msi-enrollment: the WiX project has no ${what}; electron-builder's template changed`,
    );
  return text.slice(0, match.index) + edit(match[0]) + text.slice(match.index + match[0].length);
}

/** The WiX project with enrollment, the service and the tray's autostart added. */
function withEnrollment(wxs) {
  if (wxs.includes('Id="HandraiseWriteEnrollment"')) return wxs;
  let project = editOnce(wxs, /<\/Product>/, (end) => `${PRODUCT_ELEMENTS}${end}`, '</Product>');
  // One InstallExecuteSequence per product: join the template's when it has one.
  project = /<InstallExecuteSequence>/.test(project)
    ? editOnce(
        project,
        /<InstallExecuteSequence>/,
        (start) => `${start}${SEQUENCE_ENTRIES}`,
        'sequence',
      )
    : editOnce(
        project,
        /<\/Product>/,
        (end) =>
          `    <InstallExecuteSequence>${SEQUENCE_ENTRIES}    </InstallExecuteSequence>\n${end}`,
        '</Product>',
      );
  return editOnce(
    project,
    /<ComponentGroup Id="ProductComponents"[^>]*>/,
    (start) => `${start}${AUTOSTART_COMPONENT}`,
    'ProductComponents group',
  );
}

/** The hook: electron-builder passes the project file's path. */
async function msiProjectCreated(projectFile) {
  writeFileSync(projectFile, withEnrollment(readFileSync(projectFile, 'utf8')));
}

module.exports = { msiProjectCreated, withEnrollment };
