// The deb/rpm scripts of the agent's package, run for real with sh against a temporary folder
// standing for / and a stand-in agent: the enrollment file they write is the one the agent reads.
import { execFile } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveSettings } from '../../src/core/agent-service.ts';
import { readSystemConfigFile } from '../../src/core/system-config.ts';
import {
  agentCalls,
  INSTALLER_DIR,
  renderLinuxScript,
  runScript,
  writeStandInAgent,
} from './install-root.ts';

const LINUX = join(INSTALLER_DIR, 'linux');
const afterInstall = renderLinuxScript(join(LINUX, 'after-install.sh'));
const beforeRemove = renderLinuxScript(join(LINUX, 'before-remove.sh'));
const afterRemove = renderLinuxScript(join(LINUX, 'after-remove.sh'));

const HUB = 'https://hub.school.lan:7300';
const TOKEN = 'district-token-0042';
const FINGERPRINT = 'AB'.repeat(32);
const me = process.getuid?.() ?? 0;

let root: string;
let agent: string;
let calls: string;
let enrollment: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'handraise-install-root-'));
  agent = join(root, 'opt', 'Handraise Agent', 'resources', 'agent', 'handraise-agent');
  calls = join(root, 'agent-calls.log');
  enrollment = join(root, 'etc', 'handraise', 'agent.json');
  writeStandInAgent(agent, calls);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const install = (env: Record<string, string> = {}, args = ['configure']) =>
  runScript(afterInstall, args, { HANDRAISE_TARGET_ROOT: root, ...env });

describe('the scripts as packed', () => {
  it('are valid sh, and only name macros electron-builder fills in', async () => {
    for (const name of ['after-install.sh', 'before-remove.sh', 'after-remove.sh']) {
      const file = join(LINUX, name);
      await expect(promisify(execFile)('sh', ['-n', file])).resolves.toBeDefined();
      const rendered = renderLinuxScript(file);
      expect(rendered, name).not.toMatch(/\$\{[a-zA-Z]+\}/);
      expect(rendered.startsWith('#!/bin/sh\n'), name).toBe(true);
    }
  });
});

describe('after-install', () => {
  it('writes the enrollment file from the environment, root-only, then installs the service', async () => {
    const run = await install({
      HANDRAISE_HUB: HUB,
      HANDRAISE_TOKEN: TOKEN,
      HANDRAISE_HUB_FINGERPRINT: FINGERPRINT,
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('enrollment settings written to /etc/handraise/agent.json');
    expect(statSync(enrollment).mode & 0o777).toBe(0o600);
    expect(statSync(enrollment).uid).toBe(me);
    expect(JSON.parse(readFileSync(enrollment, 'utf8'))).toEqual({
      hub: HUB,
      token: TOKEN,
      hubFingerprint: FINGERPRINT,
    });
    // No partial file left beside it.
    expect(readdirSync(join(root, 'etc', 'handraise'))).toEqual(['agent.json']);
    expect(agentCalls(calls)).toEqual(['service install']);
  });

  it('writes a file the agent accepts and enrolls from', async () => {
    await install({ HANDRAISE_HUB: HUB, HANDRAISE_TOKEN: TOKEN });
    const rules = { platform: 'linux' as const, trustedOwner: me };
    expect(readSystemConfigFile(enrollment, rules)).toEqual({ hub: HUB, token: TOKEN });
    const dataDir = join(root, 'var', 'lib', 'handraise-agent');
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    const resolved = resolveSettings({ dataDir, systemConfig: { path: enrollment, rules } }, {});
    expect(resolved.hub).toBe(HUB);
    expect(resolved.token).toBe(TOKEN);
  });

  it('links the tray command and keeps an existing enrollment file when no settings are given', async () => {
    mkdirSync(join(root, 'etc', 'handraise'), { recursive: true });
    writeFileSync(enrollment, JSON.stringify({ hub: HUB }), { mode: 0o600 });
    const run = await install();
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(enrollment, 'utf8'))).toEqual({ hub: HUB });
    const link = join(root, 'usr', 'bin', 'handraise-tray');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(join(root, 'opt', 'Handraise Agent', 'handraise-tray'));
    expect(agentCalls(calls)).toEqual(['service install']);
  });

  it('refuses a value that would break the file, writes nothing and installs no service', async () => {
    const run = await install({ HANDRAISE_HUB: HUB, HANDRAISE_TOKEN: 'abc"def\\ghi' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('HANDRAISE_TOKEN holds a quote, a backslash or a line break');
    expect(existsSync(enrollment)).toBe(false);
    expect(agentCalls(calls)).toEqual([]);
  });

  // What the agent would refuse on reading the file fails the install instead, with a sentence.
  for (const [name, value, sentence] of [
    ['HANDRAISE_HUB', 'notaurl', "HANDRAISE_HUB must be the hub's address"],
    [
      'HANDRAISE_HUB',
      'https://hub.lan:7300/;touch /tmp/x',
      "HANDRAISE_HUB must be the hub's address",
    ],
    ['HANDRAISE_HUB', 'ftp://hub.lan', "HANDRAISE_HUB must be the hub's address"],
    ['HANDRAISE_TOKEN', 'abc', 'HANDRAISE_TOKEN must be 8 to 256'],
    ['HANDRAISE_TOKEN', 'district\ttoken-0042', 'HANDRAISE_TOKEN must be 8 to 256'],
    ['HANDRAISE_TOKEN', 'district token-0042', 'HANDRAISE_TOKEN must be 8 to 256'],
    ['HANDRAISE_TOKEN', 'x'.repeat(257), 'HANDRAISE_TOKEN must be 8 to 256'],
    ['HANDRAISE_HUB_FINGERPRINT', 'nothex', 'HANDRAISE_HUB_FINGERPRINT must be'],
    ['HANDRAISE_HUB_FINGERPRINT', 'AB'.repeat(31), 'HANDRAISE_HUB_FINGERPRINT must be'],
  ] as const) {
    it(`refuses ${name}=${JSON.stringify(value).slice(0, 40)}, writing nothing`, async () => {
      const settings = {
        HANDRAISE_HUB: HUB,
        HANDRAISE_TOKEN: TOKEN,
        HANDRAISE_HUB_FINGERPRINT: FINGERPRINT,
        [name]: value,
      };
      const run = await install(settings);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(sentence);
      expect(run.stderr).toContain('enrollment settings were not written');
      expect(existsSync(join(root, 'etc', 'handraise'))).toBe(false);
      expect(agentCalls(calls)).toEqual([]);
    });
  }

  it('takes a fingerprint with colons, an IP address and an IPv6 address with a port', async () => {
    const colons = 'ab'.repeat(32).match(/../g)!.join(':');
    for (const hub of ['https://10.0.0.5', 'http://[fd00::5]:7300', 'https://hub.school.lan/']) {
      const run = await install({ HANDRAISE_HUB: hub, HANDRAISE_HUB_FINGERPRINT: colons });
      expect(run.code, run.stderr).toBe(0);
      const rules = { platform: 'linux' as const, trustedOwner: me };
      expect(readSystemConfigFile(enrollment, rules)).toEqual({ hub, hubFingerprint: colons });
    }
  });

  it('puts the headless agent on PATH as handraise-agent', async () => {
    expect((await install()).code).toBe(0);
    const link = join(root, 'usr', 'bin', 'handraise-agent');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(agent);
  });

  it('finishes the package and says how to finish when the service cannot be installed', async () => {
    writeStandInAgent(agent, calls, 1);
    const run = await install({ HANDRAISE_HUB: HUB });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`finish with: sudo '${agent}' service install`);
    expect(existsSync(enrollment)).toBe(true);
  });
});

describe('removal', () => {
  const remove = (script: string, arg: string) =>
    runScript(script, [arg], { HANDRAISE_TARGET_ROOT: root });

  it('unregisters the service on removal (deb "remove", rpm 0), not on upgrade', async () => {
    for (const upgrade of ['upgrade', '1']) {
      expect((await remove(beforeRemove, upgrade)).code).toBe(0);
    }
    expect(agentCalls(calls)).toEqual([]);
    for (const removal of ['remove', '0']) {
      expect((await remove(beforeRemove, removal)).code).toBe(0);
    }
    expect(agentCalls(calls)).toEqual(['service uninstall', 'service uninstall']);
  });

  it('keeps the enrollment file and the data folder unless purged', async () => {
    await install({ HANDRAISE_HUB: HUB, HANDRAISE_TOKEN: TOKEN });
    const data = join(root, 'var', 'lib', 'handraise-agent');
    mkdirSync(data, { recursive: true });
    writeFileSync(join(data, 'credentials.json'), '{}');
    expect((await remove(afterRemove, 'remove')).code).toBe(0);
    expect(existsSync(join(root, 'usr', 'bin', 'handraise-tray'))).toBe(false);
    expect(existsSync(join(root, 'usr', 'bin', 'handraise-agent'))).toBe(false);
    expect(existsSync(enrollment)).toBe(true);
    expect(existsSync(join(data, 'credentials.json'))).toBe(true);
    expect((await remove(afterRemove, 'purge')).code).toBe(0);
    expect(existsSync(join(root, 'etc', 'handraise'))).toBe(false);
    expect(existsSync(data)).toBe(false);
    // Only what the agent owned went.
    expect(existsSync(join(root, 'opt', 'Handraise Agent'))).toBe(true);
  });
});
