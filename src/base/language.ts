/**
 * The element's language and direction (SPEC.md, "Language"): its own `lang`, else the
 * nearest ancestor's, crossing shadow roots, else `<html lang>`, else Swedish. One shared
 * MutationObserver watches `lang` and `dir` in the document and tells the elements.
 */
import { isServer } from 'lit';
import { DEFAULT_LANGUAGE } from '../lib/language-tag.js';

/** The nearest value of `attribute` on the element or an ancestor, crossing shadow roots. */
export function closestAttribute(element: Element, attribute: string): string | null {
  // Server-side rendering (Lit's DOM shim) has no tree, nor `Element` and `ShadowRoot`: the
  // renderer sets the context's `lang` and `dir` on the element itself (kommun-elements render).
  if (isServer) return element.getAttribute(attribute) || null;
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const value = node.getAttribute(attribute);
      if (value) return value; // `lang=""` means "unknown": keep looking, as the HTML spec's fallback does.
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return null;
}

export function contextLanguage(element: Element): string {
  return closestAttribute(element, 'lang') ?? DEFAULT_LANGUAGE;
}

type Listener = () => void;
const WATCHED: MutationObserverInit = { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true };
const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;

/**
 * Calls `listener` whenever a `lang` or `dir` attribute changes anywhere in the document
 * (including `<html>`). Returns the function that stops it; the observer disconnects when the
 * last listener goes.
 */
export function watchLanguage(listener: Listener): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => {
      for (const each of [...listeners]) each();
    });
    observer.observe(document.documentElement, WATCHED);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}

/**
 * Watches `lang` and `dir` inside an element's shadow root too, where the document's observer
 * cannot see: an element nested in another one (a goal-card in a goal-list) takes its language
 * from its host's wrapper. Call while a watchLanguage listener is active.
 */
export function watchLanguageIn(root: ShadowRoot): void {
  observer?.observe(root, WATCHED);
}
