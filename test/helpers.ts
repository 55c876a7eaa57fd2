/** Helpers shared by the element tests: warnings, errors and language. */
import { expect, oneEvent } from '@open-wc/testing';
import type { KommunErrorDetail } from '../src/core/data-error.js';

/** Collects console.warn calls while `run` runs (and until `stop()` is called). */
export function captureWarnings(): { messages: string[]; stop: () => void } {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return { messages, stop: () => (console.warn = original) };
}

/** Waits for the element's next `kommun-error` and returns its detail. */
export async function nextError(element: HTMLElement): Promise<KommunErrorDetail> {
  const event = await oneEvent<CustomEvent<KommunErrorDetail>>(element, 'kommun-error');
  return event.detail;
}

/** The element's shadow root, asserted present. */
export function shadow(element: Element): ShadowRoot {
  expect(element.shadowRoot, `${element.localName} has a shadow root`).to.exist;
  return element.shadowRoot!;
}

/** The visible text of a node, whitespace folded. */
export function textOf(node: Element | ShadowRoot | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits until `condition` holds (polling each animation frame), failing after `timeout` ms. */
export async function until(condition: () => boolean, message: string, timeout = 3000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting: ${message}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}
