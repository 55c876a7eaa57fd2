import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/goal-list/goal-list.js';
import { followUpSet, oneBadGoal, referenceSet, referenceTitles } from '../src/goal-list/goal-list.fixtures.js';

/**
 * A municipality's overarching goals: the goal set's title, intro and note, an optional summary
 * of the goal titles, and each goal as `<goal-card>` shows it (rendered in the list's own shadow
 * root). One data file (a goal set) serves the whole page: give it in the `goals` attribute, a
 * child `<script type="application/json">`, or `src`. A goal's address is `#<goal id>`: following such a link brings the goal into view
 * and moves focus to its heading.
 */
const meta: Meta = {
  title: 'Elements/goal-list',
  component: 'goal-list',
  tags: ['autodocs'],
};
export default meta;

type Story = StoryObj;

const fallback = html`<ul>
  ${referenceTitles.map((title) => html`<li>${title}</li>`)}
</ul>`;

/** The goals of the reference page (Vara kommun), with the summary list the page has. Switch the language in the toolbar. */
export const ReferencePage: Story = {
  render: () => html`<goal-list summary .goals=${referenceSet}></goal-list>`,
};

/** One data file for the whole page, read with `src`; the plain list is fallback content until it loads. */
export const FromFile: Story = {
  render: () => html`<goal-list summary src="data/vara-kommun.json">${fallback}</goal-list>`,
};

/** For CMS editors that mangle long attributes: the goals in a child script, the shortest way (Swedish only, no ids). */
export const ScriptChild: Story = {
  render: () =>
    html`<goal-list summary>
      <script type="application/json">
        [
          { "title": "Attraktivt Vara med livskraft för alla", "description": "Ett attraktivt Vara med god livskvalitet för alla." },
          { "title": "Hållbar ekonomi", "description": "Första stycket.\\n\\nAndra stycket." }
        ]
      </script>
      <ul>
        <li>Attraktivt Vara med livskraft för alla</li>
        <li>Hållbar ekonomi</li>
      </ul>
    </goal-list>`,
};

/** `layout="list"` (the default): goals with statuses, indicators and links, one under another. */
export const List: Story = {
  render: () => html`<goal-list layout="list" summary .goals=${followUpSet}></goal-list>`,
};

/** `layout="grid"`: columns of at least 20em that reflow to one column on a narrow screen. */
export const Grid: Story = {
  render: () => html`<goal-list layout="grid" .goals=${followUpSet}></goal-list>`,
};

/** `heading-level="3"`: the goals are h3 under the set's title (h2), for a page whose h2 sections hold the goals. */
export const NestedHeadings: Story = {
  render: () => html`<goal-list heading-level="3" .goals=${referenceSet}></goal-list>`,
};

/**
 * Another municipality's theme, through the documented custom properties only: accent, text,
 * border, radius and space.
 */
export const OtherTheme: Story = {
  render: () =>
    html`<goal-list
      layout="grid"
      summary
      style="
      --kommun-font-family: Georgia, serif;
      --kommun-color-accent: #6b1f5c;
      --kommun-color-text: #222222;
      --kommun-color-border: #8c7a85;
      --kommun-color-surface: #fcf9fb;
      --kommun-radius: 0.75em;
      --kommun-space: 1.25em;
    "
      .goals=${followUpSet}
    ></goal-list>`,
};

/**
 * One bad goal (the third has no title): the list is not shown at all, the notice names
 * `goals[2].title`, and the fallback content stays.
 */
export const OneBadGoal: Story = {
  render: () =>
    html`<goal-list goals=${JSON.stringify(oneBadGoal)}>
      <ul>
        <li>Ett</li>
        <li>Två</li>
        <li>Fyra</li>
      </ul>
    </goal-list>`,
};

/** A `src` that cannot be fetched: the notice says so and the fallback stays. */
export const UnreachableFile: Story = {
  render: () => html`<goal-list src="data/finns-inte.json">${fallback}</goal-list>`,
};
