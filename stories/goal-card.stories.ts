import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/goal-card/goal-card.js';
import {
  goalWithStatus,
  indicatorGoal,
  linkGoal,
  longTitleGoal,
  partlyTranslatedGoal,
  referenceFactors,
  referenceGoal,
  unsafeLinkGoal,
} from '../src/goal-card/goal-card.fixtures.js';
import type { StatusLevel } from '../src/data/types.js';

/**
 * One overarching goal (övergripande mål) as an `<article>`: its title as a real heading, its
 * paragraphs, its status in words, its success factors, its indicators and its links.
 * `<goal-list>` shows one per goal; on its own it takes the goal as JSON in the `goal`
 * attribute or a child `<script type="application/json">`.
 */
const meta: Meta = {
  title: 'Elements/goal-card',
  component: 'goal-card',
  tags: ['autodocs'],
};
export default meta;

type Story = StoryObj;

const statusCard = (level: StatusLevel): Story => ({
  render: () => html`<goal-card .goal=${goalWithStatus(level)} .factors=${referenceFactors}></goal-card>`,
});

/** The reference page's first goal (Vara kommun): switch the language in the toolbar. */
export const ReferenceGoal: Story = {
  render: () => html`<goal-card .goal=${referenceGoal}></goal-card>`,
};

/** Status `achieved`: a tick, the word and a green rim, so that colour is never the only sign. */
export const Achieved = statusCard('achieved');

/** Status `on-track`: an arrow and the words "På väg att uppnås". */
export const OnTrack = statusCard('on-track');

/** Status `at-risk`: an exclamation mark and the words "Risk att inte uppnås". */
export const AtRisk = statusCard('at-risk');

/** Status `off-track`: a cross and the words "Uppnås inte". */
export const OffTrack = statusCard('off-track');

/** Status `not-assessed`: a dash and the words "Inte bedömt". */
export const NotAssessed = statusCard('not-assessed');

/**
 * Indicators as a small table: the result with its unit and year, the target, and whether the
 * result is on the right side of it in words (`higherIsBetter: false` for sickness absence).
 * Numbers follow the language: `1 250,5 kr` / `1,250.5 kr`. A status label of the data's own
 * ("Delvis uppnått") replaces the built-in one. Narrow the window to see each indicator stacked.
 */
export const WithIndicators: Story = {
  render: () => html`<goal-card .goal=${indicatorGoal} .factors=${referenceFactors}></goal-card>`,
};

/** Links to a web page, an e-mail address and a phone number. */
export const WithLinks: Story = {
  render: () => html`<goal-card .goal=${linkGoal}></goal-card>`,
};

/**
 * A `javascript:` link in the data is left out (with a console warning naming
 * `goal.links[0].href`); the safe link stays.
 */
export const UnsafeLinkLeftOut: Story = {
  render: () => html`<goal-card .goal=${unsafeLinkGoal}></goal-card>`,
};

/**
 * Text missing in English: switch the toolbar to English. The second paragraph and the status
 * label are shown in Swedish and carry `lang="sv"`, so that screen readers pronounce them right.
 */
export const MissingTranslation: Story = {
  render: () => html`<goal-card .goal=${partlyTranslatedGoal} .factors=${referenceFactors}></goal-card>`,
};

/** A very long title, with a very long word: it wraps and never scrolls sideways. */
export const LongTitle: Story = {
  render: () => html`<goal-card .goal=${longTitleGoal}></goal-card>`,
};

/** Heading level 3, for a card under a section's h2. */
export const HeadingLevel3: Story = {
  render: () => html`<goal-card heading-level="3" .goal=${referenceGoal}></goal-card>`,
};

/** For CMS editors: the goal in a child script; the heading and paragraph are fallback content. */
export const ScriptChild: Story = {
  render: () =>
    html`<goal-card>
      <script type="application/json">
        { "title": { "sv": "Hållbar ekonomi", "en": "Sustainable finances" }, "status": { "level": "on-track" } }
      </script>
      <h2>Hållbar ekonomi</h2>
    </goal-card>`,
};

/** Bad data (a status level that does not exist): a notice names `goal.status.level`; the fallback stays. */
export const BadData: Story = {
  render: () =>
    html`<goal-card goal='{"title": "Hållbar ekonomi", "status": {"level": "great"}}'>
      <h2>Hållbar ekonomi</h2>
    </goal-card>`,
};
