// The service definitions rendered from one description, the files the installers ship (equal to
// what is rendered), and the pure parts of the local channel: framing, paths, Windows owners.
import { readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  describeService,
  installedExecutable,
  renderLaunchdPlist,
  renderSystemdUnit,
  renderWinswConfig,
  windowsLogFolder,
  windowsWrapperFiles,
} from '../../src/core/service/service-definition.ts';
import { shippedServiceDefinitions } from '../../tools/write-service-definitions.ts';
import {
  createFrameReader,
  encodeFrame,
  FrameError,
} from '../../src/core/local-channel/frame-reader.ts';
import { defaultChannelPath, proofFolderFor } from '../../src/core/local-channel/channel-paths.ts';
import { ownerScript, parseOwnerOutput } from '../../src/core/local-channel/windows-owner.ts';
import { proofFolderAclCommands } from '../../src/core/local-channel/windows-proof-acl.ts';

/** Reads WinSW's XML as text values, attributes without a prefix, entities decoded. */
const winsw = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  isArray: (name) => name === 'onfailure',
});

describe('service definitions', () => {
  it('renders a systemd unit that restarts on failure and quotes the path with a space', () => {
    const unit = renderSystemdUnit(describeService(installedExecutable('linux')));
    expect(unit).toContain(
      'ExecStart="/opt/Handraise Agent/resources/agent/handraise-agent" launch -- service run',
    );
    expect(unit).toContain('Restart=on-failure');
    expect(unit).toContain('RuntimeDirectory=handraise-agent\nRuntimeDirectoryMode=0755');
    expect(unit).toContain('WantedBy=multi-user.target');
  });

  it('hardens the unit without hiding home folders, where users install applications', () => {
    const unit = renderSystemdUnit(describeService(installedExecutable('linux')));
    for (const line of [
      'ProtectSystem=full',
      'ProtectKernelTunables=yes',
      'ProtectControlGroups=yes',
      'RestrictSUIDSGID=yes',
      'NoNewPrivileges=yes',
    ])
      expect(unit).toMatch(new RegExp(`^${line}$`, 'm'));
    expect(unit).not.toContain('ProtectHome');
  });

  it('renders a launchd daemon with its label and escaped arguments', () => {
    const plist = renderLaunchdPlist(describeService('/Apps/R&D <test>/handraise-agent'));
    expect(plist).toContain('<string>org.handraise.agent</string>');
    expect(plist).toContain('<string>/Apps/R&amp;D &lt;test&gt;/handraise-agent</string>');
    expect(plist).toContain(
      '<string>launch</string>\n    <string>--</string>\n    <string>service</string>\n    <string>run</string>',
    );
    expect(plist).toContain('<key>RunAtLoad</key>\n  <true/>');
  });

  it('configures the Windows service wrapper to start the launcher at boot and restart it', () => {
    const executable = installedExecutable('win32');
    const text = renderWinswConfig(describeService(executable), windowsLogFolder({}));
    expect(XMLValidator.validate(text)).toBe(true);
    const { service } = winsw.parse(text) as { service: Record<string, unknown> };
    expect(service.id).toBe('HandraiseAgent');
    expect(service.name).toBe('Handraise Agent');
    expect(service.executable).toBe(executable);
    expect(service.arguments).toBe('launch -- service run');
    expect(service.startmode).toBe('Automatic');
    expect(service.onfailure).toEqual([
      { action: 'restart', delay: '10 sec' },
      { action: 'restart', delay: '10 sec' },
      { action: 'restart', delay: '60 sec' },
    ]);
    expect(service.resetfailure).toBe('1 day');
    expect(service.stopparentprocessfirst).toBe('true');
    expect(service.logpath).toBe('C:\\ProgramData\\Handraise\\Agent\\logs');
    expect(service.log).toEqual({ mode: 'roll' });
  });

  it('escapes what XML would read as markup, and quotes arguments with spaces', () => {
    const service = {
      ...describeService('C:\\R&D <lab>\\handraise-agent.exe'),
      args: ['launch', '--', 'say "hi"', '</arguments>'],
    };
    const text = renderWinswConfig(service, 'C:\\Logs & more');
    expect(XMLValidator.validate(text)).toBe(true);
    const parsed = winsw.parse(text) as { service: Record<string, unknown> };
    expect(parsed.service.executable).toBe('C:\\R&D <lab>\\handraise-agent.exe');
    expect(parsed.service.arguments).toBe('launch -- "say \\"hi\\"" </arguments>');
    expect(parsed.service.logpath).toBe('C:\\Logs & more');
  });

  it('puts the wrapper and its configuration beside the agent executable', () => {
    expect(windowsWrapperFiles(installedExecutable('win32'))).toEqual({
      exe: 'C:\\Program Files\\Handraise Agent\\resources\\agent\\handraise-agent-service.exe',
      xml: 'C:\\Program Files\\Handraise Agent\\resources\\agent\\handraise-agent-service.xml',
    });
    expect(windowsWrapperFiles('/tmp/x/handraise-agent').xml).toBe(
      '/tmp/x/handraise-agent-service.xml',
    );
    expect(windowsLogFolder({ ProgramData: 'D:\\Data' })).toBe('D:\\Data\\Handraise\\Agent\\logs');
  });

  it('ships the files the code renders (else: npm run generate:service-definitions)', () => {
    for (const { path, text } of shippedServiceDefinitions()) {
      const shipped = readFileSync(path, 'utf8');
      expect(
        shipped === text,
        `${path} is stale: run npm run generate:service-definitions and commit the result`,
      ).toBe(true);
    }
  });
});

describe('local channel framing', () => {
  it('reads frames split across chunks and several in one chunk', () => {
    const frames: unknown[] = [];
    const reader = createFrameReader((value) => frames.push(value));
    const text = encodeFrame({ a: 1 }) + encodeFrame({ b: 'two' });
    reader.push(Buffer.from(text.slice(0, 4)));
    reader.push(Buffer.from(text.slice(4)));
    expect(frames).toEqual([{ a: 1 }, { b: 'two' }]);
  });

  it('refuses a line longer than the cap before it ends', () => {
    const reader = createFrameReader(() => undefined, 10);
    expect(() => reader.push(Buffer.from('x'.repeat(11)))).toThrow(FrameError);
  });

  it('refuses a line that is not JSON', () => {
    const reader = createFrameReader(() => undefined);
    expect(() => reader.push(Buffer.from('{nope\n'))).toThrow(/not JSON/);
  });
});

describe('local channel paths', () => {
  it('names each platform’s socket or pipe, and the override', () => {
    expect(defaultChannelPath({}, 'linux')).toBe('/run/handraise-agent/agent.sock');
    expect(defaultChannelPath({}, 'darwin')).toBe('/var/run/handraise-agent/agent.sock');
    expect(defaultChannelPath({}, 'win32')).toBe('\\\\.\\pipe\\handraise-agent');
    expect(defaultChannelPath({ HANDRAISE_AGENT_SOCKET: '/tmp/x.sock' }, 'linux')).toBe(
      '/tmp/x.sock',
    );
    expect(proofFolderFor('/run/handraise-agent/agent.sock')).toBe('/run/handraise-agent/proofs');
  });
});

describe('Windows proof owners', () => {
  it('reads the owner’s name and SID', () => {
    expect(
      parseOwnerOutput('LAB-PC-7\\maya\r\nS-1-5-21-1004336348-1177238915-682003330-1001\r\n'),
    ).toEqual({
      name: 'maya',
      sid: 'S-1-5-21-1004336348-1177238915-682003330-1001',
    });
  });

  it('names no one for output of another shape', () => {
    expect(parseOwnerOutput('')).toBeNull();
    expect(parseOwnerOutput('LAB\\maya\n')).toBeNull();
    expect(parseOwnerOutput('LAB\\maya\nnot-a-sid\n')).toBeNull();
    expect(parseOwnerOutput('LAB\\ma\u0007ya\nS-1-5-32-544\n')).toBeNull();
  });

  it('sets the proof folder’s ACL by SID: SYSTEM and Administrators full, Users add-only', () => {
    const [owner, grants] = proofFolderAclCommands('C:\\ProgramData\\Handraise\\Agent\\proofs');
    expect(owner).toEqual([
      'C:\\ProgramData\\Handraise\\Agent\\proofs',
      '/setowner',
      '*S-1-5-18',
      '/Q',
    ]);
    expect(grants).toEqual([
      'C:\\ProgramData\\Handraise\\Agent\\proofs',
      '/inheritance:r',
      '/grant:r',
      '*S-1-5-18:(OI)(CI)F',
      '*S-1-5-32-544:(OI)(CI)F',
      '*S-1-5-32-545:(WD)',
      '*S-1-3-0:(OI)(IO)M',
      '/Q',
    ]);
    // Users may not list, read or inherit anything in it.
    const users = grants!.filter((arg) => arg.startsWith('*S-1-5-32-545'));
    expect(users).toEqual(['*S-1-5-32-545:(WD)']);
  });

  it('quotes the path for PowerShell', () => {
    expect(ownerScript("C:\\ProgramData\\it's")).toContain("-LiteralPath 'C:\\ProgramData\\it''s'");
  });
});
