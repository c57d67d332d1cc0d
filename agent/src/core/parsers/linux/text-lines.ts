/** Splits command output into lines, accepting LF or CRLF endings; empty lines are kept. */
export function splitLines(text: string): string[] {
  return text.split(/\r?\n/);
}

/** Splits a table row on runs of blanks, dropping the empty cells a leading indent would make. */
export function splitOnBlanks(line: string): string[] {
  return line.split(/\s+/).filter((cell) => cell !== '');
}
