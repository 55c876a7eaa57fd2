/** Helpers shared by the element tests: warnings, errors and language. */
import { expect, oneEvent } from '@open-wc/testing';
import type { DataErrorCode, KommunErrorDetail } from '../src/lib/data-error.js';
import { dataErrorInWords } from '../src/data/error-words.js';
import type { Translate } from '../src/data/error-words.js';
import coreEn from '../src/base/locales/en.json';
import coreSv from '../src/base/locales/sv.json';

/** A translator over one locale file of the `core` namespace, as the element's `t` behaves with `defaultValue: ''`. */
export function translateFrom(strings: object): Translate {
  return (key, values = {}) => {
    const found = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], strings);
    return typeof found === 'string' ? found.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? '')) : '';
  };
}

/** The words an editor's notice gives for an error (positions from 1), in Swedish or English. */
export const noticeFor = (code: string, path: string, lang: 'sv' | 'en' = 'sv') =>
  dataErrorInWords(code as DataErrorCode, path, translateFrom(lang === 'sv' ? coreSv : coreEn));

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

/**
 * The shared contract for `src` that fails: a 404 and a CMS error page (HTML) each give a
 * visible notice, `kommun-error` at `src` and a console warning naming the URL. Call inside a
 * `describe` whose warnings are captured.
 */
export function itReportsFailingSrc(tag: string, warnings: () => string[]): void {
  const cases = [
    ['a src that 404s', '/test/fixtures/missing.json', 'fetch'],
    ['a src that returns HTML', '/test/fixtures/not-json.html', 'not-json'],
  ] as const;
  for (const [name, src, code] of cases) {
    it(`${name}: notice and kommun-error at src`, async () => {
      const el = document.createElement(tag);
      el.setAttribute('src', src);
      const error = nextError(el);
      document.body.append(el);
      try {
        expect(await error).to.include({ code, path: 'src' });
        await until(() => el.shadowRoot?.querySelector('[part~="error"]') != null, 'notice shows');
        expect(warnings().some((m) => m.includes(src))).to.equal(true);
      } finally {
        el.remove();
      }
    });
  }
}

export interface BadDataCase {
  name: string;
  /** The attribute's text. */
  value: string;
  code: string;
  path: string;
}

/**
 * The shared contract for bad data in the element's JSON attribute: a visible notice naming
 * the place in words (positions from 1), `kommun-error` with code and path, exactly one console warning naming the element
 * and the path, nothing half-rendered (`content` finds what valid data would show), axe clean.
 */
export function itRejectsBadData(
  tag: string,
  attribute: string,
  cases: readonly BadDataCase[],
  content: (root: ShadowRoot) => unknown,
  warnings: () => string[],
): void {
  for (const { name, value, code, path } of cases) {
    it(`${name}: notice, kommun-error at ${path}, one warning, nothing half-rendered`, async () => {
      const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean> };
      el.setAttribute(attribute, value);
      const error = nextError(el);
      document.body.append(el);
      try {
        expect(await error).to.include({ code, path });
        await el.updateComplete;
        expect(textOf(shadow(el).querySelector('[part~="error"]'))).to.contain(noticeFor(code, path));
        expect(content(shadow(el)), 'nothing of the data is shown').to.not.be.ok;
        const mentions = warnings().filter((m) => m.includes(path));
        expect(mentions).to.have.length(1);
        expect(mentions[0]).to.match(new RegExp(`^${tag}: `));
        await expect(el).to.be.accessible();
      } finally {
        el.remove();
      }
    });
  }
}
