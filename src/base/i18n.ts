/**
 * The library's own i18next instance: a host page's i18next is never touched. Each element
 * brings its strings as a namespace named after its tag (plus the shared `core` namespace),
 * so a per-element bundle carries only its own strings.
 */
import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import { DEFAULT_LANGUAGE, normalizeLanguage } from '../lib/language-tag.js';
import coreEn from './locales/en.json';
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

/**
 * Adds a language, or replaces strings, at run time. `resources` maps namespaces (an element's
 * tag, or `core`) to strings: `registerLocale('fi', { 'success-factors': { heading: 'Menestystekijät' } })`.
 */
export function registerLocale(lang: string, resources: Record<string, Strings>): void {
  for (const [namespace, strings] of Object.entries(resources)) {
    i18n.addResourceBundle(normalizeLanguage(lang), namespace, strings, true, true);
  }
  for (const listener of listeners) listener();
}

/** Registers an element's built-in Swedish and English strings; `en` must have every key of `sv`. */
export function addStrings<T extends Strings>(namespace: string, sv: T, en: NoInfer<T>): void {
  i18n.addResourceBundle('sv', namespace, sv, true, false);
  i18n.addResourceBundle('en', namespace, en, true, false);
}
addStrings('core', coreSv, coreEn);

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

/** Translators without overrides, shared by every element: `lang namespace` → t. */
const translators = new Map<string, TFunction>();
/** Translators with overrides, per overrides object (one element's parsed `i18n`). */
const overriddenTranslators = new WeakMap<Strings, Map<string, TFunction>>();

/**
 * A translator for one element: its namespace first, then `core`, with per-element overrides
 * (the `i18n` attribute) taking precedence over both. Made once per language, namespace and
 * overrides object, not on every update: the strings are looked up when it is called, so one
 * made before a registerLocale() still finds the new ones.
 */
export function translator(lang: string, namespace: string, overrides: Strings | undefined): TFunction {
  let cache = translators;
  if (overrides) {
    cache = overriddenTranslators.get(overrides) ?? new Map<string, TFunction>();
    overriddenTranslators.set(overrides, cache);
  }
  const key = `${lang} ${namespace}`;
  let t = cache.get(key);
  if (!t) {
    t = makeTranslator(lang, namespace, overrides);
    cache.set(key, t);
  }
  return t;
}

function makeTranslator(lang: string, namespace: string, overrides: Strings | undefined): TFunction {
  const t = i18n.getFixedT(lang, [namespace, 'core']);
  if (!overrides) return t;
  const plurals = new Intl.PluralRules(lang);
  return ((key: string | string[], options?: Record<string, unknown>) => {
    const keys = Array.isArray(key) ? key : [key];
    const count = options?.['count'];
    // Plural keys are tried first, as i18next does: `counter_one`, `counter_other`.
    const suffix = typeof count === 'number' ? `_${plurals.select(count)}` : undefined;
    for (const candidate of keys) {
      const path = candidate.replace(/^[\w-]+:/, '');
      const override = (suffix && lookup(overrides, path + suffix, lang)) ?? lookup(overrides, path, lang);
      if (override !== undefined) return i18n.services.interpolator.interpolate(override, options ?? {}, lang, {});
    }
    return t(key, options);
  }) as TFunction;
}

/**
 * An override is a string (used in every language) or, so that a bilingual page stays right,
 * an object of language → string: `{"question": {"sv": "Fick du hjälp?", "en": "Did this help?"}}`.
 */
function lookup(strings: Strings, key: string, lang: string): string | undefined {
  let node: string | Strings | undefined = strings;
  for (const part of key.split('.')) {
    if (typeof node !== 'object') return undefined;
    node = node[part];
  }
  if (typeof node === 'object') node = node[lang] ?? node[lang.split('-')[0] ?? ''];
  return typeof node === 'string' ? node : undefined;
}
