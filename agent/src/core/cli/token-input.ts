// `--token -`: the enrollment token from standard input, so that it appears in no command line.
// Light on purpose (Node built-ins only): the command line reads it before loading any command.
import type { Readable } from 'node:stream';
import { AgentConfigError } from '../agent-config-error.ts';
import { checkedToken, firstLine } from '../enrollment/token-sources.ts';

/** `--token -` asks for standard input. */
export const STDIN_TOKEN = '-';

/** More than any token and its line end: input this long is not a token. */
const MAX_TOKEN_INPUT_BYTES = 4096;

/** Reads standard input up to its first line end (or its end) and returns that line, checked. */
export async function readTokenFromInput(
  input: Readable & { isTTY?: boolean } = process.stdin,
  prompt: (text: string) => void = (text) => process.stderr.write(text),
): Promise<string> {
  if (input.isTTY) prompt('Enrollment token: ');
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of input) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    chunks.push(buffer);
    bytes += buffer.length;
    // The line is complete: stop reading (a pipe may stay open, a terminal always does).
    if (buffer.includes(0x0a)) break;
    if (bytes > MAX_TOKEN_INPUT_BYTES)
      throw new AgentConfigError('standard input does not hold an enrollment token (too long)');
  }
  // Breaking out of the loop destroys the stream; nothing else reads standard input.
  return checkedToken(firstLine(Buffer.concat(chunks).toString('utf8')), 'standard input');
}
