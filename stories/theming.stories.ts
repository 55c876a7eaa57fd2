import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { referenceContact } from '../src/contact-status/contact-status.fixtures.js';
import { followUpSet } from '../src/goal-list/goal-list.fixtures.js';
import { referenceFactors } from '../src/success-factors/success-factors.fixtures.js';

/**
 * Another municipality, another look: the same elements themed only with the documented
 * `--kommun-*` custom properties and `::part()` selectors, set on an ancestor in the page's own
 * stylesheet. Nothing else of the host page reaches into the elements.
 *
 * ```css
 * .municipality-theme {
 *   --kommun-font-family: Georgia, 'Times New Roman', serif;
 *   --kommun-color-accent: #6b1d5c;          // 9.5:1 on white
 *   --kommun-color-accent-contrast: #ffffff;
 *   --kommun-color-text: #222222;
 *   --kommun-color-surface: #fbf7f3;
 *   --kommun-color-border: #7a6a5f;
 *   --kommun-color-open: #1d5c2e;
 *   --kommun-color-closed: #8c1c13;
 *   --kommun-radius: 0.75em;
 *   --kommun-space: 1.5em;
 *   --kommun-focus-ring: 0.25em dashed #6b1d5c;
 * }
 * .municipality-theme goal-list::part(card-heading) { letter-spacing: 0.02em; }
 * ```
 */
const meta: Meta = {
  title: 'Theming/Another municipality',
};
export default meta;

type Story = StoryObj;

const theme = `
  .municipality-theme {
    --kommun-font-family: Georgia, 'Times New Roman', serif;
    --kommun-color-accent: #6b1d5c;
    --kommun-color-accent-contrast: #ffffff;
    --kommun-color-text: #222222;
    --kommun-color-surface: #fbf7f3;
    --kommun-color-border: #7a6a5f;
    --kommun-color-open: #1d5c2e;
    --kommun-color-closed: #8c1c13;
    --kommun-radius: 0.75em;
    --kommun-space: 1.5em;
    --kommun-focus-ring: 0.25em dashed #6b1d5c;
    padding: 1em;
    background: #fbf7f3;
  }
  .municipality-theme goal-list::part(card-heading) {
    letter-spacing: 0.02em;
  }
`;

export const AnotherMunicipality: Story = {
  render: () =>
    html`<style>
        ${theme}
      </style>
      <div class="municipality-theme">
        <goal-list layout="grid" .goals=${followUpSet}></goal-list>
        <success-factors layout="chips" .factors=${referenceFactors}></success-factors>
        <contact-status .contact=${referenceContact} now="2026-09-24T10:00:00+02:00"></contact-status>
        <page-feedback></page-feedback>
      </div>`,
};

/** The default theme, for comparison. */
export const DefaultTheme: Story = {
  render: () =>
    html`<goal-list layout="grid" .goals=${followUpSet}></goal-list>
      <success-factors layout="chips" .factors=${referenceFactors}></success-factors>
      <contact-status .contact=${referenceContact} now="2026-09-24T10:00:00+02:00"></contact-status>
      <page-feedback></page-feedback>`,
};
