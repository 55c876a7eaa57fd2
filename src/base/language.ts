/**
 * The element's language and direction (SPEC.md, "Language"): its own `lang`, else the
 * nearest ancestor's, crossing shadow roots, else `<html lang>`, else Swedish. One shared
 * MutationObserver watches `lang` and `dir` in the document and tells the elements.
 */
import { isServer } from 'lit';

/** The nearest non-empty `lang` and `dir` on the element or an ancestor (null: none). */
export interface LanguageContext {
  lang: string | null;
  dir: string | null;
}

const ELEMENT_NODE = 1;
const DOCUMENT_FRAGMENT_NODE = 11;

/** The parent, or a shadow root's host (not `.host` of any node: an `<a>` has one too, its URL's). */
function parentOrHost(node: Node): Node | null {
  return node.nodeType === DOCUMENT_FRAGMENT_NODE ? ((node as ShadowRoot).host ?? null) : node.parentNode;
}

/**
 * One walk up from the element, crossing shadow roots, for both `lang` and `dir`; it stops as
 * soon as both are found. `lang=""` means "unknown": keep looking, as the HTML spec's fallback does.
 */
export function languageContext(element: Element): LanguageContext {
  // Server-side rendering (Lit's DOM shim) has no tree: the renderer sets the context's `lang`
  // and `dir` on the element itself (kommun-elements render).
  if (isServer) return { lang: element.getAttribute('lang') || null, dir: element.getAttribute('dir') || null };
  let lang: string | null = null;
  let dir: string | null = null;
  for (let node: Node | null = element; node && (lang === null || dir === null); node = parentOrHost(node)) {
    if (node.nodeType !== ELEMENT_NODE) continue;
    lang ??= (node as Element).getAttribute('lang') || null;
    dir ??= (node as Element).getAttribute('dir') || null;
  }
  return { lang, dir };
}

type Listener = () => void;
const WATCHED: MutationObserverInit = { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true };
const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;

/**
 * Calls `listener` whenever a `lang` or `dir` attribute changes anywhere in the document
 * (including `<html>`), and in the shadow roots `element` sits in, where the document's observer
 * cannot see (an element in a CMS's own component takes its language from that one's shadow
 * tree). Returns the function that stops it; the one observer of the page disconnects when the
 * last listener goes.
 */
export function watchLanguage(element: Element, listener: Listener): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => {
      for (const each of [...listeners]) each();
    });
    observer.observe(document.documentElement, WATCHED);
  }
  // Observing a root again only replaces the same options: no duplicate records.
  for (let root = element.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) observer.observe(root, WATCHED);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
