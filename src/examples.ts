/**
 * Every element's examples, for the tests and the guides (not part of the package: nothing in
 * src/index.ts imports it).
 */
import { contactStatusExamples } from './contact-status/contact-status.examples.js';
import type { ExampleSet } from './data/snippet.js';
import { goalCardExamples } from './goal-card/goal-card.examples.js';
import { goalListExamples } from './goal-list/goal-list.examples.js';
import { pageFeedbackExamples } from './page-feedback/page-feedback.examples.js';
import { successFactorsExamples } from './success-factors/success-factors.examples.js';

export const exampleSets: readonly ExampleSet[] = [goalListExamples, goalCardExamples, successFactorsExamples, contactStatusExamples, pageFeedbackExamples];
export { snippetOf } from './data/snippet.js';
export type { Example, ExampleSet } from './data/snippet.js';
