/** Safe registration: a page may load the library twice, or two versions of it. */

interface Versioned {
  version?: string;
}

/**
 * Shared by every copy of the library on the page (each copy has its own module state), so
 * that a second copy warns once, not once per element.
 */
const WARNED = Symbol.for('kommun-elements.second-copy-warned');
type Global = typeof globalThis & { [WARNED]?: Set<string> };

/**
 * Defines `tag` unless it is already defined. When another copy of the library defined it
 * first, warns once per copy and version pair, naming both versions. Never throws.
 */
export function defineElement(tag: string, element: CustomElementConstructor & Versioned): void {
  const registry = globalThis.customElements;
  if (!registry) return; // Server-side rendering defines its own registry.
  const existing: (CustomElementConstructor & Versioned) | undefined = registry.get(tag);
  if (!existing) {
    registry.define(tag, element);
    return;
  }
  if (existing === element) return;
  const global = globalThis as Global;
  const warned = (global[WARNED] ??= new Set());
  const pair = `${existing.version ?? 'unknown'} ${element.version ?? 'unknown'}`;
  if (warned.has(pair)) return;
  warned.add(pair);
  const versions =
    existing.version === element.version
      ? `twice (version ${element.version ?? 'unknown'})`
      : `twice: version ${existing.version ?? 'unknown'} is used, version ${element.version ?? 'unknown'} is not`;
  console.warn(`kommun-elements: the library is loaded ${versions}. Load it once per page (<${tag}> and others).`);
}
