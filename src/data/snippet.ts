/**
 * The examples of each element (GOV.UK Frontend's `examples` pattern) and the HTML an editor
 * pastes for one: the tag, its attributes, its data as single-quoted JSON, its fallback content.
 * The stories render these snippets, the tests check each one (axe, sv and en, pasted into a
 * page with the built bundle), and the guides show them.
 */

/** A value of an attribute: text, a number, a boolean attribute, or data written as JSON. */
export type AttributeValue = string | number | boolean | object;

export interface Example {
  /** The story's and the test's name, in words. */
  name: string;
  /** What the example shows, in a sentence or two (the story's description). */
  description: string;
  /** Attributes in the order an editor writes them; objects and lists become JSON. */
  attributes: Record<string, AttributeValue>;
  /** Light-DOM content: fallback shown until the element renders, a data script, or slotted text. */
  content?: string;
  /** The language it is shown in; without it, it is checked in both Swedish and English. */
  lang?: 'sv' | 'en';
  /** The example shows a notice on purpose (bad data, a file that is not there). */
  error?: boolean;
  /** The moment it shows depends on `now`: a story about one moment. */
  moment?: boolean;
}

/** One element's examples, under its tag. */
export interface ExampleSet {
  tag: string;
  examples: readonly Example[];
}

const escapeAttribute = (text: string, quote: '"' | "'") =>
  text.replace(/&/g, '&amp;').replace(quote === '"' ? /"/g : /'/g, quote === '"' ? '&quot;' : '&#39;');

/** Data as an editor writes it: on one line when short, else indented. */
export function jsonText(value: object): string {
  const short = JSON.stringify(value);
  return short.length <= 100 ? short : JSON.stringify(value, null, 2);
}

/** `name="value"`, `name='{"json": …}'`, a bare `name` for true, nothing for false. */
export function attributeText(name: string, value: AttributeValue): string {
  if (value === false) return '';
  if (value === true) return name;
  if (typeof value === 'object') return `${name}='${escapeAttribute(jsonText(value), "'")}'`;
  return `${name}="${escapeAttribute(String(value), '"')}"`;
}

/** The HTML to paste: `<tag a="…" data='[…]'>content</tag>`. */
export function snippetOf(tag: string, example: Pick<Example, 'attributes' | 'content'>): string {
  const attributes = Object.entries(example.attributes)
    .map(([name, value]) => attributeText(name, value))
    .filter(Boolean);
  const content = example.content?.trim();
  const open = attributes.length ? `<${tag} ${attributes.join(' ')}>` : `<${tag}>`;
  return content ? `${open}\n${indent(content)}\n</${tag}>` : `${open}</${tag}>`;
}

const indent = (text: string) =>
  text
    .split('\n')
    .map((line) => (line ? `  ${line}` : line))
    .join('\n');

/** A fallback list for content: `<ul><li>…</li></ul>`, one line per item. */
export function fallbackList(items: readonly string[]): string {
  return ['<ul>', ...items.map((item) => `  <li>${escapeText(item)}</li>`), '</ul>'].join('\n');
}

/** Text for element content: `<`, `>` and `&` as entities. */
export const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
