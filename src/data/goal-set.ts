/**
 * Validators for the goal-set data file and its parts (SPEC.md, "Data in"). Every element
 * that takes data reads it through one of the `…From` functions here, so that a list of its
 * own items and a whole goal set are both accepted.
 */
import { DataError } from '../lib/data-error.js';
import type { Factor, Goal, GoalLink, GoalSet, GoalStatus, Indicator, LocalizedText } from './types.js';
import { STATUS_LEVELS } from './types.js';
import {
  boolean,
  dropUndefined,
  isRecord,
  list,
  localizedText,
  nonBlankText,
  number,
  oneOf,
  optional,
  record,
  required,
  slug,
  text,
  typeError,
} from '../lib/validate.js';
import type { Validator } from '../lib/validate.js';

/** The text a slug is made from: the Swedish text, else the first one. */
function baseText(value: string | Readonly<Record<string, string>>): string {
  return typeof value === 'string' ? value : (value['sv'] ?? Object.values(value)[0] ?? '');
}

export const parseFactor: Validator<Factor> = (value, path) => {
  if (typeof value === 'string') {
    const label = nonBlankText(value, path);
    return { id: slug(label), label };
  }
  if (!isRecord(value)) throw typeError(path, 'text or an object with "label"', value);
  const label = required(value, 'label', path, localizedText);
  const description = optional(value, 'description', path, localizedText);
  const id = optional(value, 'id', path, nonBlankText) ?? slug(baseText(label));
  return description === undefined ? { id, label } : { id, label, description };
};

const parseStatus: Validator<GoalStatus> = (value, path) => {
  const object = record(value, path);
  const status: GoalStatus = { level: required(object, 'level', path, oneOf(STATUS_LEVELS)) };
  const label = optional(object, 'label', path, localizedText);
  if (label !== undefined) status.label = label;
  return status;
};

const parseIndicator: Validator<Indicator> = (value, path) => {
  const object = record(value, path);
  const fields = dropUndefined({
    label: required(object, 'label', path, localizedText),
    unit: optional(object, 'unit', path, localizedText),
    target: optional(object, 'target', path, number),
    year: optional(object, 'year', path, number),
    higherIsBetter: optional(object, 'higherIsBetter', path, boolean),
    source: optional(object, 'source', path, localizedText),
    previous: optional(object, 'previous', path, parsePrevious),
  });
  // Kolada gives the value of an indicator that names it; any other needs its own.
  const kolada = optional(object, 'kolada', path, parseKolada);
  if (!kolada) return { ...fields, value: required(object, 'value', path, number) };
  return dropUndefined({ ...fields, value: optional(object, 'value', path, number), kolada });
};

const parseKolada: Validator<NonNullable<Indicator['kolada']>> = (value, path) => {
  const object = record(value, path);
  const municipality = required(object, 'municipality', path, nonBlankText);
  if (!/^\d{4}$/.test(municipality)) throw new DataError('value', `${path}.municipality`, `${path}.municipality: expected four digits (1470), got ${JSON.stringify(municipality)}`);
  return dropUndefined({
    kpi: required(object, 'kpi', path, nonBlankText),
    municipality,
    gender: optional(object, 'gender', path, oneOf(['T', 'K', 'M'] as const)),
  });
};

/** An indicator's earlier value: `{ value, year }`. */
const parsePrevious: Validator<{ value: number; year: number }> = (value, path) => {
  const object = record(value, path);
  return { value: required(object, 'value', path, number), year: required(object, 'year', path, number) };
};

const parseLink: Validator<GoalLink> = (value, path) => {
  const object = record(value, path);
  return { href: required(object, 'href', path, nonBlankText), text: required(object, 'text', path, localizedText) };
};

/** A description is one text or a list of them: either way a list of paragraphs. */
const parseDescription: Validator<Goal['description']> = (value, path) =>
  Array.isArray(value) ? list(localizedText)(value, path) : [localizedText(value, path)];

export const parseGoal: Validator<Goal> = (value, path) => {
  const object = record(value, path);
  const title = required(object, 'title', path, localizedText);
  return dropUndefined({
    id: optional(object, 'id', path, nonBlankText) ?? slug(baseText(title)),
    title,
    description: optional(object, 'description', path, parseDescription) ?? [],
    status: optional(object, 'status', path, parseStatus),
    successFactors: optional(object, 'successFactors', path, list(nonBlankText)),
    indicators: optional(object, 'indicators', path, list(parseIndicator)),
    links: optional(object, 'links', path, list(parseLink)),
  });
};

/**
 * Each element validates only the parts of a goal set it shows, so that a mistake in the
 * contact's hours does not take the goals off the page (and a bundle of one element does not
 * carry the validators of the others).
 */
function part<T>(value: Record<string, unknown>, key: string, item: Validator<T[]>): T[] {
  const items = required(value, key, '', item);
  if (!items.length) throw new DataError('empty', key, `${key}: the list is empty`);
  return items;
}

/**
 * Success factors from a list of factors or from a goal set. `path` names the attribute the
 * value came from, so that errors read `factors[3].label` or `successFactors[3].label`.
 */
export function factorsFrom(value: unknown, path: string): { factors: Factor[]; intro?: LocalizedText } {
  if (Array.isArray(value)) return { factors: list(parseFactor, { nonEmpty: true })(value, path) };
  const set = record(value, path);
  return dropUndefined({
    factors: part(set, 'successFactors', list(parseFactor)),
    intro: optional(set, 'successFactorsIntro', '', localizedText),
  });
}

/** Goals from a list of goals or from a goal set (which then also gives title, intro, …). */
export function goalsFrom(value: unknown, path: string): { goals: Goal[]; set?: GoalSet } {
  if (Array.isArray(value)) return { goals: list(parseGoal, { nonEmpty: true })(value, path) };
  const set = record(value, path);
  return {
    goals: part(set, 'goals', list(parseGoal)),
    set: dropUndefined({
      title: optional(set, 'title', '', localizedText),
      period: optional(set, 'period', '', text),
      intro: optional(set, 'intro', '', localizedText),
      note: optional(set, 'note', '', localizedText),
      successFactors: optional(set, 'successFactors', '', list(parseFactor)),
    }),
  };
}
