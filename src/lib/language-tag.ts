/** Language tags as the library keys them: pure functions shared by the data and the elements. */

/** The language of the reference data and the fallback of every lookup (SPEC.md, "Language"). */
export const DEFAULT_LANGUAGE = 'sv';

/** `sv-se` → `sv-SE`, `EN` → `en`: the form i18next keys languages by. */
export function normalizeLanguage(tag: string): string {
  const [primary = '', ...rest] = tag.trim().split(/[-_]/);
  return [primary.toLowerCase(), ...rest.map((part) => (part.length === 2 ? part.toUpperCase() : part))].join('-');
}

/** The primary language subtag: `sv-FI` → `sv`. */
export function primaryLanguage(tag: string): string {
  return normalizeLanguage(tag).split('-')[0] ?? '';
}
