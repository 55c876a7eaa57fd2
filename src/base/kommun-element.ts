/**
 * The base of every element: language and direction, UI strings with per-element overrides,
 * the error notice and `kommun-error`, a typed `emit()`, and the fallback slot.
 */
import { LitElement, html, isServer, noChange, nothing } from 'lit';
import type { CSSResultGroup, PropertyValues, ReactiveController, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { literal } from 'lit/static-html.js';
import type { StaticValue } from 'lit/static-html.js';
import type { TFunction } from 'i18next';
import { DataError } from '../lib/data-error.js';
import type { KommunErrorDetail } from '../lib/data-error.js';
import { languageDirection, onLocaleChange, translator, uiLanguage } from './i18n.js';
import type { Strings } from './i18n.js';
import { languageContext, watchLanguage } from './language.js';
import type { LanguageContext } from './language.js';
import { pickText } from '../data/localized-text.js';
import type { PickedText } from '../data/localized-text.js';
import { dataErrorInWords } from '../data/error-words.js';
import { baseStyles } from './styles.js';
import type { LocalizedText } from '../data/types.js';
import { isRecord, parseJson } from '../lib/validate.js';
import { VERSION } from './version.js';
import { DEFAULT_LANGUAGE } from '../lib/language-tag.js';
import type { ServerRendering } from './server-rendering.js';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

const HEADING_TAGS = { 2: literal`h2`, 3: literal`h3`, 4: literal`h4`, 5: literal`h5`, 6: literal`h6` } as const;

/** The static tag of a real heading element at `level`, for `staticHtml`. */
export function headingTag(level: HeadingLevel): StaticValue {
  return HEADING_TAGS[level];
}

/**
 * A bubbling, composed CustomEvent. Built outside the class so that the manifest analyzer does
 * not list `emit()`'s parameter as an event of every element.
 */
function composedEvent<D>(name: string, detail: D, options: { cancelable?: boolean }): CustomEvent<D> {
  return new CustomEvent<D>(name, { bubbles: true, composed: true, detail, ...options });
}

/** The `detail` of an event of HTMLElementEventMap (never for events that are not CustomEvents). */
type EventDetail<K extends keyof HTMLElementEventMap> = HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

declare global {
  interface HTMLElementEventMap {
    /** Bad data, a failed `src` or a refused feedback record: dispatched by every element. */
    'kommun-error': CustomEvent<KommunErrorDetail>;
  }
}

// Set by Lit's server renderer on an element rendered inside another one's shadow root.
const DEFER_HYDRATION = 'defer-hydration';

export abstract class KommunElement extends LitElement {
  /** The library version this element class belongs to. */
  static version = VERSION;

  static override styles: CSSResultGroup = baseStyles;

  /** The i18next namespace of the element's strings: its tag name. */
  protected static namespace = 'core';
  /** Namespaces of other elements whose strings it shows too (goal-list shows goal-card's), after its own. */
  protected static alsoNamespaces: readonly string[] = [];

  /**
   * Overrides of the element's UI strings, as JSON: `{"question": "Fick du hjälp?"}`. Keys are
   * those of the element's locale file.
   */
  @property({ attribute: 'i18n' })
  i18n: string | Strings | undefined;

  /** The language around the element (its own `lang`, an ancestor's, or `<html lang>`). */
  protected contextLang = 'sv';
  /** The language of the UI strings: contextLang when the library has it, else Swedish. */
  protected uiLang = 'sv';
  protected direction: 'ltr' | 'rtl' = 'ltr';
  protected t: TFunction = translator('sv', ['core'], undefined);

  private overrides: Strings | undefined;
  private stopWatching: (() => void)[] = [];
  /** The context the language watcher found changed, for the update it requests: no second walk. */
  private foundLanguage: LanguageContext | undefined;

  /** JSON attributes read by a DataSource rather than by Lit (so that the property wins over them). */
  protected static dataAttributes: string[] = [];

  /**
   * How `kommun-elements render` pre-renders the element (see ServerRendering): each element
   * declares it here, the renderer reads it from the registered class.
   * @internal
   */
  static ssr: ServerRendering = {};

  /**
   * Set by `kommun-elements render` for an element whose `ssr` declares `freeText`: whether its
   * light DOM holds free text (on the server an element cannot see its children).
   * @internal
   */
  ssrFreeText?: boolean;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', 'dir', ...this.dataAttributes];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    const own = name === 'lang' || name === 'dir' || name === DEFER_HYDRATION;
    if (own || (this.constructor as typeof KommunElement).dataAttributes.includes(name)) this.requestUpdate();
  }

  /** The element's controllers (its data sources): see update and updateOnServer. */
  private controllers: ReactiveController[] | undefined;

  /** @internal Lit's own, noted here so that update() can reach the data sources. */
  override addController(controller: ReactiveController): void {
    super.addController(controller);
    (this.controllers ??= []).push(controller);
  }

  /**
   * What a server render (`kommun-elements render`) put in the declarative shadow root, while it
   * is still shown. Lit renders into an existing shadow root as it finds it, so this content has
   * to go before the first render, or it would show twice.
   */
  private serverContent: ChildNode[] | undefined;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (isServer || !this.shadowRoot?.hasChildNodes()) return super.createRenderRoot();
    this.serverContent = [...this.shadowRoot.childNodes];
    const root = super.createRenderRoot();
    this.renderOptions.renderBefore = null; // Lit would render before the first of them, which goes.
    return root;
  }

  protected override update(changed: PropertyValues<this>): void {
    // The server's content stays, rather than the fallback, while the data is on its way (`src`),
    // and in an element rendered inside another one (that one replaces it when it renders).
    const keep = this.hasAttribute(DEFER_HYDRATION) || (this.controllers ?? []).some((controller) => (controller as { loading?: boolean }).loading === true);
    if (this.serverContent && !keep) {
      for (const node of this.serverContent) node.remove();
      this.serverContent = undefined;
    }
    this.beforeRender();
    super.update(changed);
  }

  /**
   * Derived state for render(), once the data sources have read their input: called before
   * every render, in a browser from update() and on the server from render().
   */
  protected beforeRender(): void {}

  override connectedCallback(): void {
    super.connectedCallback();
    this.foundLanguage = undefined; // Moved: the context is another one.
    this.stopWatching = [
      watchLanguage(this, () => {
        const context = languageContext(this);
        const { lang, dir } = this.resolveLanguage(context);
        if (lang === this.contextLang && dir === this.direction) return;
        this.foundLanguage = context;
        this.requestUpdate();
      }),
      onLocaleChange(() => this.requestUpdate()),
    ];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const stop of this.stopWatching) stop();
    this.stopWatching = [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('i18n')) this.overrides = this.readOverrides();
    const { namespace, alsoNamespaces } = this.constructor as typeof KommunElement;
    const { lang, dir } = this.resolveLanguage(this.foundLanguage ?? languageContext(this));
    this.foundLanguage = undefined;
    this.contextLang = lang;
    this.uiLang = uiLanguage(lang, namespace);
    this.direction = dir;
    this.t = translator(this.uiLang, [namespace, ...alsoNamespaces], this.overrides);
  }

  /** The context language (else Swedish), and `dir` when it says ltr or rtl, else the direction of the UI language. */
  private resolveLanguage(context: LanguageContext): { lang: string; dir: 'ltr' | 'rtl' } {
    const lang = context.lang ?? DEFAULT_LANGUAGE;
    const dir = context.dir?.toLowerCase();
    // The direction of the language the element's own strings are shown in: a language registered for it alone counts.
    const namespace = (this.constructor as typeof KommunElement).namespace;
    return { lang, dir: dir === 'rtl' || dir === 'ltr' ? dir : languageDirection(uiLanguage(lang, namespace)) };
  }

  private readOverrides(): Strings | undefined {
    if (this.i18n === undefined || this.i18n === null || this.i18n === '') return undefined;
    try {
      const value = typeof this.i18n === 'string' ? parseJson(this.i18n, 'i18n') : this.i18n;
      if (!isRecord(value)) throw new DataError('type', 'i18n', 'i18n: expected an object of strings');
      return value as Strings;
    } catch (error) {
      // Broken overrides must not hide the content: the built-in strings are used instead.
      if (error instanceof DataError) this.reportError(error);
      return undefined;
    }
  }

  /**
   * Everything an element shows sits in one wrapper carrying the UI language and direction,
   * so that screen readers pronounce fallback strings right even on a page in another language.
   */
  protected override render(): TemplateResult | typeof noChange {
    if (isServer) this.updateOnServer();
    if (this.serverContent) return noChange; // The server's content is still shown: see update().
    return html`<div class="base" part="base" lang=${this.uiLang} dir=${this.direction}>${this.renderContent()}</div>`;
  }

  protected abstract renderContent(): unknown;

  /**
   * Lit's server renderer calls willUpdate and render, but neither the controllers' hooks nor
   * update(): run them before rendering, so that the data is read (and bad data reported as
   * `kommun-error`) and the element's derived state is there, as in a browser.
   */
  private updateOnServer(): void {
    for (const controller of this.controllers ?? []) controller.hostUpdate?.();
    this.beforeRender();
    for (const controller of this.controllers ?? []) controller.hostUpdated?.();
  }

  /**
   * Whether the light DOM holds content for the default slot: text, or an element other than
   * the data script, a template or one meant for a named slot. On the server, what
   * `kommun-elements render` saw (the element's `ssr` declares `freeText`).
   */
  protected hasFreeText(): boolean {
    if (isServer) return this.ssrFreeText ?? false;
    return [...this.childNodes].some((node) =>
      node.nodeType === Node.ELEMENT_NODE
        ? !(node as Element).hasAttribute('slot') && !['script', 'template'].includes((node as Element).localName)
        : node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '',
    );
  }

  /**
   * A heading level from an attribute: 2–6, else `fallback` with a warning (an invalid level
   * must not break the host page's outline).
   */
  protected checkedHeadingLevel(level: number, fallback = 2): HeadingLevel {
    if (Number.isInteger(level) && level >= 2 && level <= 6) return level as HeadingLevel;
    if (this.warnedLevel !== level) {
      this.warnedLevel = level;
      console.warn(`${this.localName}: heading-level="${this.getAttribute('heading-level') ?? level}" is not 2–6; using ${fallback}`);
    }
    return fallback as HeadingLevel;
  }

  private warnedLevel: number | undefined;

  /** Picks a LocalizedText for the element's language, noting when it is in another one. */
  protected pick(value: LocalizedText): PickedText {
    return pickText(value, this.contextLang, this.uiLang);
  }

  /**
   * Dispatches a bubbling, composed event of HTMLElementEventMap with its `detail` type; returns
   * false when a listener cancelled it.
   */
  protected emit<K extends keyof HTMLElementEventMap>(name: K, detail: EventDetail<K>, options: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(composedEvent(name, detail, options));
  }

  /**
   * Tells the editor about bad data: one console warning with the path, and `kommun-error`.
   * @internal Called by the element's data sources.
   */
  reportError(error: DataError): void {
    console.warn(`${this.localName}: ${error.message}`);
    this.emit('kommun-error', { code: error.code, message: error.message, path: error.path });
  }

  /** The visible notice for bad data, in the element's language. */
  protected renderError(error: DataError | undefined): TemplateResult | typeof nothing {
    if (!error) return nothing;
    return html`<div class="error" part="error">
      <p class="error-title">${this.t('error.title')}</p>
      <p>${dataErrorInWords(error.code, error.path, (key, values) => this.t(key, { ...values, defaultValue: '' }))}</p>
    </div>`;
  }

  /** Light-DOM fallback content, shown while there is no valid data to render. */
  protected renderFallback(): TemplateResult {
    return html`<slot></slot>`;
  }
}
