/**
 * The one place a language becomes a locale for Intl (SPEC.md, "Language"): every date, time,
 * number, list and plural the library formats goes through `intlLocale`.
 */
import { DEFAULT_LANGUAGE, primaryLanguage } from './language-tag.js';

/**
 * Unicode extensions a language is always formatted with. Arabic gets Latin digits on purpose:
 * residents in Sweden read times, phone numbers and addresses in Latin digits on every sign,
 * letter and timetable, and Arabic-speaking countries differ (Arabic-Indic in the Levant and
 * Iraq, Latin in the Maghreb), so Latin digits are the ones every reader shares.
 */
const EXTENSIONS: Record<string, Intl.LocaleOptions> = {
  ar: { numberingSystem: 'latn' },
};

const locales = new Map<string, string>();

/**
 * The locale to format in for `lang`: the language itself when Intl has data for it, else
 * Swedish (Meänkieli, Sami and Romani are not in Intl, which would fall to en-US); an invalid
 * tag is Swedish too rather than a RangeError. The Gregorian calendar always (Persian would
 * otherwise get the Solar Hijri calendar). `ar` → `ar-u-ca-gregory-nu-latn`, `fit` → `sv-u-ca-gregory`.
 */
export function intlLocale(lang: string): string {
  let locale = locales.get(lang);
  if (locale === undefined) {
    const supported = validTag(lang) && Intl.DateTimeFormat.supportedLocalesOf(lang).length > 0;
    const tag = supported ? lang : DEFAULT_LANGUAGE;
    locale = new Intl.Locale(tag, { calendar: 'gregory', ...EXTENSIONS[primaryLanguage(tag)] }).toString();
    locales.set(lang, locale);
  }
  return locale;
}

/** Whether `tag` is a well-formed BCP 47 language tag (`fi`, `sv-FI`, `sma`), not `"sv SE"`. */
export function validTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}
