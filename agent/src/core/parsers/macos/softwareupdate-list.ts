import type { PendingUpdate } from '@handraise/shared';
import { clipShortString } from '../../collectors/field-values.ts';

/** `* Label: macOS Sonoma 14.0-23A344` (10.15+); `-` instead of `*` means not recommended. */
const LABEL_LINE = /^\s*[*-]\s+Label:\s*(.*?)\s*$/;
/** `   * macOS 10.14.1 Update` (before 10.15). */
const OLD_LABEL_LINE = /^\s*[*-]\s+(.*?)\s*$/;
/** `Title: macOS Catalina, Version: 10.15, Size: 3084292K, Recommended: YES, Action: restart,`. */
const NEW_DETAIL = /^\s*Title:\s*(.*?),\s*Version:\s*(.*?)(?:,\s*Size:.*)?,?\s*$/;
/**
 * `Command Line Tools (macOS Mojave version 10.14) for Xcode (10.3), 199140K [recommended]`: the
 * version is the last parenthesised group before the size; titles may hold parentheses too.
 */
const OLD_DETAIL = /^\s*(.*)\(([^()]*)\),\s*\d+K/;

/**
 * Apple's security content: "Security Update 2021-005", "Rapid Security Response" and "Background
 * Security Improvement" items, and the XProtect / MRT / Gatekeeper malware data.
 */
const SECURITY_TITLE =
  /security (update|response|improvement)|\bXProtect|\bMRT(Config)?Data|Malware Removal|Gatekeeper (Configuration )?Data/i;

/**
 * Parses `softwareupdate --list` (stdout and stderr together) into pending updates, in both the
 * pre-10.15 (`* label` / `title (version), sizeK [recommended] [restart]`) and the 10.15+
 * (`* Label:` / `Title:, Version:, Size:, Recommended:, Action:`) formats. `name` is the title
 * (the label repeats it with the version appended); not-recommended (`-`) items are updates too.
 * Items whose title or label says so are security; others are left undecided, since OS point
 * releases carry security fixes without saying so. "No new software available." yields none.
 */
export function parseSoftwareupdateList(text: string): PendingUpdate[] {
  const updates: PendingUpdate[] = [];
  let label: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    const detail = NEW_DETAIL.exec(line) ?? OLD_DETAIL.exec(line);
    if (detail && label !== undefined) {
      updates.push(toUpdate(label, cleanTitle(detail[1] ?? ''), (detail[2] ?? '').trim()));
      label = undefined;
      continue;
    }
    const labelMatch = LABEL_LINE.exec(line) ?? OLD_LABEL_LINE.exec(line);
    if (labelMatch?.[1]) label = labelMatch[1];
  }
  return updates;
}

function toUpdate(label: string, title: string, version: string): PendingUpdate {
  const update: PendingUpdate = {
    name: clipShortString(title === '' ? label : title),
    availableVersion: clipShortString(version),
    source: 'softwareupdate',
  };
  if (SECURITY_TITLE.test(title) || SECURITY_TITLE.test(label)) update.security = true;
  return update;
}

// `iCal, (1.0.2)` in one old-format sample: a comma was left before the version.
function cleanTitle(raw: string): string {
  return raw.trim().replace(/,$/, '').trim();
}
