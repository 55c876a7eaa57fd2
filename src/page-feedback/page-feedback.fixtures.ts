/**
 * Examples of <page-feedback>, shared by the stories and the tests so that every example a
 * reader sees is one the tests check (every step, with axe, in both languages).
 */
import type { CommentMode } from './page-feedback.js';

export interface FeedbackExample {
  /** What the example shows. */
  name: string;
  comment?: CommentMode;
  maxLength?: number;
  contactHref?: string;
  /** The `i18n` attribute. */
  i18n?: Record<string, string>;
}

/** The reference page's contact page. */
export const contactHref = 'https://www.vara.se/kontakt';

/** A municipality's own wording of the question and the notice (an `i18n` override). */
export const swedishOverrides = {
  question: 'Fick du hjälp av informationen?',
  commentHeading: 'Berätta mer',
  thanks: 'Tack, vi har tagit emot ditt svar!',
};

export const examples: Record<'default' | 'always' | 'never' | 'override' | 'short', FeedbackExample> = {
  default: { name: 'A comment after Nej (default)', contactHref },
  always: { name: 'A comment after either answer', comment: 'always', contactHref },
  never: { name: 'No comment step', comment: 'never' },
  override: { name: 'The question in the municipality’s own words', i18n: swedishOverrides, contactHref },
  short: { name: 'A short comment limit', maxLength: 40, contactHref },
};

/** Comments as residents write them. */
export const comments = {
  plain: 'Det saknas uppgift om vad som händer efter 2023.',
  /** Personal data that must not leave the browser unmasked. */
  personal: 'Ring mig på 070-123 45 67 eller mejla anna.svensson@exempel.se, mitt personnummer är 19850709-9805.',
  personalMasked: 'Ring mig på [telefon] eller mejla [e-post], mitt personnummer är [personnummer].',
  /** Longer than the `short` example's limit of 40. */
  tooLong: 'Sidan borde förklara hur målen följs upp och av vem, varje år.',
};
