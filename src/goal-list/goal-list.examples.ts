/** The examples of <goal-list>: its stories, its checks (axe, sv and en, pasted with the bundle) and its snippets in the guides. */
import type { Example, ExampleSet } from '../data/snippet.js';
import { fallbackList } from '../data/snippet.js';
import { followUpSet, oneBadGoal, plainGoals, referenceSet, referenceTitles } from './goal-list.fixtures.js';

const referenceFallback = fallbackList(referenceTitles);

const examples: Example[] = [
  {
    name: 'Reference page',
    description: 'The goals of the reference page (Vara kommun) as one goal set, with the summary list the page has. Switch the language in the toolbar.',
    attributes: { summary: true, goals: referenceSet },
    content: referenceFallback,
  },
  {
    name: 'From file',
    description: 'One data file for the whole page, read with `src`; the plain list is fallback content until it loads.',
    attributes: { summary: true, src: '/data/vara-kommun.json' },
    content: referenceFallback,
  },
  {
    name: 'Script child',
    description: 'For CMS editors that mangle long attributes: the goals in a child script, the shortest way (Swedish only, no ids).',
    attributes: { summary: true },
    content: `<script type="application/json">\n${JSON.stringify(plainGoals, null, 2)}\n</script>\n${fallbackList(plainGoals.map((goal) => goal.title))}`,
  },
  {
    name: 'Grid',
    description: '`layout="grid"`: goals with every status, indicators and links in columns of at least 20em, one column on a narrow screen.',
    attributes: { layout: 'grid', goals: followUpSet },
  },
  {
    name: 'Nested headings',
    description: '`heading-level="3"`: the goals are h3 under the set’s title (h2), for a page whose h2 sections hold the goals.',
    attributes: { 'heading-level': 3, goals: referenceSet },
  },
  {
    name: 'One bad goal',
    description: 'The third goal has no title: the list is not shown at all, the notice says “Mål 3: rubriken saknas.”, and the fallback content stays.',
    attributes: { goals: oneBadGoal },
    content: fallbackList(['Ett', 'Två', 'Fyra']),
    error: true,
  },
  {
    name: 'Unreachable file',
    description: 'A `src` that cannot be fetched: the notice says so and the fallback stays.',
    attributes: { src: '/data/finns-inte.json' },
    content: referenceFallback,
    error: true,
  },
];

export const goalListExamples: ExampleSet = { tag: 'goal-list', examples };
