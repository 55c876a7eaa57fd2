/** The examples of <goal-card>: its stories, its checks (axe, sv and en, pasted with the bundle) and its snippets in the guides. */
import type { Goal } from '../data/types.js';
import type { Example, ExampleSet } from '../data/snippet.js';
import { STATUS_LEVELS } from '../data/types.js';
import { goalWithStatus, indicatorGoal, linkGoal, longTitleGoal, partlyTranslatedGoal, referenceGoal, unsafeLinkGoal } from './goal-card.fixtures.js';

/**
 * A card on its own knows no goal set, so it shows the success factors a goal names as they are
 * written: the examples name none (`<goal-list>` resolves ids to labels).
 */
function onItsOwn(goal: Goal): Omit<Goal, 'successFactors'> {
  return Object.fromEntries(Object.entries(goal).filter(([key]) => key !== 'successFactors')) as Omit<Goal, 'successFactors'>;
}

const STATUS_WORDS: Record<(typeof STATUS_LEVELS)[number], string> = {
  achieved: 'a tick, the word and a green rim, so that colour is never the only sign',
  'on-track': 'an arrow and the words “På väg att uppnås”',
  'at-risk': 'an exclamation mark and the words “Risk att inte uppnås”',
  'off-track': 'a cross and the words “Uppnås inte”',
  'not-assessed': 'a dash and the words “Inte bedömt”',
};

const examples: Example[] = [
  {
    name: 'Reference goal',
    description: 'The reference page’s first goal (Vara kommun): three paragraphs. Switch the language in the toolbar.',
    attributes: { goal: onItsOwn(referenceGoal) },
  },
  ...STATUS_LEVELS.map((level): Example => ({
    name: `Status ${level}`,
    description: `Status \`${level}\`: ${STATUS_WORDS[level]}.`,
    attributes: { goal: onItsOwn(goalWithStatus(level)) },
  })),
  {
    name: 'With indicators',
    description:
      'Indicators as a small table: the result with its unit and year, the target, and in words whether the result is on the right side of it (`higherIsBetter: false` for sickness absence). A status label of the data’s own replaces the built-in one.',
    attributes: { goal: onItsOwn(indicatorGoal) },
  },
  {
    name: 'With links',
    description: 'Links to a web page, an e-mail address and a phone number.',
    attributes: { goal: linkGoal },
  },
  {
    name: 'Unsafe link left out',
    description: 'A `javascript:` link in the data is left out (with a console warning naming it); the safe link stays.',
    attributes: { goal: unsafeLinkGoal },
    lang: 'sv',
  },
  {
    name: 'Missing translation',
    description: 'Text missing in English: on an English page the second paragraph and the status label are shown in Swedish and carry `lang="sv"`.',
    attributes: { goal: onItsOwn(partlyTranslatedGoal) },
  },
  {
    name: 'Long title',
    description: 'A very long title, with a very long word: it wraps and never scrolls sideways.',
    attributes: { goal: longTitleGoal },
  },
  {
    name: 'Heading level 3',
    description: 'Heading level 3, for a card under a section’s h2.',
    attributes: { 'heading-level': 3, goal: onItsOwn(referenceGoal) },
  },
  {
    name: 'Script child',
    description: 'For CMS editors: the goal in a child script; the heading is fallback content.',
    attributes: {},
    content: `<script type="application/json">{ "title": { "sv": "Hållbar ekonomi", "en": "Sustainable finances" }, "status": { "level": "on-track" } }</script>\n<h2>Hållbar ekonomi</h2>`,
  },
  {
    name: 'Bad data',
    description: 'A status level that does not exist: the notice says “Statusnivån har ett värde som inte är tillåtet.”; the fallback stays.',
    attributes: { goal: { title: 'Hållbar ekonomi', status: { level: 'great' } } },
    content: '<h2>Hållbar ekonomi</h2>',
    error: true,
  },
];

export const goalCardExamples: ExampleSet = { tag: 'goal-card', examples };
