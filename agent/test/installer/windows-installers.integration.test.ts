// The Windows installers' enrollment, checked where this machine can check it: the MSI hook run on
// a WiX project rendered from electron-builder's own template, and the NSIS include, the
// PowerShell script and the configuration agreeing on names and places. (Building and running
// an MSI or NSIS installer needs Windows; see the README's "Building real installers".)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { ADMINISTRATORS_SID, SYSTEM_SID } from '../../src/core/system-config-acl.ts';
import { INSTALLER_DIR, REPO_ROOT } from './install-root.ts';

const require = createRequire(import.meta.url);
const WINDOWS = join(INSTALLER_DIR, 'windows');
const hook = require(join(WINDOWS, 'msi-enrollment.cjs')) as {
  withEnrollment(wxs: string): string;
  msiProjectCreated(file: string): Promise<void>;
};
const ejs = require('ejs') as {
  compile(template: string): (data: Record<string, unknown>) => string;
};

/** A project as electron-builder's MsiTarget renders it (its template, its conversion to EJS). */
function generatedProject(options: { runAfterFinish: boolean }): string {
  const templateFile = join(
    require.resolve('app-builder-lib/package.json'),
    '..',
    'templates',
    'msi',
    'template.xml',
  );
  const template = readFileSync(templateFile, 'utf8')
    .replace(/{{/g, '<%')
    .replace(/}}/g, '%>')
    .replace(/\${([^}]+)}/g, '<%=$1%>');
  return ejs.compile(template)({
    productName: 'Handraise Agent',
    upgradeCode: '{8E0E5A34-1A53-5C56-9A5F-3F6C2B0F7D11}',
    version: '0.1.0.0',
    manufacturer: 'Handraise contributors',
    compressionLevel: 'high',
    installationDirectoryWixName: 'Handraise Agent',
    iconPath: null,
    iconId: 'HandraiseIcon',
    isRunAfterFinish: options.runAfterFinish,
    isAssisted: false,
    isPerMachine: true,
    programFilesId: 'ProgramFiles64Folder',
    menuCategory: false,
    isCreateDesktopShortcut: false,
    isCreateStartMenuShortcut: true,
    dirs: '',
    files:
      '<Component Id="mainExecutable"><File Id="mainExecutable" Source="handraise-tray.exe" KeyPath="yes"/></Component>',
  });
}

type Element = Record<string, unknown>;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
const asList = (value: unknown): Element[] =>
  value === undefined ? [] : Array.isArray(value) ? (value as Element[]) : [value as Element];

function product(wxs: string): Element {
  expect(XMLValidator.validate(wxs)).toBe(true);
  return (parser.parse(wxs) as { Wix: { Product: Element } }).Wix.Product;
}

describe('the MSI hook', () => {
  for (const runAfterFinish of [false, true]) {
    it(`adds the enrollment properties, the service and autostart (template ${runAfterFinish ? 'with' : 'without'} its own sequence)`, () => {
      const edited = product(hook.withEnrollment(generatedProject({ runAfterFinish })));
      const properties = asList(edited.Property).map((property) => property.Id);
      expect(properties).toEqual(expect.arrayContaining(['HUB', 'TOKEN', 'HUB_FINGERPRINT']));
      const token = asList(edited.Property).find((property) => property.Id === 'TOKEN');
      expect(token).toMatchObject({ Secure: 'yes', Hidden: 'yes' });

      const actions = new Map(asList(edited.CustomAction).map((action) => [action.Id, action]));
      const write = actions.get('HandraiseWriteEnrollment');
      expect(write).toMatchObject({ Execute: 'deferred', Impersonate: 'no', HideTarget: 'yes' });
      expect(write?.ExeCommand).toContain(
        '-File "[APPLICATIONFOLDER]resources\\agent\\write-enrollment.ps1" -Hub "[HUB]" -Token "[TOKEN]" -HubFingerprint "[HUB_FINGERPRINT]"',
      );
      expect(actions.get('HandraiseServiceInstall')?.ExeCommand).toBe(
        '"[APPLICATIONFOLDER]resources\\agent\\handraise-agent.exe" service install',
      );
      expect(actions.get('HandraiseServiceUninstall')?.ExeCommand).toBe(
        '"[APPLICATIONFOLDER]resources\\agent\\handraise-agent.exe" service uninstall',
      );

      // One sequence, as WiX allows, holding the template's entries and ours.
      const sequences = asList(edited.InstallExecuteSequence);
      expect(sequences).toHaveLength(1);
      const custom = asList(sequences[0]?.Custom);
      expect(custom.map((entry) => entry.Action)).toEqual(
        expect.arrayContaining([
          'HandraiseServiceUninstall',
          'HandraiseWriteEnrollment',
          'HandraiseServiceInstall',
          ...(runAfterFinish ? ['runAfterFinish'] : []),
        ]),
      );
      const enrollmentStep = custom.find((entry) => entry.Action === 'HandraiseWriteEnrollment');
      expect(enrollmentStep).toMatchObject({ After: 'InstallFiles' });
      expect(enrollmentStep?.['#text']).toBe('NOT REMOVE AND (HUB OR TOKEN OR HUB_FINGERPRINT)');

      const group = asList(edited.ComponentGroup).find((entry) => entry.Id === 'ProductComponents');
      const autostart = asList(group?.Component).find(
        (component) => component.Id === 'HandraiseTrayAutostart',
      );
      expect(autostart?.RegistryValue).toMatchObject({
        Root: 'HKLM',
        Key: 'Software\\Microsoft\\Windows\\CurrentVersion\\Run',
        Value: '"[APPLICATIONFOLDER]handraise-tray.exe"',
      });
    });
  }

  it('changes a project once however often it runs, and refuses one it does not recognise', () => {
    const once = hook.withEnrollment(generatedProject({ runAfterFinish: false }));
    expect(hook.withEnrollment(once)).toBe(once);
    expect(() => hook.withEnrollment('<Wix><Package/></Wix>')).toThrow(
      /has no <\/Product>; electron-builder's template changed/,
    );
  });
});

describe('the NSIS include and the enrollment script', () => {
  const include = readFileSync(join(WINDOWS, 'installer.nsh'), 'utf8');
  const powershell = readFileSync(join(WINDOWS, 'write-enrollment.ps1'), 'utf8');
  const config = readFileSync(join(REPO_ROOT, 'electron-builder.agent.yml'), 'utf8');

  it('reads the switches the deployment guide names and hands them to the script', () => {
    for (const option of ['/HUB=', '/TOKEN=', '/HUB_FINGERPRINT=']) {
      expect(include).toContain(`\${GetOptions} $R0 "${option}"`);
    }
    expect(include).toContain(
      '-File "${HANDRAISE_AGENT_DIR}\\write-enrollment.ps1" -Hub "$R1" -Token "$R2" -HubFingerprint "$R3"',
    );
    expect(include).toContain('"${HANDRAISE_AGENT_DIR}\\handraise-agent.exe" service install');
    expect(include).toContain('"${HANDRAISE_AGENT_DIR}\\handraise-agent.exe" service uninstall');
    expect(include).toContain('!define HANDRAISE_AGENT_DIR "$INSTDIR\\resources\\agent"');
  });

  it('the script takes those parameters and closes the file to all but SYSTEM and Administrators', () => {
    const block = /^param\(([\s\S]*?)^\)/m.exec(powershell)?.[1] ?? '';
    const parameters = [...block.matchAll(/\[string\]\$(\w+)/g)].map((match) => match[1]);
    expect(parameters).toEqual(['Hub', 'Token', 'HubFingerprint', 'Folder']);
    expect(powershell).toContain("Join-Path $env:ProgramData 'Handraise'");
    expect(powershell).toContain('& icacls $Path /setowner $administrators /Q');
    expect(powershell).toContain('& icacls $Path /inheritance:r /grant:r @Grants /Q');
    expect(powershell).toContain(
      'Set-AdministratorsOnly $partial @("${system}:F", "${administrators}:F")',
    );
    // The ACL is set on the empty file before the token goes in.
    expect(powershell.indexOf('Set-AdministratorsOnly $partial')).toBeLessThan(
      powershell.indexOf('ConvertTo-Json'),
    );
    // The same SIDs the agent accepts (system-config-acl.ts).
    expect(powershell).toContain(`$system = '*${SYSTEM_SID}'`);
    expect(powershell).toContain(`$administrators = '*${ADMINISTRATORS_SID}'`);
  });

  it('the configuration puts the script and the agent where the installers look for them', () => {
    expect(config).toContain('include: build/agent/windows/installer.nsh');
    expect(config).toContain('msiProjectCreated: build/agent/windows/msi-enrollment.cjs');
    expect(config).toContain(
      '{ from: build/agent/windows/write-enrollment.ps1, to: agent/write-enrollment.ps1 }',
    );
    // The headless agent's folder (handraise-agent.exe and its worker) becomes resources/agent.
    expect(config).toContain('{ from: agent/dist/headless, to: agent }');
  });
});
