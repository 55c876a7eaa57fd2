/**
 * The contact centre's data (SPEC.md, "Contact"). Apart from goal-set.ts so that only
 * <contact-status> carries the opening-hours engine.
 */
import { DataError } from '../lib/data-error.js';
import { parseOpeningHours } from '../lib/hours/opening-hours.js';
import type { Contact, PostalAddress } from './types.js';
import { dropUndefined, isRecord, localizedText, nonBlankText, optional, record, typeError } from '../lib/validate.js';
import type { Validator } from '../lib/validate.js';

const ADDRESS_FIELDS = ['streetAddress', 'postalCode', 'addressLocality', 'addressCountry'] as const;

/** A postal address: one line of text, or schema.org's PostalAddress fields. */
const postalAddress: Validator<string | PostalAddress> = (value, path) => {
  if (!isRecord(value)) return nonBlankText(value, path);
  const unknown = Object.keys(value).find((key) => !(ADDRESS_FIELDS as readonly string[]).includes(key));
  if (unknown !== undefined) throw new DataError('value', `${path}.${unknown}`, `${path}.${unknown}: unknown field; expected ${ADDRESS_FIELDS.join(', ')}`);
  const address = dropUndefined(Object.fromEntries(ADDRESS_FIELDS.map((key) => [key, optional(value, key, path, nonBlankText)]))) as PostalAddress;
  if (Object.keys(address).length === 0) throw new DataError('required', path, `${path}: give at least one of ${ADDRESS_FIELDS.join(', ')}`);
  return address;
};

/** The office's web page: an absolute http(s) URL. */
const webPage: Validator<string> = (value, path) => {
  const written = nonBlankText(value, path);
  let url: URL | undefined;
  try {
    url = new URL(written);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) throw typeError(path, 'an absolute http(s) URL', value);
  return written;
};

/** A contact and, apart, what was wrong with its hours: bad hours take only the hours off. */
export interface ContactParts {
  contact: Contact;
  hoursError?: DataError;
}

function parseParts(value: unknown, path: string): ContactParts {
  const object = record(value, path);
  const contact = dropUndefined({
    name: optional(object, 'name', path, localizedText),
    phone: optional(object, 'phone', path, nonBlankText),
    email: optional(object, 'email', path, nonBlankText),
    text: optional(object, 'text', path, localizedText),
    address: optional(object, 'address', path, postalAddress),
    url: optional(object, 'url', path, webPage),
  }) as Contact;
  // Validated and compiled here, once: the element reads the compiled form with compileHours.
  try {
    const hours = optional(object, 'hours', path, parseOpeningHours);
    if (hours) contact.hours = hours;
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    return { contact, hoursError: error };
  }
  return { contact };
}

/** A whole Contact: any problem, in the hours too, throws. */
export const parseContact: Validator<Contact> = (value, path) => {
  const { contact, hoursError } = parseParts(value, path);
  if (hoursError) throw hoursError;
  return contact;
};

/** A contact from a goal set's `contact`, or a Contact on its own. */
export function contactFrom(value: unknown, path: string): Contact {
  if (isRecord(value) && isRecord(value['contact'])) return parseContact(value['contact'], 'contact');
  return parseContact(value, path);
}

/** As contactFrom, with bad hours apart from the rest rather than thrown. */
export function contactPartsFrom(value: unknown, path: string): ContactParts {
  if (isRecord(value) && isRecord(value['contact'])) return parseParts(value['contact'], 'contact');
  return parseParts(value, path);
}
