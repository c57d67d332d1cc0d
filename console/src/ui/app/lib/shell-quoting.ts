// Quoting a value for each place the enrollment commands put it. Each function either returns text
// that the tool reads back as exactly the value, or throws: a command that silently means something
// else (a token cut at a quote, a `%` expanded by cmd) would enroll nothing and say nothing.

/** A value that cannot be written safely into a command; the message names what is wrong. */
export class UnquotableValueError extends Error {}

/** Line breaks and other control characters end or garble a line in every one of these shells. */
function hasControlCharacter(value: string): boolean {
  return [...value].some((character) => character < ' ' || character === '\u007f');
}

function refuseControlCharacters(value: string, what: string): void {
  if (hasControlCharacter(value)) {
    throw new UnquotableValueError(`The ${what} holds a line break or control character.`);
  }
}

/**
 * POSIX sh: inside single quotes nothing is special, and a single quote is written by closing the
 * quotes, adding an escaped quote and opening them again.
 */
export function shQuote(value: string, what = 'value'): string {
  refuseControlCharacters(value, what);
  return `'${value.replaceAll("'", "'\\''")}'`;
}

/**
 * PowerShell: inside single quotes only a quote is special, written twice. PowerShell also takes
 * the typographic quotes (‘ ’ ‚ ‛) as single quotes, so they are doubled the same way.
 */
export function powerShellQuote(value: string, what = 'value'): string {
  refuseControlCharacters(value, what);
  return `'${value.replace(/['\u2018\u2019\u201a\u201b]/g, (quote) => quote + quote)}'`;
}

/**
 * A public property on an msiexec command line, as written in a batch file (a Group Policy startup
 * script) or a deployment tool's command box: `NAME="value"`. msiexec reads a doubled quote inside
 * the quotes as one; cmd expands `%NAME%` even inside quotes, and doubling `%` works only in batch
 * files, so a `%` is refused rather than escaped one way that is wrong for the other.
 */
export function msiProperty(name: string, value: string, what = 'value'): string {
  refuseControlCharacters(value, what);
  if (value.includes('%')) {
    throw new UnquotableValueError(`The ${what} holds a % sign, which Windows would expand.`);
  }
  return `${name}="${value.replaceAll('"', '""')}"`;
}

/**
 * One argument of an NSIS installer started by PowerShell's Start-Process: `-ArgumentList` joins
 * its items with spaces and quotes nothing, so a value with a space or a double quote would be
 * split or cut by the installer; such values are refused.
 */
export function nsisSwitch(name: string, value: string, what = 'value'): string {
  refuseControlCharacters(value, what);
  if (/[\s"]/.test(value)) {
    throw new UnquotableValueError(`The ${what} holds a space or a double quote.`);
  }
  return powerShellQuote(`/${name}=${value}`, what);
}
