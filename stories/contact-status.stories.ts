import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/contact-status/contact-status.js';
import { contactStatusExamples } from '../src/contact-status/contact-status.examples.js';
import { exampleStory } from './example-story.js';

/**
 * The contact centre (kontaktcenter): its name, a short text, whether it is open now and when
 * that changes, the phone number and e-mail address, and the week's hours behind a disclosure.
 * The status follows the Swedish calendar (holidays, eves, days before a holiday) in the
 * office's time zone, and changes by itself at the next opening or closing.
 *
 * The first stories run on the real clock, as a published page does. The stories named after a
 * moment freeze the clock with `now` (a preview setting: leave it out on a real page), so that
 * they always show that moment.
 */
const meta: Meta = {
  title: 'Elements/contact-status',
  component: 'contact-status',
  tags: ['autodocs'],
};
export default meta;

type Story = StoryObj;

export const ReferencePage: Story = exampleStory(contactStatusExamples, 'Reference page');
export const Attributes: Story = exampleStory(contactStatusExamples, 'Attributes');
export const NoHours: Story = exampleStory(contactStatusExamples, 'No hours');
export const FromFile: Story = exampleStory(contactStatusExamples, 'From file');
export const BadHours: Story = exampleStory(contactStatusExamples, 'Bad hours');
export const FridayEvening: Story = exampleStory(contactStatusExamples, 'Friday evening');
export const Open: Story = exampleStory(contactStatusExamples, 'Open');
export const ClosingSoon: Story = exampleStory(contactStatusExamples, 'Closing soon');
export const ClosedInTheMorning: Story = exampleStory(contactStatusExamples, 'Closed in the morning');
export const ClosedInTheEvening: Story = exampleStory(contactStatusExamples, 'Closed in the evening');
export const Julafton: Story = exampleStory(contactStatusExamples, 'Julafton');
export const SummerClosure: Story = exampleStory(contactStatusExamples, 'Summer closure');
