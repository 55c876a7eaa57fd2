/**
 * One mechanism for every data-taking element (SPEC.md, "Data in"): a JS property, else a
 * JSON attribute, else a child `<script type="application/json">`, else `src`. The value is
 * validated into typed data or rejected whole with a DataError.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isServer } from 'lit';
import { DataError } from '../lib/data-error.js';
import { fetchJson } from './fetch-json.js';
import { parseJson } from '../lib/validate.js';

/** What a DataSource needs of its element: the element base gives all of it. */
export type DataHost = ReactiveControllerHost & HTMLElement & { reportError(error: DataError): void };

export interface DataSourceOptions<T> {
  /** The JSON attribute (and the root of error paths): `factors`, `goals`, … */
  attribute: string;
  /** The element's JS property for the same data. */
  property: () => unknown;
  /** The element's `src`. */
  src: () => string | null | undefined;
  /** Validates raw JSON into typed data; throws a DataError. */
  parse: (raw: unknown, path: string) => T;
}

type Input =
  | { kind: 'none' }
  | { kind: 'value'; value: unknown; path: string }
  | { kind: 'json'; text: string; path: string; script?: true }
  | { kind: 'src'; url: string };

const SCRIPT_CHILD = ':scope > script[type="application/json"]';

export class DataSource<T> implements ReactiveController {
  /** The valid data, or undefined while there is none. */
  value: T | undefined;
  /** Why the current input was rejected. */
  error: DataError | undefined;
  /** True while `src` is being fetched. */
  loading = false;

  private input: Input = { kind: 'none' };
  private abort: AbortController | undefined;
  private reported: DataError | undefined;
  /** Watches the host's children while a script child could change the input. */
  private children: MutationObserver | undefined;
  private watchChildren = false;

  constructor(
    private readonly host: DataHost,
    private readonly options: DataSourceOptions<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observeChildren(this.watchChildren);
    this.input = { kind: 'none' }; // Reload on re-attach: a fetch may have been aborted.
  }

  hostDisconnected(): void {
    this.observeChildren(false);
    this.abort?.abort();
    this.abort = undefined;
  }

  hostUpdate(): void {
    const input = this.readInput();
    // An editor's CMS may add or change the script child after the element is upgraded: that
    // matters while there is no property or attribute data (which a script child cannot beat).
    this.watchChildren = input.kind === 'none' || input.kind === 'src' || (input.kind === 'json' && input.script === true);
    this.observeChildren(this.watchChildren);
    if (sameInput(input, this.input)) return;
    this.input = input;
    this.abort?.abort();
    this.abort = undefined;
    this.loading = false;
    switch (input.kind) {
      case 'none':
        this.settle(undefined, undefined);
        break;
      case 'value':
        this.settleWith(() => this.options.parse(input.value, input.path));
        break;
      case 'json':
        this.settleWith(() => this.options.parse(parseJson(input.text, input.path), input.path));
        break;
      case 'src':
        this.load(input.url);
        break;
    }
  }

  hostUpdated(): void {
    if (this.error && this.error !== this.reported) this.host.reportError(this.error);
    this.reported = this.error;
  }

  private readInput(): Input {
    const { attribute } = this.options;
    const property = this.options.property();
    if (typeof property === 'string') return { kind: 'json', text: property, path: attribute };
    if (property !== undefined && property !== null) return { kind: 'value', value: property, path: attribute };
    const json = this.host.getAttribute(attribute);
    if (json !== null) return { kind: 'json', text: json, path: attribute };
    // Server-side rendering has no children to query and must not fetch: the renderer reads the
    // script child or the `src` file itself and sets the property (`kommun-elements render`).
    if (isServer) return { kind: 'none' };
    const script = this.host.querySelector(SCRIPT_CHILD);
    if (script) return { kind: 'json', text: script.textContent ?? '', path: attribute, script: true };
    const src = this.options.src()?.trim();
    // An address that does not parse (an editor's placeholder, "http://[") is kept as written: load() reports it.
    if (src) return { kind: 'src', url: URL.canParse(src, document.baseURI) ? new URL(src, document.baseURI).href : src };
    return { kind: 'none' };
  }

  private observeChildren(on: boolean): void {
    if (!on || !this.host.isConnected) {
      this.children?.disconnect();
      this.children = undefined;
    } else if (!this.children && !isServer) {
      this.children = new MutationObserver(() => this.host.requestUpdate());
      this.children.observe(this.host, { childList: true, subtree: true, characterData: true });
    }
  }

  private load(url: string): void {
    if (!URL.canParse(url)) {
      this.settle(undefined, new DataError('value', 'src', `src: ${JSON.stringify(url)} is not a valid address`));
      return;
    }
    const abort = new AbortController();
    this.abort = abort;
    this.loading = true;
    fetchJson(url, abort.signal).then(
      (raw) => {
        if (abort.signal.aborted) return;
        this.loading = false;
        this.settleWith(() => this.options.parse(raw, this.options.attribute));
        this.host.requestUpdate();
      },
      (error: unknown) => {
        if (abort.signal.aborted) return;
        this.loading = false;
        this.settle(undefined, toDataError(error, 'src'));
        this.host.requestUpdate();
      },
    );
  }

  private settleWith(parse: () => T): void {
    try {
      this.settle(parse(), undefined);
    } catch (error) {
      this.settle(undefined, toDataError(error, this.options.attribute));
    }
  }

  private settle(value: T | undefined, error: DataError | undefined): void {
    this.value = value;
    this.error = error;
  }
}

function sameInput(a: Input, b: Input): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'none':
      return true;
    case 'value':
      return a.value === (b as typeof a).value;
    case 'json':
      return a.text === (b as typeof a).text;
    case 'src':
      return a.url === (b as typeof a).url;
  }
}

/** Anything thrown while reading data becomes a DataError; nothing reaches the page. */
function toDataError(error: unknown, path: string): DataError {
  if (error instanceof DataError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new DataError('value', path, `${path}: could not be read (${reason})`);
}
