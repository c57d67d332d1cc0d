import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname } from 'node:path';
import { encode } from 'jpeg-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CommandNotFoundError } from '../run-command.ts';
import { captureScreen } from './capture.ts';
import { IMPORT_ARGS } from './capture-linux.ts';
import { SCREENCAPTURE } from './capture-macos.ts';
import { CAPTURE_SCRIPT, SCREENSHOT_PATH_VARIABLE } from './capture-windows.ts';
import { CommandFailedError, type BinaryRunOptions, type BinaryRunner } from './run-binary.ts';
import { syntheticScreen, toPngScreenshot } from './testing/synthetic-screen.ts';

const PNG_BYTES = toPngScreenshot(syntheticScreen(64, 48)).bytes;
const JPEG_BYTES = encode(syntheticScreen(64, 48), 80).data;

type Call = { cmd: string; args: readonly string[]; options: BinaryRunOptions };

/** A runner that records its calls and answers with `answer`, which may write files or throw. */
function fakeRunner(answer: (call: Call) => Promise<Uint8Array | void>) {
  const calls: Call[] = [];
  const run: BinaryRunner = async (cmd, args, options) => {
    const call = { cmd, args, options };
    calls.push(call);
    const stdout = (await answer(call)) ?? new Uint8Array();
    return { stdout, stderr: '' };
  };
  return { run, calls };
}

afterEach(() => vi.unstubAllEnvs());

describe('captureScreen on Linux (X11)', () => {
  it('runs ImageMagick import on the given display and reads the PNG from stdout', async () => {
    const { run, calls } = fakeRunner(async () => PNG_BYTES);
    const shot = await captureScreen({ platform: 'linux', display: ':7', run });
    expect(shot).toEqual({ bytes: PNG_BYTES, type: 'image/png', width: 64, height: 48 });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.cmd).toBe('import');
    expect(calls[0]?.args).toEqual(['-silent', '-window', 'root', 'png:-']);
    expect(calls[0]?.args).toEqual(IMPORT_ARGS);
    expect(calls[0]?.options.env).toEqual({ DISPLAY: ':7' });
  });

  it("defaults to the agent's DISPLAY", async () => {
    vi.stubEnv('DISPLAY', ':3');
    const { run, calls } = fakeRunner(async () => PNG_BYTES);
    await captureScreen({ platform: 'linux', run });
    expect(calls[0]?.options.env).toEqual({ DISPLAY: ':3' });
  });

  it('says so when there is no display, without running anything', async () => {
    vi.stubEnv('DISPLAY', '');
    vi.stubEnv('WAYLAND_DISPLAY', 'wayland-0');
    const { run, calls } = fakeRunner(async () => PNG_BYTES);
    const attempt = captureScreen({ platform: 'linux', run });
    await expect(attempt).rejects.toMatchObject({
      name: 'ScreenshotError',
      reason: 'no-display',
      message: 'no display to capture: DISPLAY is not set (Wayland without X is not supported)',
    });
    expect(calls).toHaveLength(0);
  });

  it('explains a missing ImageMagick, an unreachable X server and an empty answer', async () => {
    const missing = fakeRunner(async () => {
      throw new CommandNotFoundError('import');
    });
    await expect(
      captureScreen({ platform: 'linux', display: ':7', run: missing.run }),
    ).rejects.toMatchObject({
      reason: 'tool-missing',
      message: "ImageMagick's import is not installed (Debian/Ubuntu package: imagemagick)",
    });

    const unreachable = fakeRunner(async () => {
      throw new CommandFailedError('import', 1, "import: unable to open X server `:7'.");
    });
    await expect(
      captureScreen({ platform: 'linux', display: ':7', run: unreachable.run }),
    ).rejects.toMatchObject({
      reason: 'no-display',
      message: 'no display to capture: cannot open :7',
    });

    const empty = fakeRunner(async () => new Uint8Array());
    await expect(
      captureScreen({ platform: 'linux', display: ':7', run: empty.run }),
    ).rejects.toMatchObject({
      reason: 'capture-failed',
      message: 'import returned no PNG or JPEG image',
    });
  });
});

describe('captureScreen on macOS', () => {
  it('runs screencapture silently into a private temp file, reads it and removes it', async () => {
    let file = '';
    const { run, calls } = fakeRunner(async ({ args }) => {
      file = args.at(-1) ?? '';
      expect(dirname(dirname(file))).toBe(tmpdir());
      await writeFile(file, JPEG_BYTES);
    });
    const shot = await captureScreen({ platform: 'darwin', run });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.cmd).toBe(SCREENCAPTURE);
    expect(calls[0]?.cmd).toBe('/usr/sbin/screencapture');
    expect(calls[0]?.args).toEqual(['-x', '-t', 'jpg', file]);
    expect(file).toMatch(/handraise-screenshot-[^/]+\/screen\.jpg$/);
    expect(shot).toMatchObject({ type: 'image/jpeg', width: 64, height: 48 });
    expect(Buffer.from(shot.bytes).equals(JPEG_BYTES)).toBe(true);
    expect(existsSync(dirname(file))).toBe(false);
  });

  it('removes the temp folder and explains a refused capture', async () => {
    let file = '';
    const refused = fakeRunner(async ({ args }) => {
      file = args.at(-1) ?? '';
      throw new CommandFailedError(SCREENCAPTURE, 1, 'could not create image from display');
    });
    await expect(captureScreen({ platform: 'darwin', run: refused.run })).rejects.toMatchObject({
      reason: 'permission-denied',
      message: expect.stringContaining('Screen Recording') as unknown,
    });
    expect(existsSync(dirname(file))).toBe(false);

    // Newer macOS versions exit 0 and simply write nothing.
    const silent = fakeRunner(async () => undefined);
    await expect(captureScreen({ platform: 'darwin', run: silent.run })).rejects.toMatchObject({
      reason: 'permission-denied',
    });
  });
});

describe('captureScreen on Windows', () => {
  it('runs the capture script with PowerShell and reads the PNG it saved, then removes it', async () => {
    let file = '';
    const { run, calls } = fakeRunner(async ({ options }) => {
      file = options.env?.[SCREENSHOT_PATH_VARIABLE] ?? '';
      expect(dirname(dirname(file))).toBe(tmpdir());
      await writeFile(file, PNG_BYTES);
    });
    vi.stubEnv('SystemRoot', 'D:\\Windows');
    const shot = await captureScreen({ platform: 'win32', run });
    expect(shot).toEqual({ bytes: PNG_BYTES, type: 'image/png', width: 64, height: 48 });
    expect(calls).toHaveLength(1);
    const call = calls[0];
    expect(call?.cmd).toBe('D:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe');
    expect(call?.args.slice(0, 3)).toEqual(['-NoProfile', '-NonInteractive', '-EncodedCommand']);
    expect(call?.args).toHaveLength(4);
    const script = Buffer.from(call?.args[3] ?? '', 'base64').toString('utf16le');
    expect(script).toBe(CAPTURE_SCRIPT);
    expect(script).toContain('[System.Windows.Forms.SystemInformation]::VirtualScreen');
    expect(script).toContain('CopyFromScreen($bounds.Left, $bounds.Top, 0, 0, $bitmap.Size)');
    expect(script).toContain('$bitmap.Save($env:HANDRAISE_SCREENSHOT_PATH');
    expect(script).toContain('SetProcessDpiAwarenessContext');
    expect(file).toMatch(/handraise-screenshot-[^/]+\/screen\.png$/);
    expect(existsSync(dirname(file))).toBe(false);
  });

  it('explains a session without a desktop and a locked-down PowerShell, removing the folder', async () => {
    let file = '';
    const session0 = fakeRunner(async ({ options }) => {
      file = options.env?.[SCREENSHOT_PATH_VARIABLE] ?? '';
      throw new CommandFailedError(
        'powershell.exe',
        1,
        'Exception calling "CopyFromScreen": "The handle is invalid"',
      );
    });
    await expect(captureScreen({ platform: 'win32', run: session0.run })).rejects.toMatchObject({
      reason: 'no-display',
    });
    expect(file).not.toBe('');
    expect(existsSync(dirname(file))).toBe(false);

    const constrained = fakeRunner(async () => {
      throw new CommandFailedError(
        'powershell.exe',
        1,
        'Cannot add type. Definition of new types is not supported in this language mode.',
      );
    });
    await expect(captureScreen({ platform: 'win32', run: constrained.run })).rejects.toMatchObject({
      reason: 'permission-denied',
    });

    const garbage = fakeRunner(async ({ options }) => {
      await writeFile(options.env?.[SCREENSHOT_PATH_VARIABLE] ?? '', 'not an image');
    });
    await expect(captureScreen({ platform: 'win32', run: garbage.run })).rejects.toMatchObject({
      reason: 'capture-failed',
      message: 'PowerShell returned no PNG or JPEG image',
    });
  });
});

describe('captureScreen elsewhere', () => {
  it('refuses platforms it cannot capture', async () => {
    const { run, calls } = fakeRunner(async () => PNG_BYTES);
    await expect(captureScreen({ platform: 'freebsd', run })).rejects.toMatchObject({
      reason: 'unsupported-platform',
      message: 'screen capture is not supported on freebsd',
    });
    expect(calls).toHaveLength(0);
  });
});
