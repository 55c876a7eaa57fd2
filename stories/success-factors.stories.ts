import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/success-factors/success-factors.js';
import { describedFactors, plainFactors, referenceFactors, referenceIntro } from '../src/success-factors/success-factors.fixtures.js';

/**
 * A heading, an optional intro and a real list of the success factors (framgångsfaktorer).
 * Paste the element into a CMS page and give it the factors as JSON in the `factors`
 * attribute, in a child `<script type="application/json">`, or in a file named by `src`.
 */
const meta: Meta = {
  title: 'Elements/success-factors',
  component: 'success-factors',
  tags: ['autodocs'],
};
export default meta;

type Story = StoryObj;

/** The reference page (Vara kommun): switch the language in the toolbar. */
export const ReferencePage: Story = {
  render: () => html`<success-factors .factors=${referenceFactors} intro=${JSON.stringify(referenceIntro)}></success-factors>`,
};

/** The simplest form an editor can type: a JSON list of Swedish labels in the attribute. */
export const PlainAttribute: Story = {
  render: () => html`<success-factors factors=${JSON.stringify(plainFactors)}></success-factors>`,
};

/**
 * For CMS editors that mangle long attributes: the data in a child script. The `<ul>` is
 * fallback content, shown until the element renders and when scripts are off.
 */
export const ScriptChild: Story = {
  render: () =>
    html`<success-factors>
      <script type="application/json">
        ["Folkhälsa", "Samverkan", "Dialog"]
      </script>
      <ul>
        <li>Folkhälsa</li>
        <li>Samverkan</li>
        <li>Dialog</li>
      </ul>
    </success-factors>`,
};

/** One data file for the whole page: the element reads its `successFactors` and intro. */
export const FromFile: Story = {
  render: () => html`<success-factors src="data/vara-kommun.json"></success-factors>`,
};

/** `layout="chips"`: wrapped labels, still a real list for screen readers. */
export const Chips: Story = {
  render: () => html`<success-factors layout="chips" .factors=${referenceFactors}></success-factors>`,
};

/** Descriptions, and a factor with no English text: shown in Swedish and marked `lang="sv"`. */
export const WithDescriptions: Story = {
  render: () => html`<success-factors .factors=${describedFactors}></success-factors>`,
};

/** A heading of the editor's own, one level down to fit the page's outline. */
export const OwnHeading: Story = {
  render: () => html`<success-factors heading="Det här gör oss framgångsrika" heading-level="3" .factors=${plainFactors}></success-factors>`,
};

/** Mistyped JSON: a visible notice names the broken field; the page goes on working. */
export const BadData: Story = {
  render: () => html`<success-factors factors='[{"label": "Folkhälsa"}, {"label": 42}]'></success-factors>`,
};
