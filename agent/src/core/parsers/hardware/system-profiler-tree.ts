// The text form of `system_profiler` is an outline: section titles at the margin (`Hardware:`,
// `Memory:`, `Power:`), then groups and `Label: value` lines, each level indented further. This
// module turns that outline into a tree once, so each reader can look up the part it needs and
// ignore the dozens of other sections a full output carries.

/** One outline line: a group (`Battery Information:`) or a field (`Cycle Count: 125`). */
export type ProfilerNode = {
  label: string;
  /** Absent for a group title; a field with an empty value is a group too. */
  value?: string;
  children: ProfilerNode[];
};

type Open = { indent: number; node: ProfilerNode };

/** Reads the outline; the returned root's children are the sections at the lowest indent. */
export function readProfilerTree(text: string): ProfilerNode {
  const root: ProfilerNode = { label: '', children: [] };
  const open: Open[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\s+$/, '');
    const content = line.trimStart();
    if (content === '') continue;
    const indent = line.length - content.length;
    while (open.length > 0 && (open.at(-1)?.indent ?? 0) >= indent) open.pop();
    const node = toNode(content);
    (open.at(-1)?.node ?? root).children.push(node);
    open.push({ indent, node });
  }
  return root;
}

// `Serial Number (system): YM008ASN9G5`, `Time since boot: 1:12` (the first `: ` splits), or a
// title ending in `:`.
function toNode(content: string): ProfilerNode {
  const separator = content.indexOf(': ');
  if (separator > 0) {
    const value = content.slice(separator + 2).trim();
    const label = content.slice(0, separator).trim();
    return value === '' ? { label, children: [] } : { label, value, children: [] };
  }
  const label = content.endsWith(':') ? content.slice(0, -1).trimEnd() : content;
  return { label, children: [] };
}

const sameLabel = (node: ProfilerNode, labels: readonly string[]): boolean =>
  labels.some((label) => label.toLowerCase() === node.label.toLowerCase());

/** The first direct child field with one of the labels (any letter case) and a value. */
export function fieldOf(node: ProfilerNode, ...labels: string[]): string | undefined {
  return node.children.find((child) => child.value !== undefined && sameLabel(child, labels))
    ?.value;
}

/** Like `fieldOf`, but searching the whole subtree: direct children first, then each child's. */
export function deepFieldOf(node: ProfilerNode, ...labels: string[]): string | undefined {
  const direct = fieldOf(node, ...labels);
  if (direct !== undefined) return direct;
  for (const child of node.children) {
    const found = deepFieldOf(child, ...labels);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The top-level section with that title (`Hardware`, `Memory`, `Power`), if the output has it. */
export function sectionOf(root: ProfilerNode, title: string): ProfilerNode | undefined {
  return root.children.find((child) => child.value === undefined && sameLabel(child, [title]));
}

/** Every node in the subtree (the node itself excluded) that the test accepts, in document order. */
export function findNodes(
  node: ProfilerNode,
  accept: (candidate: ProfilerNode) => boolean,
): ProfilerNode[] {
  const found: ProfilerNode[] = [];
  for (const child of node.children) {
    if (accept(child)) found.push(child);
    found.push(...findNodes(child, accept));
  }
  return found;
}

/** Every group titled with one of the labels anywhere in the subtree, in document order. */
export function groupsOf(node: ProfilerNode, ...labels: string[]): ProfilerNode[] {
  return findNodes(node, (child) => child.value === undefined && sameLabel(child, labels));
}
