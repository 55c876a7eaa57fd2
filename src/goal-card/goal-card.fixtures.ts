/**
 * Examples of <goal-card> data, shared by the stories and the tests so that every example a
 * reader sees is one the tests check (with axe, in both languages).
 */
import vara from '../../data/vara-kommun.json';
import { STATUS_LEVELS } from '../data/types.js';
import type { Factor, Goal, StatusLevel } from '../data/types.js';

/** The reference page's four goals (Vara kommun), in Swedish and English. */
export const referenceGoals: Goal[] = vara.goals;

/** The reference page's success factors, for resolving the ids goals name. */
export const referenceFactors: Factor[] = vara.successFactors;

/** The reference page's first goal: three paragraphs. */
export const referenceGoal: Goal = vara.goals[0]!;

const STATUS_TITLES: Record<StatusLevel, { sv: string; en: string }> = {
  achieved: { sv: 'Hållbar ekonomi', en: 'Sustainable finances' },
  'on-track': { sv: 'Trygg och säker kommun', en: 'A safe and secure municipality' },
  'at-risk': { sv: 'Goda livsvillkor för barn och unga', en: 'Good living conditions for children and young people' },
  'off-track': { sv: 'Minskad klimatpåverkan', en: 'A smaller climate footprint' },
  'not-assessed': { sv: 'Ett rikt kulturliv', en: 'A rich cultural life' },
};

/** A short goal in a given status (each level its own goal), naming two of the reference page's success factors. */
export function goalWithStatus(level: StatusLevel): Goal {
  return {
    id: `mal-${level}`,
    title: STATUS_TITLES[level],
    description: [
      {
        sv: 'Målet följs upp i delårsrapporten och i årsredovisningen.',
        en: 'The goal is followed up in the interim report and in the annual report.',
      },
    ],
    status: { level },
    successFactors: ['samverkan', 'innovation'],
  };
}

/** One goal per status level: achieved, on-track, at-risk, off-track, not-assessed. */
export const statusGoals: Goal[] = STATUS_LEVELS.map(goalWithStatus);

/** A goal followed up with indicators: one above its target, one below, one lower-is-better, one without a target. */
export const indicatorGoal: Goal = {
  id: 'valmaende-arbetsplats',
  title: { sv: 'Välmående arbetsplats', en: 'A workplace where people thrive' },
  description: [{ sv: 'En god och hälsosam arbetsmiljö är i fokus.', en: 'The focus is on a good and healthy working environment.' }],
  status: { level: 'at-risk', label: { sv: 'Delvis uppnått', en: 'Partly achieved' } },
  successFactors: ['folkhalsa', 'dialog'],
  indicators: [
    {
      label: { sv: 'Hållbart medarbetarengagemang (HME)', en: 'Sustainable employee engagement (HME)' },
      value: 79.5,
      target: 78,
      year: 2023,
      source: { sv: 'Medarbetarenkäten', en: 'Staff survey' },
    },
    { label: { sv: 'Sjukfrånvaro', en: 'Sickness absence' }, value: 8.1, unit: '%', target: 7, year: 2023, higherIsBetter: false },
    { label: { sv: 'Andel heltidsanställda', en: 'Share employed full time' }, value: 71, unit: '%', target: 80, year: 2022 },
    { label: { sv: 'Kostnad per invånare', en: 'Cost per resident' }, value: 1250.5, unit: 'kr', year: 2023 },
  ],
};

/** A goal with links: a web page, an e-mail address and a phone number. */
export const linkGoal: Goal = {
  id: 'verksamhet-med-god-kvalitet',
  title: { sv: 'Verksamhet med god kvalitet', en: 'Services of good quality' },
  description: [{ sv: 'Alla ska bemötas på ett respektfullt sätt.', en: 'Everyone must be treated with respect.' }],
  status: { level: 'on-track' },
  links: [
    { href: 'https://www.vara.se/kommun-och-politik.html', text: { sv: 'Kommun och politik', en: 'Municipality and politics' } },
    { href: 'mailto:kommun@vara.se', text: { sv: 'Skicka e-post till kommunen', en: 'Email the municipality' } },
    { href: 'tel:+4651231000', text: { sv: 'Ring kontaktcenter', en: 'Call the contact centre' } },
  ],
};

/** A link an attacker (or a copy-paste accident) put in: it must never reach the page. */
export const unsafeLinkGoal: Goal = {
  id: 'farlig-lank',
  title: 'Mål med en farlig länk',
  description: ['Länken nedan tas bort.'],
  links: [
    { href: 'javascript:window.__pwned=true', text: 'Klicka här' },
    { href: 'https://www.vara.se/', text: 'Vara kommun' },
    { href: ' JaVaScRiPt:alert(1)', text: 'Och här' },
  ],
};

/** A goal translated only in part: on an English page the missing text shows in Swedish with `lang="sv"`. */
export const partlyTranslatedGoal: Goal = {
  id: 'attraktivt-vara',
  title: { sv: 'Attraktivt Vara med livskraft för alla', en: 'An attractive Vara with vitality for all' },
  description: [
    {
      sv: 'Ett samhälle med acceptans där människors lika värde står i centrum.',
      en: 'A society of acceptance, where the equal worth of all people is central.',
    },
    { sv: 'Näringslivet och kommunen samverkar för ett gott företagsklimat.' },
  ],
  status: { level: 'not-assessed', label: { sv: 'Bedöms i årsredovisningen' } },
  successFactors: ['kultur', 'Okänd faktor'],
};

/** A very long title (and a long unbroken word) that must wrap, never scroll sideways. */
export const longTitleGoal: Goal = {
  id: 'lang-rubrik',
  title: {
    sv: 'Ett långsiktigt och hållbart samhälle där alla känner delaktighet och möjlighet att påverka, med goda förutsättningar för ekonomi, arbete, bostad, utbildning, kultur, hälsa och trygghet – samhällsbyggnadsförvaltningsöverenskommelsen',
    en: 'A society that is sustainable in the long term, where everyone feels involved and able to have a say, with good conditions for finances, work, housing, education, culture, health and security – the community-development-administration agreement',
  },
  description: [{ sv: 'Rubriken bryts på flera rader.', en: 'The heading wraps over several lines.' }],
  status: { level: 'on-track' },
};

/** Text that must show literally, never as markup. */
export const hostileText = `<img src=x onerror="window.__pwned=true"></script>"'&amp;`;

/** Hostile text in every text field a goal has. */
export const hostileGoal: Goal = {
  id: hostileText,
  title: hostileText,
  description: [hostileText, { sv: hostileText }],
  status: { level: 'at-risk', label: hostileText },
  successFactors: [hostileText],
  indicators: [{ label: hostileText, value: 1, unit: hostileText, target: 2, year: 2023, source: hostileText }],
  links: [{ href: 'https://example.org/?q=<script>', text: hostileText }],
};
