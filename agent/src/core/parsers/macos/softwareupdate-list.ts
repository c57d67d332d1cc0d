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
/** A 10.15+ detail line without a Version field: the title, the version comes from the label. */
const TITLE_ONLY_DETAIL = /^\s*Title:\s*(.*?),\s*(?:Size|Recommended|Action):/;
/** `iCal-1.0.2`, `Safari17.5VenturaAuto-17.5`: a label ending in its version. */
const LABEL_VERSION_TAIL = /^(.+?)-(\d+(?:\.\d+)*)$/;
/** `macOS Sonoma 14.5-23F79`: a label ending in a build, the version before it. */
const LABEL_BUILD_TAIL = /^(.+?)\s+(\d+(?:\.\d+)+)-[0-9A-Za-z.]+$/;

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
 * (the label repeats it with the version appended); `id` is the label, what `softwareupdate
 * --install` takes. Not-recommended (`-`) items are updates too. Every label is kept: one whose
 * detail line is missing or has no Version still counts, named and versioned from the label.
 * Items whose title or label says so are security; others are left undecided, since OS point
 * releases carry security fixes without saying so. "No new software available." yields none.
 */
export function parseSoftwareupdateList(text: string): PendingUpdate[] {
  const updates: PendingUpdate[] = [];
  let label: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (label !== undefined) {
      const detail = NEW_DETAIL.exec(line) ?? OLD_DETAIL.exec(line);
      const titleOnly = detail ? null : TITLE_ONLY_DETAIL.exec(line);
      if (detail || titleOnly) {
        const title = cleanTitle((detail ?? titleOnly)?.[1] ?? '');
        const version = detail ? (detail[2] ?? '').trim() : labelParts(label).version;
        updates.push(toUpdate(label, title, version));
        label = undefined;
        continue;
      }
    }
    const labelMatch = LABEL_LINE.exec(line) ?? OLD_LABEL_LINE.exec(line);
    if (!labelMatch?.[1]) continue;
    // A label straight after another: the first had no detail line, and is still an update.
    if (label !== undefined) updates.push(fromLabelAlone(label));
    label = labelMatch[1];
  }
  if (label !== undefined) updates.push(fromLabelAlone(label));
  return updates;
}

function toUpdate(label: string, title: string, version: string): PendingUpdate {
  const update: PendingUpdate = {
    name: clipShortString(title === '' ? labelParts(label).name : title),
    availableVersion: clipShortString(version),
    source: 'softwareupdate',
    id: clipShortString(label),
  };
  if (SECURITY_TITLE.test(title) || SECURITY_TITLE.test(label)) update.security = true;
  return update;
}

function fromLabelAlone(label: string): PendingUpdate {
  return toUpdate(label, '', labelParts(label).version);
}

/** A label's name and version as far as it shows them; the whole label, no version, if not. */
function labelParts(label: string): { name: string; version: string } {
  const match = LABEL_BUILD_TAIL.exec(label) ?? LABEL_VERSION_TAIL.exec(label);
  return match ? { name: match[1]!.trim(), version: match[2]! } : { name: label, version: '' };
}

// `iCal, (1.0.2)` in one old-format sample: a comma was left before the version.
function cleanTitle(raw: string): string {
  return raw.trim().replace(/,$/, '').trim();
}
