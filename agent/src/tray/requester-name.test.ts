import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRequesterNameStore, requesterNameFile } from './requester-name.ts';

const posix = process.platform !== 'win32';

describe("the requester's remembered first name", () => {
  let home: string;

  beforeEach(() => {
    home = mkdtempSync(join(tmpdir(), 'handraise-user-'));
  });
  afterEach(() => {
    rmSync(home, { recursive: true, force: true });
  });

  it('is remembered in the account’s own tray folder, private to it, and forgotten on request', () => {
    const userData = join(home, 'Handraise');
    const file = requesterNameFile(userData);
    const names = createRequesterNameStore(file);
    expect(names.read()).toBeNull();
    names.save('Ana María');
    expect(names.read()).toBe('Ana María');
    expect(createRequesterNameStore(file).read()).toBe('Ana María');
    if (posix) {
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(statSync(userData).mode & 0o777).toBe(0o700);
    }
    names.save('Ben');
    expect(names.read()).toBe('Ben');
    names.save(null);
    expect(names.read()).toBeNull();
    names.save('');
    expect(names.read()).toBeNull();
  });

  it('is each account’s own: another account’s folder knows nothing of it', () => {
    createRequesterNameStore(requesterNameFile(join(home, 'ana'))).save('Ana');
    expect(createRequesterNameStore(requesterNameFile(join(home, 'ben'))).read()).toBeNull();
  });

  it('reads a damaged or edited file as no name rather than failing or showing junk', () => {
    const file = requesterNameFile(home);
    const names = createRequesterNameStore(file);
    for (const content of [
      '{"name":',
      JSON.stringify({ name: 'A'.repeat(41) }),
      JSON.stringify({ name: 'Ana\nBen' }),
      JSON.stringify({ name: '   ' }),
      JSON.stringify({ name: 7 }),
      JSON.stringify(['Ana']),
    ]) {
      writeFileSync(file, content);
      expect(names.read(), content).toBeNull();
    }
    writeFileSync(file, JSON.stringify({ name: '  Ana  ' }));
    expect(names.read()).toBe('Ana');
  });
});
