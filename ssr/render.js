// @ts-check
/**
 * Server-side rendering of kommun-elements (SPEC.md, "Command line"): HTML in, the same HTML out
 * with each element's shadow DOM inserted right after its start tag as declarative shadow DOM
 * (`<template shadowrootmode="open">`), so that the content shows without JavaScript.
 *
 * Only insertions: every byte of the input outside the inserted templates is kept as it was
 * (parse5 with source locations tells where each start tag ends). An element that already holds a
 * declarative shadow root is rendered again and its old template replaced, so rendering is
 * idempotent: render(render(page)) === render(page).
 *
 * Data comes as the element would read it in a browser, highest priority first: the JSON
 * attribute, a child `<script type="application/json">`, `src`. A `src` file is read from disk:
 * a relative path from the page's folder, an absolute one (`/data/mal.json`) from `root`. Bad data
 * is an error naming the element and the field path (`success-factors: factors[1].label: is missing`).
 *
 * Uses the built library (`dist/`), Lit's server renderer (@lit-labs/ssr) and parse5.
 */
import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import { basename, join, relative, resolve, sep } from 'node:path';
import { LitElementRenderer } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { parse } from 'parse5';

// The built library registers the elements in Lit's server registry (lit's `node` export).
const library = new URL('../dist/index.js', import.meta.url).href;
try {
  await import(library);
} catch (error) {
  const { code, message } = /** @type {NodeJS.ErrnoException} */ (error);
  if (code !== 'ERR_MODULE_NOT_FOUND' || !message.includes('dist')) throw error;
  throw new Error('kommun-elements render needs the built library in dist/: run `npm run build` first.', { cause: error });
}

/** @typedef {import('../dist/types/base/server-rendering.js').ServerRendering} ServerRendering */

/**
 * How the element named `tag` is pre-rendered, as its class declares it (`static ssr`), or
 * undefined when it is not one of ours.
 * @param {string} tag
 * @returns {ServerRendering | undefined}
 */
function declaration(tag) {
  if (!tag.includes('-')) return undefined;
  // Lit's server registry (the DOM shim's), where the built library defined its elements.
  const ssr = /** @type {{ ssr?: unknown } | undefined} */ (globalThis.customElements.get(tag))?.ssr;
  return typeof ssr === 'object' && ssr !== null ? /** @type {ServerRendering} */ (ssr) : undefined;
}

/** The largest data file read, as in the browser (src/base/fetch-json.ts). */
const MAX_DATA_BYTES = 2_000_000;

/**
 * @typedef {object} Problem
 * @property {string} element The tag name.
 * @property {string} message `<tag>: <path>: <what>`, as the element's console warning says it.
 * @property {string} [path] The field path (`goals[2].title`), for bad data.
 * @property {string} where `page.html:12:5`, the element's start tag.
 */

/**
 * @typedef {object} RenderOptions
 * @property {string} [file] The page's path, for messages and as the folder relative `src` paths start from.
 * @property {string} [root] The folder absolute `src` paths (`/data/mal.json`) start from. Default: the page's folder, else the working directory.
 * @property {string} [lang] The language around the elements when the HTML names none (a snippet for an English page: `en`).
 */

/**
 * @typedef {object} RenderOutcome
 * @property {string} html The page with the elements pre-rendered (meaningless when there are errors).
 * @property {Problem[]} errors Bad data, or an element that could not be rendered.
 * @property {Problem[]} warnings Everything else the elements warned about.
 * @property {number} rendered How many elements were pre-rendered.
 */

/**
 * Pre-renders every element in `html`: a whole page or a snippet.
 * @param {string} html
 * @param {RenderOptions} [options]
 * @returns {Promise<RenderOutcome>}
 */
export async function renderHtml(html, options = {}) {
  const dir = options.file ? resolve(options.file, '..') : process.cwd();
  const root = resolve(options.root ?? dir);
  const name = options.file ? basename(options.file) : '<stdin>';
  const document = parse(html, { sourceCodeLocationInfo: true });
  /** @type {Edit[]} */
  const edits = [];
  /** @type {RenderOutcome} */
  const outcome = { html, errors: [], warnings: [], rendered: 0 };
  for (const element of findElements(document)) {
    const location = element.sourceCodeLocation;
    if (!location?.startTag) continue; // Every element written in the source has one.
    const where = `${name}:${location.startTag.startLine}:${location.startTag.startCol}`;
    const ssr = /** @type {ServerRendering} */ (declaration(element.tagName));
    const result = await renderElement(element, ssr, { dir, root, where, lang: options.lang });
    outcome.errors.push(...result.errors);
    outcome.warnings.push(...result.warnings);
    if (result.shadow === undefined) continue;
    outcome.rendered++;
    for (const old of [declarativeRoot(element), jsonLdChild(element)]) {
      if (old?.sourceCodeLocation) edits.push({ start: old.sourceCodeLocation.startOffset, end: old.sourceCodeLocation.endOffset, text: '' });
    }
    edits.push({ start: location.startTag.endOffset, end: location.startTag.endOffset, text: result.shadow + (result.lightDom ?? '') });
  }
  outcome.html = applyEdits(html, edits);
  return outcome;
}

// ---------------------------------------------------------------------------------------------
// Finding the elements

/** @typedef {import('parse5').DefaultTreeAdapterMap['element']} Element */
/** @typedef {import('parse5').DefaultTreeAdapterMap['parentNode']} ParentNode */
/** @typedef {import('parse5').DefaultTreeAdapterMap['node']} Node */

/**
 * Our elements in document order, except those inside another one's light DOM (fallback content
 * or slotted text, not shown once that one renders) and those in `<template>` content.
 * @param {ParentNode} node
 * @returns {Element[]}
 */
function findElements(node) {
  /** @type {Element[]} */
  const found = [];
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue;
    if (declaration(child.tagName)) found.push(child);
    else found.push(...findElements(child)); // parse5 keeps <template> content out of childNodes.
  }
  return found;
}

/** @param {Element} element @param {string} name */
const attribute = (element, name) => element.attrs.find((each) => each.name === name)?.value;

/**
 * The nearest non-empty value of `name` on an ancestor (`lang=""` means unknown: keep looking).
 * @param {Element} element
 * @param {string} name
 */
function inherited(element, name) {
  for (let node = element.parentNode; node && 'tagName' in node; node = node.parentNode) {
    const value = attribute(node, name);
    if (value) return value;
  }
  return undefined;
}

/**
 * The element's declarative shadow root from an earlier render: the first child
 * `<template shadowrootmode>`, as a browser takes it.
 * @param {Element} element
 */
function declarativeRoot(element) {
  return element.childNodes.find(
    /** @returns {node is Element} */ (node) => 'tagName' in node && node.tagName === 'template' && attribute(node, 'shadowrootmode') !== undefined,
  );
}

/**
 * The JSON-LD script an earlier render put in the element's light DOM.
 * @param {Element} element
 */
function jsonLdChild(element) {
  return element.childNodes.find(
    /** @returns {node is Element} */ (node) => 'tagName' in node && node.tagName === 'script' && attribute(node, 'data-kommun-json-ld') !== undefined,
  );
}

/**
 * Whether the light DOM holds content for the default slot: text, or an element other than the
 * data script, a template or one meant for a named slot.
 * @param {Element} element
 */
function hasFreeText(element) {
  return element.childNodes.some((node) =>
    'tagName' in node
      ? attribute(node, 'slot') === undefined && node.tagName !== 'script' && node.tagName !== 'template'
      : node.nodeName === '#text' && 'value' in node && node.value.trim() !== '',
  );
}

/**
 * The text of a child `<script type="application/json">`, as the element reads it.
 * @param {Element} element
 */
function scriptChild(element) {
  const script = element.childNodes.find(
    /** @returns {node is Element} */ (node) =>
      'tagName' in node && node.tagName === 'script' && attribute(node, 'type')?.trim().toLowerCase() === 'application/json',
  );
  if (!script) return undefined;
  return script.childNodes.map((node) => ('value' in node && node.nodeName === '#text' ? node.value : '')).join('');
}

// ---------------------------------------------------------------------------------------------
// Rendering one element

/**
 * @typedef {object} Context
 * @property {string} dir
 * @property {string} root
 * @property {string} where
 * @property {string | undefined} lang
 */

/**
 * @typedef {object} Collector The problems of the element being rendered (one at a time: its
 *   rendering is synchronous).
 * @property {string} where
 * @property {Problem[]} errors
 * @property {Problem[]} warnings
 */

/** @type {Collector | undefined} */
let current;

/**
 * Lit's element renderer, plus what our elements need on the server: `kommun-error` is collected,
 * and the element is given the `lang` and `dir` of its context (it cannot see its ancestors).
 * Only its shadow root is written: its start tag stays as the page has it.
 */
class KommunElementRenderer extends LitElementRenderer {
  /** @param {string} tagName */
  constructor(tagName) {
    super(tagName);
    this.element?.addEventListener('kommun-error', (event) => {
      event.stopPropagation(); // Each element's listener reports its own, once.
      const { message, path } = /** @type {CustomEvent<{ message: string, path: string }>} */ (event).detail;
      current?.errors.push({ element: tagName, message: `${tagName}: ${message}`, path, where: current.where });
    });
  }

  /**
   * Sets `lang` or `dir` for the element's context unless it has its own.
   * @param {string} name
   * @param {string | undefined} value
   */
  setContext(name, value) {
    if (value && this.element && !this.element.hasAttribute(name)) this.element.setAttribute(name, value);
  }
}

/**
 * Renders one element's shadow DOM, or says why it cannot be.
 * @param {Element} node
 * @param {ServerRendering} ssr
 * @param {Context} context
 * @returns {Promise<{ shadow?: string, lightDom?: string, errors: Problem[], warnings: Problem[] }>}
 */
async function renderElement(node, ssr, context) {
  const tag = node.tagName;
  /** @type {Problem[]} */
  const errors = [];
  /** @type {Problem[]} */
  const warnings = [];
  /** @param {string} message @param {string} [path] */
  const fail = (message, path) => {
    errors.push({ element: tag, message: `${tag}: ${message}`, path, where: context.where });
    return { errors, warnings };
  };
  if (ssr.skip !== undefined) return { errors, warnings };

  const renderer = new KommunElementRenderer(tag);
  for (const { name, value } of node.attrs) renderer.setAttribute(name, value);
  renderer.setContext('lang', inherited(node, 'lang') ?? context.lang);
  renderer.setContext('dir', inherited(node, 'dir'));

  if (ssr.freeText) renderer.setProperty('ssrFreeText', hasFreeText(node));
  if (ssr.data && attribute(node, ssr.data) === undefined) {
    const script = scriptChild(node);
    const src = attribute(node, 'src')?.trim();
    if (script !== undefined) {
      renderer.setProperty(ssr.data, script);
    } else if (ssr.src && src) {
      const data = await readData(src, context);
      if ('error' in data) return fail(data.error, 'src');
      renderer.setProperty(ssr.data, data.value);
    }
  }

  /** @type {import('@lit-labs/ssr').RenderInfo} */
  const renderInfo = {
    elementRenderers: [KommunElementRenderer],
    customElementInstanceStack: [renderer],
    customElementHostStack: [],
    eventTargetStack: renderer.element ? [renderer.element] : [],
    slotStack: [],
    deferHydration: false,
  };
  current = { where: context.where, errors, warnings };
  const warn = console.warn;
  console.warn = (...args) => warnings.push({ element: tag, message: args.map(String).join(' '), where: context.where });
  try {
    renderer.connectedCallback();
    renderInfo.customElementHostStack.push(renderer);
    const shadow = renderer.renderShadow(renderInfo);
    if (shadow === undefined) return { errors, warnings };
    // Synchronous from here to `finally`, so that concurrent calls cannot mix their collectors.
    const content = collectResultSync(shadow);
    const { mode = 'open', delegatesFocus } = renderer.shadowRootOptions;
    const template = `<template shadowrootmode="${mode}"${delegatesFocus ? ' shadowrootdelegatesfocus' : ''}>${content}</template>`;
    // JSON-LD goes in light DOM, where crawlers read it (<contact-status>).
    const jsonLd = /** @type {{ jsonLdScript?: string } | undefined} */ (renderer.element)?.jsonLdScript;
    const lightDom = jsonLd === undefined ? undefined : `<script type="application/ld+json" data-kommun-json-ld>${jsonLd}</script>`;
    return { shadow: errors.length ? undefined : template, lightDom, errors, warnings: withoutEchoes(warnings, errors) };
  } catch (error) {
    return fail(`could not be rendered on the server (${error instanceof Error ? `${error.name}: ${error.message}` : String(error)})`);
  } finally {
    console.warn = warn;
    current = undefined;
  }
}

/**
 * The warnings that are not the console echo of an error (an element warns and dispatches
 * `kommun-error` for the same problem).
 * @param {Problem[]} warnings
 * @param {Problem[]} errors
 */
function withoutEchoes(warnings, errors) {
  const said = new Set(errors.map((error) => error.message));
  return warnings.filter((warning) => !said.has(warning.message));
}

/**
 * Whether `path` is `folder` or inside it (both absolute and normalised).
 * @param {string} folder
 * @param {string} path
 */
const isInside = (folder, path) => path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);

/**
 * Reads a `src` data file from disk: relative to the page's folder, or absolute from `root`.
 * Only a regular file inside the root, links resolved (a link out of the root is refused), is
 * read, and only when its size (taken from the open file) is within the limit: a FIFO, a device
 * or a folder is refused without reading. No message quotes what a file holds.
 * @param {string} src
 * @param {Context} context
 * @returns {Promise<{ value: unknown } | { error: string }>}
 */
async function readData(src, context) {
  const shown = JSON.stringify(src);
  if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(src)) {
    return { error: `src: ${shown} is a URL; render reads data files from disk: give a path relative to the page, or one from --root (/data/mal.json)` };
  }
  let path;
  try {
    path = decodeURIComponent(src.replace(/[?#].*$/s, ''));
  } catch {
    return { error: `src: ${shown} is not a valid path` };
  }
  if (path.includes('\0')) return { error: `src: ${shown} is not a valid path` };
  const file = path.startsWith('/') ? join(context.root, path) : resolve(context.dir, path);
  const outside = { error: `src: ${shown} leads out of the root folder ${context.root}` };
  if (!isInside(context.root, file)) return outside;
  const shownFile = relative(process.cwd(), file) || file;
  /** @param {unknown} error */
  const unreadable = (error) => ({ error: `src: ${shownFile} could not be read (${/** @type {NodeJS.ErrnoException} */ (error).code ?? 'error'})` });
  let real;
  try {
    real = await realpath(file);
    if (!isInside(await realpath(context.root), real)) return outside; // a link that points out
  } catch (error) {
    return unreadable(error);
  }
  let text;
  /** @type {import('node:fs/promises').FileHandle | undefined} */
  let handle;
  try {
    // Non-blocking, so that opening a FIFO does not wait for a writer; no link followed after realpath.
    handle = await open(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
    const stat = await handle.stat();
    if (!stat.isFile()) return { error: `src: ${shownFile} is not a regular file` };
    if (stat.size > MAX_DATA_BYTES) return { error: `src: ${shownFile} is larger than ${MAX_DATA_BYTES} bytes` };
    // Read at most one byte past the limit, in case the file grows between stat and read.
    const buffer = Buffer.alloc(stat.size + 1);
    let length = 0;
    for (let read = -1; read !== 0 && length < buffer.length; length += read) {
      ({ bytesRead: read } = await handle.read(buffer, length, buffer.length - length, length));
    }
    if (length > MAX_DATA_BYTES) return { error: `src: ${shownFile} is larger than ${MAX_DATA_BYTES} bytes` };
    text = buffer.subarray(0, length).toString('utf8');
  } catch (error) {
    return unreadable(error);
  } finally {
    await handle?.close();
  }
  try {
    return { value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch {
    // Not the parser's message: it quotes the text around the error.
    return { error: `src: ${shownFile} is not valid JSON` };
  }
}

// ---------------------------------------------------------------------------------------------
// Writing the result

/** @typedef {{ start: number, end: number, text: string }} Edit */

/**
 * The input with the edits applied; outside them every character is kept.
 * @param {string} html
 * @param {Edit[]} edits
 */
function applyEdits(html, edits) {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const edit of sorted) {
    out += html.slice(at, edit.start) + edit.text;
    at = Math.max(at, edit.end);
  }
  return out + html.slice(at);
}
