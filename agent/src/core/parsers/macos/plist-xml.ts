import { XMLParser } from 'fast-xml-parser';

/** A property-list value. `<date>` stays its ISO text, `<data>` its base64 text. */
export type PlistValue = string | number | boolean | PlistValue[] | PlistDict;
export type PlistDict = { readonly [key: string]: PlistValue };

/** fast-xml-parser's ordered form: each node is `{ tagName: children }`, text is `#text`. */
type OrderedNode = Record<string, unknown>;

const TEXT = '#text';

// preserveOrder keeps `<key>` and its value next to each other, which is how a plist `<dict>`
// pairs them; the default object form would group all `<key>` elements apart from the values.
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  parseTagValue: false,
  trimValues: false,
  processEntities: true,
  // Numeric character references (`&#8217;`) as well as the five XML entities.
  htmlEntities: true,
});

/** Parses a plist XML document and returns its root value (undefined for an empty plist). */
export function parsePlistXml(text: string): PlistValue | undefined {
  const document = parser.parse(text) as OrderedNode[];
  const plist = document.find((node) => 'plist' in node);
  const children = plist ? elementsOf(plist.plist) : [];
  const root = children[0];
  return root ? toValue(root) : undefined;
}

/** The dict's value for a key when it is a string. */
export function dictString(dict: PlistDict, key: string): string | undefined {
  const value = dict[key];
  return typeof value === 'string' ? value : undefined;
}

/** True for a `<dict>` value. */
export function isDict(value: PlistValue | undefined): value is PlistDict {
  return typeof value === 'object' && !Array.isArray(value);
}

function toValue(node: OrderedNode): PlistValue {
  const tag = tagOf(node);
  const content = node[tag];
  switch (tag) {
    case 'dict':
      return toDict(elementsOf(content));
    case 'array':
      return elementsOf(content).map(toValue);
    case 'integer':
    case 'real': {
      const number = Number(textOf(content).trim());
      return Number.isNaN(number) ? textOf(content).trim() : number;
    }
    case 'true':
      return true;
    case 'false':
      return false;
    case 'date':
    case 'data':
      return textOf(content).trim();
    default:
      // <string>, and anything unknown read as its text.
      return textOf(content);
  }
}

function toDict(children: readonly OrderedNode[]): PlistDict {
  const dict: Record<string, PlistValue> = {};
  for (let i = 0; i < children.length; i++) {
    const keyNode = children[i];
    if (!keyNode || tagOf(keyNode) !== 'key') continue;
    const valueNode = children[i + 1];
    // A `<key>` followed by another `<key>` has lost its value; the next pair still lines up.
    if (!valueNode || tagOf(valueNode) === 'key') continue;
    const key = textOf(keyNode.key);
    if (key !== '__proto__') dict[key] = toValue(valueNode);
    i++;
  }
  return dict;
}

// Child elements only: whitespace between elements arrives as `#text` nodes and is skipped.
function elementsOf(content: unknown): OrderedNode[] {
  if (!Array.isArray(content)) return [];
  return content.filter(
    (child): child is OrderedNode =>
      typeof child === 'object' && child !== null && !(TEXT in child),
  );
}

function tagOf(node: OrderedNode): string {
  return Object.keys(node).find((key) => key !== ':@') ?? '';
}

function textOf(content: unknown): string {
  if (!Array.isArray(content)) return '';
  return content
    .map((child: unknown) =>
      typeof child === 'object' && child !== null && TEXT in child
        ? String((child as Record<string, unknown>)[TEXT])
        : '',
    )
    .join('');
}
