/**
 * Small hand-written validators for the JSON data the elements take. Each takes an unknown
 * value and the path it was found at, and returns typed data or throws a DataError naming
 * that path. The first error rejects the whole value: nothing half-valid gets through.
 */
import { DataError } from './data-error.js';

export type Validator<T> = (value: unknown, path: string) => T;

/** A plain string, or language → string: `{"sv": "Folkhälsa", "en": "Public health"}`. */
export type LocalizedText = string | Readonly<Record<string, string>>;

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.slice(0, 40))}`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${value}`;
  return typeof value === 'object' ? 'an object' : typeof value;
}

export function typeError(path: string, expected: string, value: unknown): DataError {
  return new DataError('type', path, `${path}: expected ${expected}, got ${describe(value)}`);
}

export const field = (path: string, key: string) => (path ? `${path}.${key}` : key);

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function record(value: unknown, path: string): Record<string, unknown> {
  if (!isRecord(value)) throw typeError(path, 'an object', value);
  return value;
}

export function list<T>(item: Validator<T>, { nonEmpty = false } = {}): Validator<T[]> {
  return (value, path) => {
    if (!Array.isArray(value)) throw typeError(path, 'a list', value);
    if (nonEmpty && value.length === 0) {
      throw new DataError('empty', path, `${path}: the list is empty`);
    }
    return value.map((entry, i) => item(entry, `${path}[${i}]`));
  };
}

export function text(value: unknown, path: string): string {
  if (typeof value !== 'string') throw typeError(path, 'text', value);
  return value;
}

export function nonBlankText(value: unknown, path: string): string {
  const result = text(value, path);
  if (!result.trim()) throw new DataError('required', path, `${path}: is empty`);
  return result;
}

export function number(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw typeError(path, 'a number', value);
  return value;
}

export function boolean(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') throw typeError(path, 'true or false', value);
  return value;
}

export function oneOf<T extends string>(allowed: readonly T[]): Validator<T> {
  return (value, path) => {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    throw new DataError('value', path, `${path}: expected one of ${allowed.join(', ')}, got ${describe(value)}`);
  };
}

/** A language tag as used for keys of LocalizedText: `sv`, `en`, `se`, `sv-SE`, … */
const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

/** A plain string, or an object of language → string with at least one language. */
export function localizedText(value: unknown, path: string): LocalizedText {
  if (typeof value === 'string') return nonBlankText(value, path);
  if (!isRecord(value)) throw typeError(path, 'text or an object like {"sv": "…", "en": "…"}', value);
  const entries = Object.entries(value);
  if (entries.length === 0) throw new DataError('required', path, `${path}: has no language`);
  for (const [lang, translation] of entries) {
    if (!LANGUAGE_TAG.test(lang)) {
      throw new DataError('value', field(path, lang), `${field(path, lang)}: "${lang}" is not a language code`);
    }
    nonBlankText(translation, field(path, lang));
  }
  return value as Record<string, string>;
}

/** Reads a required field of an object with the given validator. */
export function required<T>(object: Record<string, unknown>, key: string, path: string, item: Validator<T>): T {
  const at = field(path, key);
  if (object[key] === undefined || object[key] === null) {
    throw new DataError('required', at, `${at}: is missing`);
  }
  return item(object[key], at);
}

/** Reads an optional field; absent (or null) gives undefined. */
export function optional<T>(object: Record<string, unknown>, key: string, path: string, item: Validator<T>): T | undefined {
  const value = object[key];
  return value === undefined || value === null ? undefined : item(value, field(path, key));
}

/** Parses JSON text, turning a syntax error into a DataError at `path`. */
export function parseJson(source: string, path: string): unknown {
  try {
    return JSON.parse(source) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DataError('json', path, `${path}: is not valid JSON (${reason})`);
  }
}

/**
 * Lowercase slug of a title, for goal ids and anchors: "Hållbar ekonomi" → "hallbar-ekonomi".
 * Latin letters lose their accents; letters, marks and digits of other scripts are kept
 * ("Устойчивая экономика" → "устойчивая-экономика", "اقتصاد مستدام" → "اقتصاد-مستدام"): an id
 * may hold any character but whitespace, and a URL fragment percent-encodes them.
 */
export function slug(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})[\u0300-\u036f]+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** Leaves optional fields out rather than present as undefined, so data compares and prints cleanly. */
export function dropUndefined<T extends object>(object: T): T {
  for (const key of Object.keys(object) as (keyof T)[]) {
    if (object[key] === undefined) delete object[key];
  }
  return object;
}
