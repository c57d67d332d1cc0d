import { readFile } from 'node:fs/promises';
import { join, win32 } from 'node:path';
import { CommandNotFoundError } from '../run-command.ts';
import type { BinaryRunner } from './run-binary.ts';
import { ScreenshotError } from './screenshot-error.ts';
import { withTempDir } from './temp-dir.ts';

/** Longest wait for PowerShell, in milliseconds: Add-Type compiles C#, slow on old school PCs. */
export const POWERSHELL_TIMEOUT_MS = 30_000;

/** Where the script saves the PNG; an environment variable needs no quoting inside the script. */
export const SCREENSHOT_PATH_VARIABLE = 'HANDRAISE_SCREENSHOT_PATH';

/**
 * Captures the virtual screen (every monitor) as PNG. Without DPI awareness Windows reports scaled
 * sizes and the capture misses part of a 125–200 % screen, so the process asks for per-monitor
 * awareness (Windows 10 1703+) and falls back to system awareness.
 */
export const CAPTURE_SCRIPT = `$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
Add-Type -AssemblyName System.Windows.Forms, System.Drawing
Add-Type -Namespace Handraise -Name Dpi -MemberDefinition @'
[DllImport("user32.dll")] public static extern bool SetProcessDPIAware();
[DllImport("user32.dll")] public static extern bool SetProcessDpiAwarenessContext(IntPtr value);
'@
$aware = $false
try { $aware = [Handraise.Dpi]::SetProcessDpiAwarenessContext([IntPtr](-4)) } catch { }
if (-not $aware) { [void][Handraise.Dpi]::SetProcessDPIAware() }
$bounds = [System.Windows.Forms.SystemInformation]::VirtualScreen
if ($bounds.Width -le 0 -or $bounds.Height -le 0) {
  [Console]::Error.WriteLine('no display to capture')
  exit 3
}
$bitmap = New-Object System.Drawing.Bitmap $bounds.Width, $bounds.Height
try {
  $graphics = [System.Drawing.Graphics]::FromImage($bitmap)
  try { $graphics.CopyFromScreen($bounds.Left, $bounds.Top, 0, 0, $bitmap.Size) }
  finally { $graphics.Dispose() }
  $bitmap.Save($env:${SCREENSHOT_PATH_VARIABLE}, [System.Drawing.Imaging.ImageFormat]::Png)
} finally { $bitmap.Dispose() }
`;

/** Windows PowerShell 5.1 by absolute path: present on every Windows 10/11, immune to PATH. */
export function powershellPath(systemRoot = process.env.SystemRoot ?? 'C:\\Windows'): string {
  return win32.join(systemRoot, 'System32', 'WindowsPowerShell', 'v1.0', 'powershell.exe');
}

/** The PowerShell arguments that run `script`. */
export function powershellArgs(script: string): string[] {
  // -EncodedCommand (UTF-16LE base64) avoids every quoting problem and, unlike a .ps1 file, is not
  // blocked by a school's script execution policy.
  const encoded = Buffer.from(script, 'utf16le').toString('base64');
  return ['-NoProfile', '-NonInteractive', '-EncodedCommand', encoded];
}

/** Captures all monitors with PowerShell and System.Drawing into a private temp PNG; returns it. */
export async function captureWindows(run: BinaryRunner): Promise<Uint8Array> {
  return withTempDir(async (dir) => {
    const file = join(dir, 'screen.png');
    try {
      await run(powershellPath(), powershellArgs(CAPTURE_SCRIPT), {
        timeoutMs: POWERSHELL_TIMEOUT_MS,
        env: { [SCREENSHOT_PATH_VARIABLE]: file },
      });
    } catch (error) {
      throw explain(error);
    }
    try {
      return await readFile(file);
    } catch (error) {
      throw new ScreenshotError('capture-failed', 'PowerShell wrote no screenshot', {
        cause: error,
      });
    }
  });
}

function explain(error: unknown): ScreenshotError {
  if (error instanceof CommandNotFoundError) {
    return new ScreenshotError('tool-missing', 'Windows PowerShell is not installed', {
      cause: error,
    });
  }
  const detail = error instanceof Error ? error.message : String(error);
  // A service in session 0 has no desktop: GDI answers "The handle is invalid".
  if (/no display to capture|handle is invalid/i.test(detail)) {
    return new ScreenshotError(
      'no-display',
      "no display to capture: run the capture in the signed-in user's session",
      { cause: error },
    );
  }
  if (/language mode/i.test(detail)) {
    return new ScreenshotError(
      'permission-denied',
      'PowerShell runs in Constrained Language mode here, which forbids the screen capture',
      { cause: error },
    );
  }
  return new ScreenshotError(
    'capture-failed',
    `PowerShell could not capture the screen: ${detail}`,
    {
      cause: error,
    },
  );
}
