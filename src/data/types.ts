/** The JSON data shapes of SPEC.md ("Data in"). */
import type { DayName, DayRange, OpeningException, OpeningHours, Period } from '../lib/hours/opening-hours.js';
import type { LocalizedText } from '../lib/validate.js';

export type { LocalizedText };

/** A key figure in Kolada: its KPI id for a municipality (four digits, 1470 = Vara); gender T (all, default), K or M. */
export interface KoladaRef {
  kpi: string;
  municipality: string;
  gender?: 'T' | 'K' | 'M';
}

/** A success factor (framgångsfaktor). */
export interface Factor {
  id: string;
  label: LocalizedText;
  description?: LocalizedText;
}

export const STATUS_LEVELS = ['achieved', 'on-track', 'at-risk', 'off-track', 'not-assessed'] as const;
export type StatusLevel = (typeof STATUS_LEVELS)[number];

export interface GoalStatus {
  level: StatusLevel;
  /** Replaces the built-in text for the level. */
  label?: LocalizedText;
}

/** What every indicator has, whether its value is written or comes from Kolada. */
export interface IndicatorFields {
  label: LocalizedText;
  unit?: LocalizedText;
  target?: number;
  year?: number;
  /** Whether a value above the target is good (default true). */
  higherIsBetter?: boolean;
  source?: LocalizedText;
  /** An earlier value, shown as a trend in words ("Bättre än 2023 (71 %)"). */
  previous?: { value: number; year: number };
}

/**
 * A measured value that tells how a goal is going: its `value`, or a `kolada` reference (a KPI
 * for a municipality, four digits, 1470 = Vara) that gives it, or both. `kommun-elements kolada`
 * writes Kolada's latest figures into the file; `kolada-live` fetches them in the browser, the
 * written value shown meanwhile. An indicator with neither shows its value as missing.
 */
export type Indicator = IndicatorFields & ({ value: number; kolada?: KoladaRef } | { value?: number; kolada: KoladaRef });

export interface GoalLink {
  href: string;
  text: LocalizedText;
}

/** An overarching goal (övergripande mål). */
export interface Goal {
  /** From the data, or a slug of the Swedish (or first) title. */
  id: string;
  title: LocalizedText;
  /** One entry per paragraph; a blank line inside a text also starts a paragraph. */
  description: LocalizedText[];
  status?: GoalStatus;
  /** Ids of success factors (or their labels). */
  successFactors?: string[];
  indicators?: Indicator[];
  links?: GoalLink[];
}

/** A contact centre (kontaktcenter). */
export interface Contact {
  name?: LocalizedText;
  phone?: string;
  email?: string;
  text?: LocalizedText;
  hours?: OpeningHours;
  /** The visiting address, for JSON-LD: one line, or schema.org PostalAddress fields. */
  address?: string | PostalAddress;
  /** The office's web page (absolute http(s) URL), for JSON-LD. */
  url?: string;
}

/** schema.org PostalAddress, as far as a Swedish office needs it. */
export interface PostalAddress {
  streetAddress?: string;
  postalCode?: string;
  addressLocality?: string;
  /** "SE". */
  addressCountry?: string;
}

/** One data file for a whole page, so that every element can read its part of it. */
export interface GoalSet {
  title?: LocalizedText;
  period?: string;
  intro?: LocalizedText;
  note?: LocalizedText;
  goals?: Goal[];
  successFactors?: Factor[];
  /** The text that introduces the success factors. */
  successFactorsIntro?: LocalizedText;
  contact?: Contact;
}

// ---------------------------------------------------------------------------------------------
// What people write. The types above are what the validators return (ids filled in, a description
// always a list); these are what an element's property, attribute or `src` file accepts. Lists are
// readonly, so that data written `as const` or frozen is accepted too.

/** A success factor as written: its label alone, or an object whose `id` is optional. */
export type FactorInput = string | { id?: string; label: LocalizedText; description?: LocalizedText };

/** A goal as written: `id` is optional (a slug of the title), `description` one text or a list of paragraphs. */
export interface GoalInput {
  id?: string;
  title: LocalizedText;
  description?: LocalizedText | readonly LocalizedText[];
  status?: GoalStatus;
  successFactors?: readonly string[];
  indicators?: readonly Indicator[];
  links?: readonly GoalLink[];
}

/** One period of opening hours as written: times "08:00", "8.00" or "24:00" (closing only). */
export interface RegularHoursInput {
  days: readonly (DayName | DayRange)[];
  opens: string;
  closes: string;
}

/** Opening hours as written (SPEC.md, "OpeningHours"): `regular` required, the rest with defaults. */
export interface OpeningHoursInput {
  regular: readonly RegularHoursInput[];
  holidays?: 'closed' | 'regular';
  eves?: 'closed' | 'regular' | Period;
  dayBeforeHoliday?: { opens?: string; closes?: string };
  /** Klämdagar: `"regular"` (default), `"closed"` or shorter hours. */
  bridgeDays?: 'closed' | 'regular' | Period;
  exceptions?: readonly OpeningException[];
}

/** A contact centre as written. */
export interface ContactInput {
  name?: LocalizedText;
  phone?: string;
  email?: string;
  text?: LocalizedText;
  hours?: OpeningHoursInput;
  /** The visiting address, for JSON-LD: one line, or schema.org PostalAddress fields. */
  address?: string | PostalAddress;
  /** The office's web page (absolute http(s) URL), for JSON-LD. */
  url?: string;
}

/** A goal set as written: one data file for a whole page (every part optional; each element reads its own). */
export interface GoalSetInput {
  title?: LocalizedText;
  period?: string;
  intro?: LocalizedText;
  note?: LocalizedText;
  goals?: readonly GoalInput[];
  successFactors?: readonly FactorInput[];
  successFactorsIntro?: LocalizedText;
  contact?: ContactInput;
}

/**
 * What `<goal-list>`'s `goals` takes: a list of goals, or a goal set (whose `goals` the element
 * then requires at run time; a validated GoalSet is accepted as it is).
 */
export type GoalsInput = readonly GoalInput[] | GoalSetInput;

/** What `<success-factors>`' `factors` takes: a list of factors, or a goal set (its `successFactors`). */
export type FactorsInput = readonly FactorInput[] | GoalSetInput;

/** What `<contact-status>`'s `contact` takes: a contact, or a goal set (its `contact`). */
export type ContactSource = ContactInput | GoalSetInput;
