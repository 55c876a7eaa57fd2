/**
 * Examples of <success-factors> data, shared by the stories and the tests so that every example
 * a reader sees is one the tests check (with axe, in both languages).
 */
import vara from '../../data/vara-kommun.json';
import type { Factor } from '../data/types.js';

/** The reference page's seven factors (Vara kommun), in Swedish and English. */
export const referenceFactors: Factor[] = vara.successFactors;

/** The reference page's intro to the factors. */
export const referenceIntro = vara.successFactorsIntro;

/** Factors written the shortest way: plain Swedish strings. */
export const plainFactors = ['Folkhälsa', 'Samverkan', 'Dialog'];

/** Factors with descriptions, one of them missing its English text. */
export const describedFactors: Factor[] = [
  {
    id: 'folkhalsa',
    label: { sv: 'Folkhälsa', en: 'Public health' },
    description: { sv: 'Goda förutsättningar för en god hälsa för alla.', en: 'Good conditions for good health for everyone.' },
  },
  { id: 'dialog', label: { sv: 'Dialog' }, description: { sv: 'Invånarna är med och påverkar.' } },
];

/** Text that must show literally, never as markup. */
export const hostileText = `<img src=x onerror="window.__pwned=true"></script>"'&amp;`;
