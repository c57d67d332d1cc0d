import { useState } from 'react';
import { downloadWithToken } from '../lib/api.ts';
import { useHub } from './hub-context.ts';

/** What the last download said: success is heard (the browser shows the file), failure also seen. */
export type DownloadNote = { text: string; failed: boolean } | null;

/** Saves a CSV the API answers (with this session's token) under a file name, and says how it went. */
export function useCsvDownload() {
  const { session } = useHub();
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<DownloadNote>(null);

  const save = async (path: string, name: string) => {
    setBusy(true);
    setNote(null);
    const saved = await downloadWithToken(path, session.token, name);
    setBusy(false);
    setNote(
      saved
        ? { text: `Saved ${name}.`, failed: false }
        : { text: 'The export did not work. Try again.', failed: true },
    );
  };
  return { busy, note, save };
}
