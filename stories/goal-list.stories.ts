import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/goal-list/goal-list.js';
import { goalListExamples } from '../src/goal-list/goal-list.examples.js';
import { exampleStory } from './example-story.js';

/**
 * A municipality's overarching goals: the goal set's title, intro and note, an optional summary
 * of the goal titles, and each goal as `<goal-card>` shows it (rendered in the list's own shadow
 * root). One data file (a goal set) serves the whole page: give it in the `goals` attribute, a
 * child `<script type="application/json">`, or `src`. A goal's address is `#<goal id>`: following
 * such a link brings the goal into view and moves focus to its heading.
 *
 * Every story is an example an editor can paste: "Show code" gives the snippet, and Controls
 * change it (the JSON in `goals` too).
 */
const meta: Meta = {
  title: 'Elements/goal-list',
  component: 'goal-list',
  tags: ['autodocs'],
};
export default meta;

type Story = StoryObj;

export const ReferencePage: Story = exampleStory(goalListExamples, 'Reference page');
export const FromFile: Story = exampleStory(goalListExamples, 'From file');
export const ScriptChild: Story = exampleStory(goalListExamples, 'Script child');
export const Grid: Story = exampleStory(goalListExamples, 'Grid');
export const NestedHeadings: Story = exampleStory(goalListExamples, 'Nested headings');
export const OneBadGoal: Story = exampleStory(goalListExamples, 'One bad goal');
export const UnreachableFile: Story = exampleStory(goalListExamples, 'Unreachable file');
