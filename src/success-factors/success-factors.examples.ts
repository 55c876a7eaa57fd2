/** The examples of <success-factors>: its stories, its checks (axe, sv and en, pasted with the bundle) and its snippets in the guides. */
import { pickText } from '../data/localized-text.js';
import type { Example, ExampleSet } from '../data/snippet.js';
import { fallbackList } from '../data/snippet.js';
import { describedFactors, plainFactors, referenceFactors, referenceIntro } from './success-factors.fixtures.js';

const swedishLabels = referenceFactors.map((factor) => pickText(factor.label, 'sv').text);

const examples: Example[] = [
  {
    name: 'Reference page',
    description: 'The reference page (Vara kommun): the seven factors in Swedish and English, with the intro. Switch the language in the toolbar.',
    attributes: { intro: referenceIntro, factors: referenceFactors },
    content: fallbackList(swedishLabels),
  },
  {
    name: 'Plain attribute',
    description: 'The simplest form an editor can type: a JSON list of Swedish labels in the attribute.',
    attributes: { factors: plainFactors },
  },
  {
    name: 'Script child',
    description:
      'For CMS editors that mangle long attributes: the data in a child script. The `<ul>` is fallback content, shown until the element renders and when scripts are off.',
    attributes: {},
    content: `<script type="application/json">${JSON.stringify(plainFactors)}</script>\n${fallbackList(plainFactors)}`,
  },
  {
    name: 'From file',
    description: 'One data file for the whole page: the element reads its `successFactors` and `successFactorsIntro`.',
    attributes: { src: '/data/vara-kommun.json' },
    content: fallbackList(swedishLabels),
  },
  {
    name: 'Chips',
    description: '`layout="chips"`: wrapped labels, still a real list for screen readers.',
    attributes: { layout: 'chips', factors: referenceFactors },
  },
  {
    name: 'With descriptions',
    description: 'Descriptions, and a factor with no English text: on an English page it is shown in Swedish and marked `lang="sv"`.',
    attributes: { factors: describedFactors },
  },
  {
    name: 'Own heading',
    description: 'A heading of the editor’s own, one level down to fit the page’s outline.',
    attributes: { heading: 'Det här gör oss framgångsrika', 'heading-level': 3, factors: plainFactors },
    lang: 'sv',
  },
  {
    name: 'Bad data',
    description: 'A label that is a number: the notice says which factor (counting from 1) and what is wrong; the page goes on working.',
    attributes: { factors: [{ label: 'Folkhälsa' }, { label: 42 }] },
    error: true,
  },
];

export const successFactorsExamples: ExampleSet = { tag: 'success-factors', examples };
