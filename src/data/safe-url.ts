/** Which links the elements show (SPEC.md, "Data in"): a link is data, never a way to run code. */

/** Links keep only these schemes (SPEC.md, "Data in"). */
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * The link's absolute URL, or null when its scheme is not allowed (`javascript:`, `data:`, …).
 * Without a base (server-side rendering has no `document`), the link as written.
 */
export function safeHref(href: string, base: string | undefined = globalThis.document?.baseURI): string | null {
  const written = href.trim();
  try {
    // Without a page, a relative link is resolved against a stand-in only to read its scheme,
    // and stays relative in the pre-rendered HTML.
    const url = new URL(written, base ?? 'https://example.invalid/');
    if (!SAFE_SCHEMES.has(url.protocol)) return null;
    return base === undefined ? written : url.href;
  } catch {
    return null;
  }
}
