import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/success-factors/success-factors.js';
import { successFactorsExamples } from '../src/success-factors/success-factors.examples.js';
import { exampleStory } from './example-story.js';

/**
 * A heading, an optional intro and a real list of the success factors (framgångsfaktorer).
 * Paste the element into a CMS page and give it the factors as JSON in the `factors`
 * attribute, in a child `<script type="application/json">`, or in a file named by `src`.
 *
 * Every story is an example an editor can paste: "Show code" gives the snippet.
 */
const meta: Meta = {
  title: 'Elements/success-factors',
  component: 'success-factors',
  tags: ['autodocs'],
};
export default meta;

type Story = StoryObj;

export const ReferencePage: Story = exampleStory(successFactorsExamples, 'Reference page');
export const PlainAttribute: Story = exampleStory(successFactorsExamples, 'Plain attribute');
export const ScriptChild: Story = exampleStory(successFactorsExamples, 'Script child');
export const FromFile: Story = exampleStory(successFactorsExamples, 'From file');
export const Chips: Story = exampleStory(successFactorsExamples, 'Chips');
export const WithDescriptions: Story = exampleStory(successFactorsExamples, 'With descriptions');
export const OwnHeading: Story = exampleStory(successFactorsExamples, 'Own heading');
export const BadData: Story = exampleStory(successFactorsExamples, 'Bad data');
