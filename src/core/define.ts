/** Safe registration: a page may load the library twice, or two versions of it. */

interface Versioned {
  version?: string;
}

const warned = new Set<string>();

/**
 * Defines `tag` unless it is already defined. When the defined element is another version,
 * warns once per tag, naming both versions. Never throws.
 */
export function defineElement(tag: string, element: CustomElementConstructor & Versioned): void {
  const registry = globalThis.customElements;
  if (!registry) return; // Server-side rendering defines its own registry.
  const existing: (CustomElementConstructor & Versioned) | undefined = registry.get(tag);
  if (!existing) {
    registry.define(tag, element);
    return;
  }
  if (existing !== element && existing.version !== element.version && !warned.has(tag)) {
    warned.add(tag);
    console.warn(
      `kommun-elements: <${tag}> is already defined by version ${existing.version ?? 'unknown'}; ` +
        `version ${element.version ?? 'unknown'} loaded on this page is not used. Load the library once.`,
    );
  }
}
