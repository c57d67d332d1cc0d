import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { readTrayPolicy, trayPolicyPath } from './tray-policy.ts';

describe('tray policy', () => {
  const dir = mkdtempSync(join(tmpdir(), 'handraise-policy-'));
  const logger = pino({ level: 'silent' });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };

  it('hides Quit unless a valid policy file allows it', () => {
    expect(readTrayPolicy(join(dir, 'missing.json'), logger)).toEqual({ allowQuit: false });
    expect(readTrayPolicy(write('allow.json', '{"allowQuit":true}'), logger)).toEqual({
      allowQuit: true,
    });
    expect(readTrayPolicy(write('empty.json', '{}'), logger)).toEqual({ allowQuit: false });
    expect(readTrayPolicy(write('typo.json', '{"allowquit":true}'), logger)).toEqual({
      allowQuit: false,
    });
    expect(readTrayPolicy(write('broken.json', '{allowQuit'), logger)).toEqual({
      allowQuit: false,
    });
  });

  it('lives in a machine-wide folder on each platform', () => {
    expect(trayPolicyPath({}, 'linux')).toBe('/etc/handraise/tray-policy.json');
    expect(trayPolicyPath({}, 'darwin')).toBe(
      '/Library/Application Support/Handraise Agent/tray-policy.json',
    );
    expect(trayPolicyPath({ PROGRAMDATA: 'D:\\Data' }, 'win32')).toContain('Handraise');
    expect(trayPolicyPath({ HANDRAISE_TRAY_POLICY: '/tmp/p.json' }, 'linux')).toBe('/tmp/p.json');
  });
});
