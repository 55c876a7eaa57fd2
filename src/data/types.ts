/** The JSON data shapes of SPEC.md ("Data in"). */
import type { OpeningHours } from '../lib/hours/opening-hours.js';
import type { LocalizedText } from '../lib/validate.js';

export type { LocalizedText };

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

/** A measured value that tells how a goal is going. */
export interface Indicator {
  label: LocalizedText;
  value: number;
  unit?: LocalizedText;
  target?: number;
  year?: number;
  /** Whether a value above the target is good (default true). */
  higherIsBetter?: boolean;
  source?: LocalizedText;
}

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
