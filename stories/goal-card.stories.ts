import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { GoalInput } from '../src/data/types.js';
import '../src/goal-card/goal-card.js';
import { goalCardExamples } from '../src/goal-card/goal-card.examples.js';
import { exampleStory } from './example-story.js';

/**
 * One overarching goal (övergripande mål) as an `<article>`: its title as a real heading, its
 * paragraphs, its status in words, its success factors, its indicators and its links.
 * `<goal-list>` shows one per goal; on its own it takes the goal as JSON in the `goal`
 * attribute or a child `<script type="application/json">`. On its own a card knows no goal set,
 * so it shows the success factors a goal names as they are written.
 *
 * Every story is an example an editor can paste: "Show code" gives the snippet.
 */
const meta: Meta = {
  title: 'Elements/goal-card',
  component: 'goal-card',
  tags: ['autodocs'],
};
export default meta;

type Story = StoryObj;

export const ReferenceGoal: Story = exampleStory(goalCardExamples, 'Reference goal');
export const Achieved: Story = exampleStory(goalCardExamples, 'Status achieved');
export const OnTrack: Story = exampleStory(goalCardExamples, 'Status on-track');
export const AtRisk: Story = exampleStory(goalCardExamples, 'Status at-risk');
export const OffTrack: Story = exampleStory(goalCardExamples, 'Status off-track');
export const NotAssessed: Story = exampleStory(goalCardExamples, 'Status not-assessed');
export const WithIndicators: Story = exampleStory(goalCardExamples, 'With indicators');
export const WithLinks: Story = exampleStory(goalCardExamples, 'With links');
export const UnsafeLinkLeftOut: Story = exampleStory(goalCardExamples, 'Unsafe link left out');
export const MissingTranslation: Story = exampleStory(goalCardExamples, 'Missing translation');
export const LongTitle: Story = exampleStory(goalCardExamples, 'Long title');
export const HeadingLevel3: Story = exampleStory(goalCardExamples, 'Heading level 3');
export const ScriptChild: Story = exampleStory(goalCardExamples, 'Script child');
export const BadData: Story = exampleStory(goalCardExamples, 'Bad data');

/**
 * An indicator filled from Kolada by `kommun-elements kolada mal.json` (value, year, previous
 * value and year, and the source): its trend in words, whether the target is met, and a bar.
 */
const koladaGoal: GoalInput = {
  id: 'halsa',
  title: { sv: 'God folkhälsa', en: 'Good public health' },
  description: [],
  indicators: [
    {
      // Illustrative figures: the command writes the real ones.
      label: { sv: 'Nyckeltal N01951', en: 'Key figure N01951' },
      value: 74,
      unit: '%',
      target: 75,
      year: 2024,
      previous: { value: 71, year: 2023 },
      source: 'Kolada',
      kolada: { kpi: 'N01951', municipality: '1470', gender: 'T' },
    },
  ],
};

export const KoladaIndicator: Story = {
  name: 'Kolada indicator with trend',
  render: () => html`<goal-card .goal=${koladaGoal}></goal-card>`,
};
