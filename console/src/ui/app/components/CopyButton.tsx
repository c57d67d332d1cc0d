import { useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { CheckIcon, CopyIcon } from './icons.tsx';

/** How long "Copied" shows before the button reads "Copy" again. */
const COPIED_FEEDBACK_MS = 2_000;

/**
 * Copies text. The Clipboard API exists only on secure origins, and a hub on the school LAN is
 * usually plain http, so the old selection-and-copy path is the fallback.
 */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'sr-only';
    document.body.append(area);
    area.select();
    // execCommand is deprecated but remains the only way on an insecure origin.
    const copied = document.execCommand('copy');
    area.remove();
    return copied;
  }
}

/** A button that copies `text` and says so. */
export function CopyButton({ text, label = 'Copy' }: { text: string; label?: string }) {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), COPIED_FEEDBACK_MS);
    return () => clearTimeout(timer);
  }, [copied]);
  return (
    <Button
      className="button small"
      onPress={() => void copyText(text).then(setCopied)}
      aria-live="polite"
    >
      {copied ? <CheckIcon size={15} /> : <CopyIcon size={15} />}
      {copied ? 'Copied' : label}
    </Button>
  );
}
