import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../demo/builder/kommun-builder.js';
import vara from '../data/vara-kommun.json';

/**
 * The goal-set builder for web editors (`builder.html`; code in `demo/builder/`, not part of the
 * library): a form over a goal set with the live `<goal-list>`, `<success-factors>` and
 * `<contact-status>` beside it, problems at their fields and in a summary, the snippets to copy,
 * the JSON to download, and a box that opens a pasted snippet or JSON. It follows the toolbar's
 * language (Swedish and English; others show Swedish).
 */
const meta: Meta = {
  title: 'Editors/Builder',
  component: 'kommun-builder',
  parameters: { layout: 'fullscreen' },
};
export default meta;

type Story = StoryObj;

/** An empty form, as an editor who starts from nothing sees it. */
export const Empty: Story = {
  render: () => html`<kommun-builder></kommun-builder>`,
};

/** The reference page (Vara kommun) opened for editing. */
export const FromTheExample: Story = {
  render: () => html`<kommun-builder .goalSet=${structuredClone(vara)}></kommun-builder>`,
};
