/**
 * Examples of <goal-list> data, shared by the stories and the tests so that every example a
 * reader sees is one the tests check (with axe, in both languages).
 */
import vara from '../../data/vara-kommun.json';
import type { Goal, GoalSet } from '../data/types.js';
import { indicatorGoal, linkGoal, statusGoals } from '../goal-card/goal-card.fixtures.js';

/**
 * The reference page's goal set (Vara kommun), as `data/vara-kommun.json` holds it; the contact
 * and the page's own texts are left to the elements and the page that show them.
 */
export const referenceSet: GoalSet = {
  title: vara.title,
  period: vara.period,
  intro: vara.intro,
  note: vara.note,
  goals: vara.goals,
  successFactors: vara.successFactors,
  successFactorsIntro: vara.successFactorsIntro,
};

/** The page around the elements: its h1 and lede, in Swedish and English. */
export const referencePage = vara.page;

/** The reference page's goal titles, as the page lists them, for fallback content. */
export const referenceTitles: string[] = vara.goals.map((goal) => goal.title.sv);

/** A goal set whose goals have every status, indicators and links (and the reference page's factors). */
export const followUpSet: GoalSet = {
  title: { sv: 'Uppföljning av de övergripande målen 2023', en: 'Follow-up of the overarching goals 2023' },
  intro: { sv: 'Så här går arbetet med målen.', en: 'This is how the work on the goals is going.' },
  goals: [indicatorGoal, linkGoal, ...statusGoals],
  successFactors: vara.successFactors,
};

/**
 * The shortest form an editor can write: a list of goals, titles only in Swedish, no ids (made
 * from the titles).
 */
export const plainGoals = [
  { title: 'Attraktivt Vara med livskraft för alla', description: 'Ett attraktivt Vara med god livskvalitet för alla.' },
  { title: 'Hållbar ekonomi', description: 'Första stycket.\n\nAndra stycket.' },
];

/** Four goals, the third without a title: the whole list is refused with the notice naming `goals[2].title`. */
export const oneBadGoal: unknown[] = [{ title: 'Ett' }, { title: 'Två' }, { description: 'Ett mål utan rubrik' }, { title: 'Fyra' }];

/** `n` made-up goals with two paragraphs each (for the grid story and size checks). */
export function manyGoals(n: number): Goal[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `mal-${i + 1}`,
    title: { sv: `Mål ${i + 1}`, en: `Goal ${i + 1}` },
    description: [
      { sv: 'Kommunen arbetar långsiktigt och strategiskt med målet.', en: 'The municipality works on the goal in the long term and strategically.' },
      { sv: 'Arbetet följs upp varje år.', en: 'The work is followed up every year.' },
    ],
  }));
}
