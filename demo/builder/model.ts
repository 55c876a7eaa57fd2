/**
 * The builder's model: pure functions over the goal-set object itself. Every form field reads
 * and writes one path in it, so whatever the form does not show (`page`, `period`, unknown keys,
 * other languages) is never touched and a round trip is lossless by construction.
 */
import { DataError, parseContact, factorsFrom, goalsFrom, parseGoal, parseOpeningHours } from '../../src/data.js';
import type { LocalizedText } from '../../src/data.js';
import { DAY_NAMES } from '../../src/lib/hours/opening-hours.js';
import { fallbackList, snippetOf } from '../../src/data/snippet.js';
import { isRecord, slug } from '../../src/lib/validate.js';
import { pickText } from '../../src/data/localized-text.js';

/** A goal set as the builder holds it: JSON, with any keys. */
export type GoalSetData = Record<string, unknown>;

export type Step = string | number;

/** `goals[2].indicators[0].value` → `['goals', 2, 'indicators', 0, 'value']`. */
export function parsePath(path: string): Step[] {
  return [...path.matchAll(/\[(\d+)\]|([^.[\]]+)/g)].map(([, index, name]) => (index === undefined ? name! : Number(index)));
}

/** The path as the library's DataError writes it. */
export function pathText(steps: readonly Step[]): string {
  return steps.map((step, i) => (typeof step === 'number' ? `[${step}]` : i === 0 ? step : `.${step}`)).join('');
}

export function getAt(data: unknown, path: string): unknown {
  let node = data;
  for (const step of parsePath(path)) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<Step, unknown>)[step];
  }
  return node;
}

const isEmpty = (value: unknown) => (Array.isArray(value) ? value.length === 0 : isRecord(value) && Object.keys(value).length === 0);

/**
 * A copy of `data` with `value` at `path` (copies along the path only, the rest shared).
 * `undefined` removes the field, and an object or list left empty by that goes too, up to the
 * nearest list item: empty optional fields are left out rather than written as "".
 */
export function setAt(data: GoalSetData, path: string, value: unknown): GoalSetData {
  const steps = parsePath(path);
  const write = (node: unknown, depth: number): unknown => {
    const step = steps[depth]!;
    const container = (Array.isArray(node) ? [...(node as unknown[])] : isRecord(node) ? { ...node } : typeof step === 'number' ? [] : {}) as Record<
      Step,
      unknown
    >;
    const next = depth === steps.length - 1 ? value : write(container[step], depth + 1);
    const prune = next === undefined || (depth < steps.length - 1 && typeof step === 'string' && isEmpty(next));
    if (prune && typeof step === 'string') delete container[step];
    else container[step] = next;
    return container;
  };
  return write(data, 0) as GoalSetData;
}

// ---------------------------------------------------------------------------------------------
// Lists

export function listAt(data: unknown, path: string): unknown[] {
  const list = getAt(data, path);
  return Array.isArray(list) ? list : [];
}

export function addItem(data: GoalSetData, path: string, item: unknown): GoalSetData {
  return setAt(data, path, [...listAt(data, path), item]);
}

export function removeItem(data: GoalSetData, path: string, index: number): GoalSetData {
  const list = listAt(data, path).filter((_, i) => i !== index);
  return setAt(data, path, list.length ? list : undefined);
}

export function moveItem(data: GoalSetData, path: string, from: number, to: number): GoalSetData {
  const list = [...listAt(data, path)];
  if (to < 0 || to >= list.length) return data;
  const [item] = list.splice(from, 1);
  list.splice(to, 0, item);
  return setAt(data, path, list);
}

// ---------------------------------------------------------------------------------------------
// Field values: what a control shows, and what its text writes

export const blank = (text: string) => text.trim() === '';

/** A text field: its text, or nothing. */
export const textValue = (text: string): string | undefined => (blank(text) ? undefined : text);

/** The text of a LocalizedText in one language; a plain string is Swedish. */
export function textIn(value: unknown, lang: string): string {
  if (typeof value === 'string') return lang === 'sv' ? value : '';
  return isRecord(value) && typeof value[lang] === 'string' ? value[lang] : '';
}

/**
 * A LocalizedText with one language written: a plain string stays one unless another language
 * is filled in; other languages present are kept; nothing left is undefined.
 */
export function withLanguage(current: unknown, lang: string, text: string): LocalizedText | undefined {
  const value = textValue(text);
  if (current === undefined || typeof current === 'string' || !isRecord(current)) {
    const swedish = typeof current === 'string' ? current : undefined;
    if (lang === 'sv') return value;
    if (value === undefined) return swedish;
    return swedish === undefined ? { [lang]: value } : { sv: swedish, [lang]: value };
  }
  const next: Record<string, string> = { ...(current as Record<string, string>) };
  if (value === undefined) delete next[lang];
  else next[lang] = value;
  return Object.keys(next).length ? next : undefined;
}

const PARAGRAPH_BREAK = /\n\s*\n/;

/** A description's paragraphs in one language, a blank line between them. */
export function paragraphsIn(value: unknown, lang: string): string {
  const entries = Array.isArray(value) ? (value as unknown[]) : value === undefined ? [] : [value];
  return entries
    .map((entry) => textIn(entry, lang))
    .filter(Boolean)
    .join('\n\n');
}

/** A description with one language's paragraphs written: paragraph i of each language is entry i. */
export function withParagraphs(current: unknown, lang: string, text: string): LocalizedText[] | undefined {
  const entries = Array.isArray(current) ? (current as unknown[]) : current === undefined ? [] : [current];
  const parts = text
    .split(PARAGRAPH_BREAK)
    .map((part) => part.trim())
    .filter(Boolean);
  const result = Array.from({ length: Math.max(entries.length, parts.length) }, (_, i) => withLanguage(entries[i], lang, parts[i] ?? '')).filter(
    (entry): entry is LocalizedText => entry !== undefined,
  );
  return result.length ? result : undefined;
}

/**
 * A number field: "71,5", "71.5" and "1 200" are numbers; other text is kept as written, so that
 * the library's validator names the field ("värdet har fel typ av värde").
 */
export function numberValue(text: string): number | string | undefined {
  const written = text.trim();
  if (!written) return undefined;
  const normalized = written
    .replace(/[\s\u00a0]/g, '')
    .replace(',', '.')
    .replace('\u2212', '-');
  return /^-?\d+(\.\d+)?$/.test(normalized) ? Number(normalized) : written;
}

/** A select of true / false / (not given). */
export const booleanValue = (choice: string): boolean | undefined => (choice === 'true' ? true : choice === 'false' ? false : undefined);

// ---------------------------------------------------------------------------------------------
// Days of the week: `["mon-thu", "sat"]` ↔ the checked days

export function daysOf(tokens: unknown): Set<number> {
  const days = new Set<number>();
  if (!Array.isArray(tokens)) return days;
  for (const token of tokens) {
    if (typeof token !== 'string') continue;
    const [first = -1, last = first] = token.split('-').map((name) => (DAY_NAMES as readonly string[]).indexOf(name));
    if (first < 0 || last < 0) continue;
    for (let day = first; ; day = (day + 1) % 7) {
      days.add(day);
      if (day === last) break;
    }
  }
  return days;
}

/** Checked days as the data writes them: a run of two or more days is a range ("mon-thu"). */
export function daysTokens(days: ReadonlySet<number>): string[] {
  const tokens: string[] = [];
  for (let day = 0; day < 7; day++) {
    if (!days.has(day)) continue;
    let last = day;
    while (days.has(last + 1)) last++;
    tokens.push(last > day ? `${DAY_NAMES[day]}-${DAY_NAMES[last]}` : DAY_NAMES[day]!);
    day = last;
  }
  return tokens;
}

// ---------------------------------------------------------------------------------------------
// Success factors of a goal

/** The id a factor has, or gets from the library (a slug of its Swedish label). */
export function factorId(factor: unknown): string {
  if (typeof factor === 'string') return slug(factor);
  if (!isRecord(factor)) return '';
  if (typeof factor['id'] === 'string' && !blank(factor['id'])) return factor['id'];
  const label = factor['label'];
  return label === undefined ? '' : slug(isRecord(label) || typeof label === 'string' ? pickText(label as LocalizedText, 'sv').text : '');
}

/** Whether a goal's `successFactors` entry names this factor (by id, or by its Swedish label). */
export function namesFactor(entry: unknown, factor: unknown): boolean {
  if (typeof entry !== 'string') return false;
  const label = typeof factor === 'string' ? factor : isRecord(factor) ? textIn(factor['label'], 'sv') : '';
  return entry === factorId(factor) || (label !== '' && entry === label);
}

/**
 * A goal's factor list with one factor checked or not: in the order of the factors, each entry
 * as the data wrote it, and entries that name no factor kept at the end.
 */
export function withFactor(current: unknown, factors: readonly unknown[], index: number, checked: boolean): string[] | undefined {
  const entries = Array.isArray(current) ? (current as unknown[]) : [];
  const listed = factors.map((factor, i) => {
    const entry = entries.find((e) => namesFactor(e, factor));
    if (i === index) return checked ? (entry ?? factorId(factor)) : undefined;
    return entry;
  });
  const others = entries.filter((e) => !factors.some((factor) => namesFactor(e, factor)));
  const result = [...listed, ...others].filter((e): e is string => typeof e === 'string');
  return result.length ? result : undefined;
}

// ---------------------------------------------------------------------------------------------
// Validation: the library's validators, one part at a time, so that several problems show at once

/**
 * Checks item `i` of the list at `list` alone, as the only item of a list of one (`fn` builds and
 * checks that), and moves its problem back to its place: `goals[0].indicators[0]` → `[i]`.
 */
function alone(list: string, i: number, fn: () => unknown): () => unknown {
  return () => {
    try {
      return fn();
    } catch (error) {
      const from = `${list}[0]`;
      if (!(error instanceof DataError) || !error.path.startsWith(from)) throw error;
      const to = `${list}[${i}]`;
      throw new DataError(error.code, to + error.path.slice(from.length), error.message.split(from).join(to));
    }
  };
}

/** A goal that passes, to check one of its lists alone. */
const PLACEHOLDER_GOAL = { title: '-' };

function attempt(check: () => unknown, into: DataError[]): void {
  try {
    check();
  } catch (error) {
    if (error instanceof DataError) into.push(error);
    else throw error;
  }
}

const has = (data: GoalSetData, key: string) => data[key] !== undefined;

/** Every problem the elements would find in the goal set, each at its path. */
export function problemsOf(data: GoalSetData): DataError[] {
  const problems: DataError[] = [];
  const check = (fn: () => unknown) => attempt(fn, problems);

  if (['goals', 'title', 'intro', 'note'].some((key) => has(data, key))) {
    check(() => goalsFrom({ ...data, successFactors: undefined, goals: [PLACEHOLDER_GOAL] }, 'goals'));
    const goals = data['goals'];
    if (!Array.isArray(goals) || goals.length === 0) check(() => goalsFrom({ goals }, 'goals'));
    else {
      goals.forEach((goal, i) => {
        const path = `goals[${i}]`;
        if (!isRecord(goal)) return check(() => parseGoal(goal, path));
        const lists = ['indicators', 'links'].filter((key) => Array.isArray(goal[key]));
        check(() => parseGoal({ ...goal, ...Object.fromEntries(lists.map((key) => [key, undefined])) }, path));
        for (const key of lists) {
          const items = goal[key] as unknown[];
          items.forEach((item, j) => check(alone(`${path}.${key}`, j, () => parseGoal({ ...PLACEHOLDER_GOAL, [key]: [item] }, path))));
        }
      });
    }
  }

  if (has(data, 'successFactors') || has(data, 'successFactorsIntro')) {
    const factors = data['successFactors'];
    check(() =>
      factorsFrom({ successFactorsIntro: data['successFactorsIntro'], successFactors: Array.isArray(factors) && factors.length ? ['-'] : factors }, 'factors'),
    );
    if (Array.isArray(factors)) factors.forEach((factor, i) => check(alone('successFactors', i, () => factorsFrom({ successFactors: [factor] }, 'factors'))));
  }

  const contact = data['contact'];
  if (contact !== undefined) {
    const hours = isRecord(contact) ? contact['hours'] : undefined;
    check(() => parseContact(isRecord(contact) ? { ...contact, hours: undefined } : contact, 'contact'));
    if (isRecord(hours)) {
      const at = 'contact.hours';
      const lists = ['regular', 'exceptions'].filter((key) => Array.isArray(hours[key]) && (hours[key] as unknown[]).length);
      const apart = Object.fromEntries(lists.map((key) => [key, key === 'regular' ? [] : undefined]));
      check(() => parseOpeningHours({ ...hours, ...apart }, at));
      for (const key of lists) {
        const items = hours[key] as unknown[];
        items.forEach((item, i) => check(alone(`${at}.${key}`, i, () => parseOpeningHours({ regular: [], [key]: [item] }, at))));
      }
    } else if (hours !== undefined) check(() => parseOpeningHours(hours, 'contact.hours'));
  }
  return problems;
}

/**
 * The field each problem is shown at: the field of its path, else the first field inside it
 * (a missing title → its Swedish text), else the same for the path one step up. `fields` are
 * the form's paths in document order; undefined: the summary alone tells of it.
 */
export function fieldFor(problem: string, fields: readonly string[]): string | undefined {
  const steps = parsePath(problem);
  for (let length = steps.length; length > 0; length--) {
    const path = pathText(steps.slice(0, length));
    const found = fields.find((field) => field === path) ?? fields.find((field) => field.startsWith(`${path}.`) || field.startsWith(`${path}[`));
    if (found) return found;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// In and out: snippets and JSON

export type ElementTag = 'goal-list' | 'success-factors' | 'contact-status';

/** The data attribute of each element. */
const DATA_ATTRIBUTE: Record<ElementTag | 'goal-card', string> = {
  'goal-list': 'goals',
  'success-factors': 'factors',
  'contact-status': 'contact',
  'goal-card': 'goal',
};

/** The parts of the goal set the snippet of an element holds: all of it for `<goal-list>`. */
function dataFor(tag: ElementTag, data: GoalSetData): object | undefined {
  if (tag === 'goal-list') return ['goals', 'title', 'intro', 'note'].some((key) => has(data, key)) ? data : undefined;
  if (tag === 'success-factors') {
    if (!has(data, 'successFactors')) return undefined;
    const { successFactors, successFactorsIntro } = data;
    return successFactorsIntro === undefined ? { successFactors } : { successFactorsIntro, successFactors };
  }
  return isRecord(data['contact']) ? data['contact'] : undefined;
}

/** The Swedish text of each item's field, for the fallback list shown before the element renders. */
function fallbackOf(items: unknown, field: string): string | undefined {
  const texts = (Array.isArray(items) ? (items as unknown[]) : [])
    .map((item) => (typeof item === 'string' ? item : isRecord(item) ? pickText((item[field] ?? '') as LocalizedText, 'sv').text : ''))
    .filter(Boolean);
  return texts.length ? fallbackList(texts) : undefined;
}

/** The HTML an editor pastes for one element, its data as single-quoted JSON; undefined when the set has no such part. */
export function snippetFor(tag: ElementTag, data: GoalSetData): string | undefined {
  const value = dataFor(tag, data);
  if (!value) return undefined;
  const content =
    tag === 'goal-list' ? fallbackOf(data['goals'], 'title') : tag === 'success-factors' ? fallbackOf(data['successFactors'], 'label') : undefined;
  return snippetOf(tag, { attributes: { [DATA_ATTRIBUTE[tag]]: value }, ...(content && { content }) });
}

/** The goal set as a file: pretty-printed JSON. */
export const jsonFile = (data: GoalSetData) => `${JSON.stringify(data, null, 2)}\n`;

/** Why a paste could not be opened: the text says nothing we can read, or its JSON is broken. */
export class PasteError extends Error {
  constructor(readonly reason: 'unreadable' | 'json' | 'not-a-set') {
    super(`the pasted text could not be opened (${reason})`);
    this.name = 'PasteError';
  }
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new PasteError('json');
  }
}

/** What one element's data gives the goal set. */
function partOf(tag: string, value: unknown): GoalSetData {
  if (tag === 'goal-card') return { goals: [value] };
  if (tag === 'success-factors') return Array.isArray(value) ? { successFactors: value } : isRecord(value) ? value : {};
  if (tag === 'contact-status') return isRecord(value) && isRecord(value['contact']) ? { contact: value['contact'] } : { contact: value };
  if (Array.isArray(value)) return { goals: value };
  if (isRecord(value)) return value;
  throw new PasteError('not-a-set');
}

/**
 * A goal set from pasted text: goal-set JSON, or the HTML of our elements with their data in the
 * attribute or a child `<script type="application/json">`. The HTML is parsed into an inert
 * document and only attributes and script text are read: nothing pasted reaches the page.
 */
export function goalSetFromPaste(text: string): GoalSetData {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    const value = parsed(trimmed);
    if (!isRecord(value)) throw new PasteError('not-a-set');
    return value;
  }
  if (!trimmed.startsWith('<')) throw new PasteError('unreadable');
  const doc = new DOMParser().parseFromString(trimmed, 'text/html');
  const tags = Object.keys(DATA_ATTRIBUTE);
  const elements = [...doc.querySelectorAll(tags.join(','))];
  const parts = elements.flatMap((element) => {
    const attribute = element.getAttribute(DATA_ATTRIBUTE[element.localName as ElementTag]);
    const script = [...element.children].find((child) => child.localName === 'script' && child.getAttribute('type') === 'application/json');
    const source = attribute ?? script?.textContent ?? undefined;
    return source === undefined || blank(source) ? [] : [partOf(element.localName, parsed(source))];
  });
  if (parts.length === 0) throw new PasteError('unreadable');
  // The goal list's set first; what the other elements hold is laid over it.
  return Object.assign({}, ...parts) as GoalSetData;
}
