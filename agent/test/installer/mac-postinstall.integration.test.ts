// The macOS pkg's postinstall, run for real with sh: a temporary folder stands for the target
// volume, a stand-in agent for the one inside the app.
import { execFile } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSystemConfigFile } from '../../src/core/system-config.ts';
import { agentCalls, INSTALLER_DIR, runScript, writeStandInAgent } from './install-root.ts';

const POSTINSTALL = join(INSTALLER_DIR, 'mac', 'scripts', 'postinstall');
const script = readFileSync(POSTINSTALL, 'utf8');
const SETTINGS = { hub: 'https://hub.school.lan:7300', token: 'district-token-0042' };
const me = process.getuid?.() ?? 0;

let volume: string;
let downloads: string;
let calls: string;
let installed: string;
beforeEach(() => {
  volume = mkdtempSync(join(tmpdir(), 'handraise-mac-volume-'));
  downloads = mkdtempSync(join(tmpdir(), 'handraise-mac-pkg-'));
  calls = join(volume, 'agent-calls.log');
  installed = join(volume, 'Library', 'Application Support', 'Handraise', 'agent.json');
  const agent = join(
    volume,
    'Applications',
    'Handraise Agent.app',
    'Contents',
    'Resources',
    'agent',
    'handraise-agent',
  );
  writeStandInAgent(agent, calls);
});
afterEach(() => {
  rmSync(volume, { recursive: true, force: true });
  rmSync(downloads, { recursive: true, force: true });
});

/** Installer's arguments: the package's path, the install location, the target volume. */
const postinstall = () =>
  runScript(script, [join(downloads, 'Handraise-Agent-0.1.0.pkg'), '/Applications', '/'], {
    HANDRAISE_TARGET_ROOT: volume,
  });

describe('the pkg postinstall', () => {
  it('is a valid, executable sh script', async () => {
    await expect(promisify(execFile)('sh', ['-n', POSTINSTALL])).resolves.toBeDefined();
    expect(statSync(POSTINSTALL).mode & 0o111).not.toBe(0);
  });

  it('installs handraise-enrollment.json found next to the pkg, private, then the service', async () => {
    writeFileSync(join(downloads, 'handraise-enrollment.json'), JSON.stringify(SETTINGS), {
      mode: 0o644,
    });
    const run = await postinstall();
    expect(run.code).toBe(0);
    expect(statSync(installed).mode & 0o777).toBe(0o600);
    expect(readSystemConfigFile(installed, { platform: 'darwin', trustedOwner: me })).toEqual(
      SETTINGS,
    );
    expect(agentCalls(calls)).toEqual(['service install']);
  });

  it('makes a file a management tool put there beforehand private, and keeps it', async () => {
    mkdirSync(join(installed, '..'), { recursive: true });
    writeFileSync(installed, JSON.stringify(SETTINGS));
    chmodSync(installed, 0o644);
    expect((await postinstall()).code).toBe(0);
    expect(statSync(installed).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(installed, 'utf8'))).toEqual(SETTINGS);
  });

  it('installs the service without enrollment when there is no file', async () => {
    expect((await postinstall()).code).toBe(0);
    expect(existsSync(installed)).toBe(false);
    expect(agentCalls(calls)).toEqual(['service install']);
  });
});
