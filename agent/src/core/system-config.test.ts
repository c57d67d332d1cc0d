import { describe, expect, it } from 'vitest';
import { AgentConfigError } from './agent-config-error.ts';
import {
  defaultSystemConfig,
  parseSystemConfig,
  runsMachineWide,
  systemConfigDir,
  systemConfigFile,
} from './system-config.ts';

describe('which system-wide file the agent reads', () => {
  it('reads the platform file only when machine-wide, and none for a user', () => {
    expect(defaultSystemConfig({}, true)).toEqual({ path: systemConfigFile() });
    expect(defaultSystemConfig({}, false)).toBeNull();
  });

  it('reads none when told `none`, even machine-wide (test runs, so root never reads the real file)', () => {
    expect(defaultSystemConfig({ HANDRAISE_AGENT_SYSTEM_CONFIG: 'none' }, true)).toBeNull();
  });

  it('reads the file the override names, which still has to pass the same checks', () => {
    expect(
      defaultSystemConfig({ HANDRAISE_AGENT_SYSTEM_CONFIG: '/srv/image/agent.json' }, false),
    ).toEqual({ path: '/srv/image/agent.json' });
  });

  it('is set to `none` for this test process and the processes it starts', () => {
    expect(process.env.HANDRAISE_AGENT_SYSTEM_CONFIG).toBe('none');
    expect(defaultSystemConfig()).toBeNull();
  });
});

describe('where the system-wide enrollment file is', () => {
  it('is in the folder each platform keeps for administrators', () => {
    expect(systemConfigFile('linux', {})).toBe('/etc/handraise/agent.json');
    expect(systemConfigFile('darwin', {})).toBe(
      '/Library/Application Support/Handraise/agent.json',
    );
    expect(systemConfigFile('win32', { ProgramData: 'D:\\ProgramData' })).toBe(
      'D:\\ProgramData\\Handraise\\agent.json',
    );
    expect(systemConfigDir('win32', {})).toBe('C:\\ProgramData\\Handraise');
  });

  it('is read by the machine-wide agent only: root, or any agent on Windows', () => {
    expect(runsMachineWide('linux', 0)).toBe(true);
    expect(runsMachineWide('darwin', 0)).toBe(true);
    expect(runsMachineWide('linux', 1000)).toBe(false);
    expect(runsMachineWide('darwin', 501)).toBe(false);
    expect(runsMachineWide('win32', undefined)).toBe(true);
  });
});

describe('the file contents', () => {
  const path = '/etc/handraise/agent.json';

  it('takes the keys of the data folder agent.json', () => {
    const fingerprint = 'ab'.repeat(32);
    expect(
      parseSystemConfig(
        JSON.stringify({
          hub: 'https://hub.school.lan:7300',
          token: 'token-12345',
          hubFingerprint: fingerprint,
        }),
        path,
      ),
    ).toEqual({
      hub: 'https://hub.school.lan:7300',
      token: 'token-12345',
      hubFingerprint: fingerprint,
    });
    // Notepad saves UTF-8 with a byte-order mark: readSystemConfigFile drops it before parsing.
    expect(parseSystemConfig('{}', path)).toEqual({});
  });

  it('refuses text that is not JSON, naming the file', () => {
    expect(() => parseSystemConfig('hub=https://hub', path)).toThrow(AgentConfigError);
    expect(() => parseSystemConfig('hub=https://hub', path)).toThrow(
      /enrollment file \/etc\/handraise\/agent\.json is not valid JSON/,
    );
  });

  it('refuses unknown keys and bad values, naming the key', () => {
    expect(() => parseSystemConfig('{"hubb":"https://hub.school.lan"}', path)).toThrow(
      /agent\.json/,
    );
    expect(() => parseSystemConfig('{"hub":"ftp://hub.school.lan"}', path)).toThrow(/: hub: /);
    expect(() => parseSystemConfig('{"hubFingerprint":"12:34"}', path)).toThrow(/hubFingerprint/);
    expect(() => parseSystemConfig('{"token":"short"}', path)).toThrow(/token/);
  });
});
