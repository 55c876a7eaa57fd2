/**
 * The library's own i18next instance: a host page's i18next is never touched. Each element
 * brings its strings as a namespace named after its tag (plus the shared `core` namespace),
 * so a per-element bundle carries only its own strings.
 */
import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import { validTag } from '../lib/intl-locale.js';
import { DEFAULT_LANGUAGE, normalizeLanguage } from '../lib/language-tag.js';
import coreAr from './locales/ar.json';
import coreEn from './locales/en.json';
import coreFi from './locales/fi.json';
import coreSv from './locales/sv.json';

/** Strings of one namespace: nested objects of text. */
export interface Strings {
  [key: string]: string | Strings;
}

export const i18n: I18n = i18next.createInstance();
void i18n.init({
  initAsync: false,
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  // `sv-SE` reads `sv`; a registered `sv-FI` is still found first.
  load: 'currentOnly',
  ns: ['core'],
  defaultNS: 'core',
  resources: {},
  interpolation: { escapeValue: false }, // Lit escapes; data is never markup.
  returnNull: false,
});

/** Listeners told when strings change at run time (elements re-render). */
const listeners = new Set<() => void>();
export function onLocaleChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The languages whose strings ship with the library. */
export const BUILT_IN_LANGUAGES = ['sv', 'en', 'fi', 'ar'] as const;
export type BuiltInLanguage = (typeof BUILT_IN_LANGUAGES)[number];

/**
 * Adds a language, or replaces strings, at run time. `resources` maps namespaces (an element's
 * tag, or `core`) to strings: `registerLocale('fit', { 'success-factors': { heading: 'Menestystekijät' } })`.
 * docs/locale-template.json holds every key with its Swedish text. A key left out shows in
 * Swedish and is reported once in the console; a string that nests itself through `$t()` is
 * left out with a warning. An invalid language tag throws a RangeError and changes nothing.
 */
export function registerLocale(lang: string, resources: Record<string, Strings>): void {
  if (!validTag(lang)) throw new RangeError(`registerLocale: "${lang}" is not a valid BCP 47 language tag (for example "fit", "sma" or "sv-FI")`);
  const tag = normalizeLanguage(lang);
  for (const [namespace, strings] of Object.entries(resources)) {
    const flat = flatten(strings);
    const cycles = nestingCycles(tag, namespace, flat, {
      scope: (ns) => [ns, 'core'],
      warn: (cycle) =>
        console.warn(`kommun-elements: registerLocale("${tag}"): ${cycle.join(' → ')} nests itself through $t(); the Swedish text is shown instead`),
    });
    for (const key of cycles) flat.delete(key);
    i18n.addResources(tag, namespace, Object.fromEntries(flat));
    reportMissingKeys(tag, namespace);
  }
  for (const listener of listeners) listener();
}

/** Registers an element's built-in strings, one object per built-in language, each with every key of `sv`. */
export function addStrings<T extends Strings>(namespace: string, strings: { sv: T } & Record<Exclude<BuiltInLanguage, 'sv'>, NoInfer<T>>): void {
  for (const lang of BUILT_IN_LANGUAGES) i18n.addResourceBundle(lang, namespace, strings[lang], true, false);
  // An element loaded after a registerLocale() of its namespace: the keys it left out are told now.
  for (const lang of Object.keys(i18n.store.data)) reportMissingKeys(lang, namespace);
}
addStrings('core', { sv: coreSv, en: coreEn, fi: coreFi, ar: coreAr });

/** `{a: {b: 'x'}}` → `a.b` → `'x'`. */
function flatten(strings: Strings, prefix = '', into = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(strings)) {
    if (typeof value === 'string') into.set(prefix + key, value);
    else if (typeof value === 'object' && value !== null) flatten(value, `${prefix}${key}.`, into);
  }
  return into;
}

/** `remaining_one` → `remaining`. */
function pluralBase(key: string): string {
  return key.replace(/_(zero|one|two|few|many|other)$/, '');
}

const reported = new Set<string>();

/** Warns once for each key of the Swedish strings of `namespace` that a registered language lacks. */
function reportMissingKeys(lang: string, namespace: string): void {
  if ((BUILT_IN_LANGUAGES as readonly string[]).includes(lang) || !i18n.hasResourceBundle(lang, namespace)) return;
  const own = flatten(i18n.getResourceBundle(lang, namespace) as Strings);
  const ownBases = new Set([...own.keys()].map(pluralBase));
  const missing = [...flatten(i18n.getResourceBundle(DEFAULT_LANGUAGE, namespace) as Strings).keys()]
    .map(pluralBase)
    .filter((key) => !ownBases.has(key) && !reported.has(`${lang} ${namespace}:${key}`));
  if (missing.length === 0) return;
  for (const key of missing) reported.add(`${lang} ${namespace}:${key}`);
  console.warn(
    `kommun-elements: language "${lang}" has no ${[...new Set(missing)].map((key) => `"${namespace}:${key}"`).join(', ')}; the Swedish text is shown`,
  );
}

const NESTED = /\$t\(\s*([^,)\s]+)/g;

/** How the strings checked by nestingCycles are looked up, and how a cycle is told. */
interface Nesting {
  /** Where a `$t(key)` without a namespace in a string of namespace `ns` is looked for. */
  scope: (ns: string) => string[];
  /** Warns about one cycle: `ns:key` of each string on it, the first again at the end. */
  warn: (cycle: string[]) => void;
}

/**
 * The keys of `strings` (the new strings of `namespace` in `lang`) that nest themselves through
 * `$t()`, directly or round other strings: i18next would show them empty, or overflow the stack.
 */
function nestingCycles(lang: string, namespace: string, strings: Map<string, string>, nesting: Nesting): Set<string> {
  /** Every string the language would use, `namespace:key` → text: its own over the Swedish. */
  const texts = new Map<string, string>();
  for (const source of [DEFAULT_LANGUAGE, lang]) {
    for (const [ns, bundle] of Object.entries(i18n.getDataByLanguage(source) ?? {})) {
      for (const [key, text] of flatten(bundle)) texts.set(`${ns}:${key}`, text);
    }
  }
  for (const [key, text] of strings) texts.set(`${namespace}:${key}`, text);

  const nestedIn = (node: string): string[] => {
    const ns = node.slice(0, node.indexOf(':'));
    return [...(texts.get(node) ?? '').matchAll(NESTED)].flatMap(([, ref = '']) => {
      const names = ref.includes(':') ? [ref] : nesting.scope(ns).map((scope) => `${scope}:${ref}`);
      // `$t(over, {"count": 2})` reaches the plural forms `over_one`, `over_other`, …
      return [...texts.keys()].filter((candidate) => names.some((name) => candidate === name || candidate.startsWith(`${name}_`)));
    });
  };
  const cyclic = new Set<string>();
  const done = new Set<string>();
  const visit = (node: string, path: string[]): void => {
    const loop = path.indexOf(node);
    if (loop >= 0) {
      const cycle = path.slice(loop);
      nesting.warn([...cycle, node]);
      for (const each of cycle) if (each.startsWith(`${namespace}:`)) cyclic.add(each.slice(namespace.length + 1));
      return;
    }
    if (done.has(node)) return;
    for (const next of nestedIn(node)) visit(next, [...path, node]);
    done.add(node);
  };
  for (const key of strings.keys()) visit(`${namespace}:${key}`, []);
  return cyclic;
}

/**
 * The language the UI strings of `namespace` are shown in for a context language: the tag
 * itself, its primary language, else Swedish (SPEC.md: an unknown language falls back to sv).
 */
export function uiLanguage(contextLanguage: string, namespace: string): string {
  const tag = normalizeLanguage(contextLanguage);
  const primary = tag.split('-')[0] ?? DEFAULT_LANGUAGE;
  for (const candidate of [tag, primary]) {
    if (i18n.hasResourceBundle(candidate, namespace)) return candidate;
  }
  return DEFAULT_LANGUAGE;
}

// i18next asks Intl.Locale for a language's text info, about a millisecond a call: once per language.
const directions = new Map<string, 'ltr' | 'rtl'>();

/** Text direction of a language, so that an RTL language added with registerLocale lays out right. */
export function languageDirection(lang: string): 'ltr' | 'rtl' {
  let dir = directions.get(lang);
  if (!dir) directions.set(lang, (dir = i18n.dir(lang)));
  return dir;
}

/** Translators without overrides, shared by every element: `lang namespaces` → t. */
const translators = new Map<string, TFunction>();
/** Translators with overrides, per overrides object (one element's parsed `i18n`). */
const overriddenTranslators = new WeakMap<Strings, Map<string, TFunction>>();

/**
 * A translator for one element: its namespaces (its own first), then `core`, with per-element
 * overrides (the `i18n` attribute) in a namespace of their own before both, so that i18next
 * looks them up, picks their plural forms and nests and interpolates them as any other string.
 * Made once per language, namespaces and overrides object, not on every update: the strings
 * are looked up when it is called, so one made before a registerLocale() still finds the new ones.
 */
export function translator(lang: string, namespaces: readonly string[], overrides: Strings | undefined): TFunction {
  let cache = translators;
  if (overrides) {
    cache = overriddenTranslators.get(overrides) ?? new Map<string, TFunction>();
    overriddenTranslators.set(overrides, cache);
  }
  const key = `${lang} ${namespaces.join(' ')}`;
  let t = cache.get(key);
  if (!t) {
    const own = [...new Set([...namespaces, 'core'])];
    t = i18n.getFixedT(lang, overrides ? [overridesNamespace(lang, own, overrides), ...own] : own);
    cache.set(key, t);
  }
  return t;
}

/** The namespaces holding overrides: `lang namespaces JSON` → name. Identical overrides share one. */
const overrideNamespaces = new Map<string, string>();

/**
 * The namespace of `overrides` for elements of `namespaces` in `lang`. One per language: i18next
 * tries each namespace in the language and then in Swedish before the next namespace, so
 * Swedish overrides in the same namespace would beat the element's own English strings.
 */
function overridesNamespace(lang: string, namespaces: string[], overrides: Strings): string {
  const content = `${lang} ${namespaces.join(' ')} ${JSON.stringify(overrides)}`;
  const known = overrideNamespaces.get(content);
  if (known) return known;
  const name = `overrides-${overrideNamespaces.size + 1}`;
  overrideNamespaces.set(content, name);
  const keys = new Set<string>();
  for (const namespace of namespaces) {
    for (const key of flatten((i18n.getResourceBundle(DEFAULT_LANGUAGE, namespace) ?? {}) as Strings).keys()) keys.add(key).add(pluralBase(key));
  }
  const strings = overridesIn(lang, keys, overrides);
  const shown = (node: string) => (node.startsWith(`${name}:`) ? `i18n.${node.slice(name.length + 1)}` : node);
  const cycles = nestingCycles(lang, name, strings, {
    scope: () => [name, ...namespaces],
    warn: (cycle) =>
      console.warn(`kommun-elements: <${namespaces[0]}> ${cycle.map(shown).join(' → ')} nests itself through $t(); the built-in text is shown instead`),
  });
  for (const key of cycles) strings.delete(key);
  i18n.addResources(lang, name, Object.fromEntries(strings));
  return name;
}

/**
 * The overrides for `lang`, flat (`status.heading` → text). A string is used in every language.
 * An object is a language map (`{"sv": "…", "en": "…"}`) where the element has a string at its
 * path among `keys` (`question`, or `remaining` for `remaining_one`/`remaining_other`), else a
 * group of keys (`{"trend": {"better": "…"}}`). From a language map `sv-FI` takes `sv-FI`, else `sv`.
 */
function overridesIn(lang: string, keys: Set<string>, overrides: Strings, prefix = '', into = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(overrides)) {
    const path = prefix + key;
    if (typeof value === 'string') into.set(path, value);
    else if (typeof value !== 'object' || value === null) continue;
    else if (!keys.has(path)) overridesIn(lang, keys, value, `${path}.`, into);
    else {
      const text = value[lang] ?? value[lang.split('-')[0] ?? ''];
      if (typeof text === 'string') into.set(path, text);
    }
  }
  return into;
}
