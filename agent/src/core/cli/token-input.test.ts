import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readTokenFromInput } from './token-input.ts';

const TOKEN = 'lab-token-2f9c81d4e7';

describe('--token -', () => {
  it('reads the first line of standard input, as piped from a file or echo', async () => {
    expect(await readTokenFromInput(Readable.from([`${TOKEN}\nignored\n`]))).toBe(TOKEN);
    expect(
      await readTokenFromInput(Readable.from([TOKEN.slice(0, 5), `${TOKEN.slice(5)}\r\n`])),
    ).toBe(TOKEN);
    expect(await readTokenFromInput(Readable.from([TOKEN]))).toBe(TOKEN);
  });

  it('stops at the line end even when the input stays open, as a terminal does', async () => {
    const terminal = Object.assign(new PassThrough(), { isTTY: true });
    const prompts: string[] = [];
    const read = readTokenFromInput(terminal, (text) => prompts.push(text));
    terminal.write(`${TOKEN}\n`);
    expect(await read).toBe(TOKEN);
    expect(prompts).toEqual(['Enrollment token: ']);
  });

  it('refuses empty or endless input', async () => {
    await expect(readTokenFromInput(Readable.from([]))).rejects.toThrow(
      'no enrollment token in standard input',
    );
    await expect(readTokenFromInput(Readable.from(['x'.repeat(5_000)]))).rejects.toThrow(
      'standard input does not hold an enrollment token',
    );
  });
});
