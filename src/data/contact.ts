/**
 * The contact centre's data (SPEC.md, "Contact"). Apart from goal-set.ts so that only
 * <contact-status> carries the opening-hours engine.
 */
import { parseOpeningHours } from '../lib/hours/opening-hours.js';
import type { Contact } from './types.js';
import { dropUndefined, isRecord, localizedText, nonBlankText, optional, record } from '../lib/validate.js';
import type { Validator } from '../lib/validate.js';

export const parseContact: Validator<Contact> = (value, path) => {
  const object = record(value, path);
  const contact = dropUndefined({
    name: optional(object, 'name', path, localizedText),
    phone: optional(object, 'phone', path, nonBlankText),
    email: optional(object, 'email', path, nonBlankText),
    text: optional(object, 'text', path, localizedText),
  }) as Contact;
  // Validated and compiled here, once: the element reads the compiled form with compileHours.
  const hours = optional(object, 'hours', path, parseOpeningHours);
  if (hours) contact.hours = hours;
  return contact;
};

/** A contact from a goal set's `contact`, or a Contact on its own. */
export function contactFrom(value: unknown, path: string): Contact {
  if (isRecord(value) && isRecord(value['contact'])) return parseContact(value['contact'], 'contact');
  return parseContact(value, path);
}
