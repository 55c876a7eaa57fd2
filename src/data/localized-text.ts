/** Picking the shown language of a LocalizedText (SPEC.md, "Data in"). */
import { DEFAULT_LANGUAGE, normalizeLanguage, primaryLanguage as primary } from '../lib/language-tag.js';
import type { LocalizedText } from './types.js';
import { localizedText, parseJson } from '../lib/validate.js';

export interface PickedText {
  text: string;
  /** The text's language when it differs from the language around it (WCAG 3.1.2), else undefined. */
  lang: string | undefined;
}

/**
 * The text in `lang`: the exact tag, then its primary language, then Swedish, then the first
 * present. `around` is the language of the surrounding text (the element's UI language).
 */
export function pickText(value: LocalizedText, lang: string, around: string = lang): PickedText {
  if (typeof value === 'string') return { text: value, lang: undefined };
  const keys = Object.keys(value);
  const wanted = normalizeLanguage(lang).toLowerCase();
  const key =
    keys.find((k) => k.toLowerCase() === wanted) ??
    keys.find((k) => primary(k) === primary(lang)) ??
    keys.find((k) => primary(k) === DEFAULT_LANGUAGE) ??
    keys[0] ??
    '';
  return { text: value[key] ?? '', lang: primary(key) === primary(around) ? undefined : key };
}

/** Paragraphs of a description: one per entry, and a blank line inside a text starts another. */
export function paragraphs(entries: readonly LocalizedText[], lang: string, around: string = lang): PickedText[] {
  return entries.flatMap((entry) => {
    const picked = pickText(entry, lang, around);
    return picked.text
      .split(/\n\s*\n/)
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => ({ text: part, lang: picked.lang }));
  });
}

/** An attribute holding plain text or LocalizedText JSON; undefined when absent or blank. */
export function localizedAttribute(value: string | null | undefined): LocalizedText | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  if (!trimmed.startsWith('{')) return trimmed;
  try {
    return localizedText(parseJson(trimmed, 'text'), 'text');
  } catch {
    return trimmed; // Text that merely starts with a brace is still text.
  }
}
