import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { referenceContact } from '../src/contact-status/contact-status.fixtures.js';
import { referenceGoal } from '../src/goal-card/goal-card.fixtures.js';
import { followUpSet } from '../src/goal-list/goal-list.fixtures.js';
import { referenceFactors } from '../src/success-factors/success-factors.fixtures.js';

/**
 * Two municipalities, two looks: the same elements themed only with the documented
 * `--kommun-*` custom properties and `::part()` selectors, set on an ancestor in the page's own
 * stylesheet. Nothing else of the host page reaches into the elements. The accent shapes every
 * element in its default state: the rim on each goal, the rule under a set's title, list
 * markers, chips, the week's disclosure and the feedback buttons.
 *
 * ```css
 * .theme-plum {
 *   --kommun-font-family: Georgia, 'Times New Roman', serif;
 *   --kommun-color-accent: #6b1d5c;          // 9.5:1 on white
 *   --kommun-color-text: #222222;
 *   --kommun-color-surface: #fbf7f3;
 *   --kommun-color-border: #7a6a5f;
 *   --kommun-radius: 0.75em;
 *   --kommun-space: 1.5em;
 *   --kommun-focus-ring: 0.25em dashed #6b1d5c;
 * }
 * .theme-plum goal-list::part(card-heading) { letter-spacing: 0.02em; }
 * ```
 *
 * `--kommun-color-accent-contrast` (text on the accent) defaults to white on a dark accent and
 * black on a light one. On a page that asks for dark colours (`color-scheme: dark`), give the
 * accent a light value too: `--kommun-color-accent: light-dark(#6b1d5c, #e5a6d6)`.
 */
const meta: Meta = {
  title: 'Theming/Two municipalities',
};
export default meta;

type Story = StoryObj;

const themes = `
  .themes {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 24em), 1fr));
    gap: 1.5em;
  }
  .themes > div {
    display: flex;
    flex-direction: column;
    gap: 1em;
    min-width: 0;
    padding: 1em;
  }
  .theme-plum {
    --kommun-font-family: Georgia, 'Times New Roman', serif;
    --kommun-color-accent: #6b1d5c;
    --kommun-color-text: #222222;
    --kommun-color-surface: #fbf7f3;
    --kommun-color-border: #7a6a5f;
    --kommun-color-open: #1d5c2e;
    --kommun-color-closed: #8c1c13;
    --kommun-radius: 0.75em;
    --kommun-space: 1.5em;
    --kommun-focus-ring: 0.25em dashed #6b1d5c;
    background: #fbf7f3;
  }
  .theme-plum goal-list::part(card-heading) {
    letter-spacing: 0.02em;
  }
  .theme-forest {
    --kommun-font-family: 'Trebuchet MS', Verdana, sans-serif;
    --kommun-color-accent: #1f5f3a;
    --kommun-color-border: #5d6b62;
    --kommun-radius: 0;
    --kommun-space: 1em;
    background: #ffffff;
  }
`;

/** Every element, in its default state and with its usual data. */
const everyElement = (page: string) =>
  html`<goal-list .goals=${followUpSet}></goal-list>
    <goal-card .goal=${referenceGoal}></goal-card>
    <success-factors .factors=${referenceFactors}></success-factors>
    <success-factors layout="chips" .factors=${referenceFactors}></success-factors>
    <contact-status .contact=${referenceContact} now="2026-09-24T10:00:00+02:00"></contact-status>
    <page-feedback page=${page}></page-feedback>`;

export const TwoMunicipalities: Story = {
  render: () =>
    html`<style>
        ${themes}
      </style>
      <div class="themes">
        <div class="theme-plum">${everyElement('/storybook/theme-plum')}</div>
        <div class="theme-forest">${everyElement('/storybook/theme-forest')}</div>
      </div>`,
};

/** The default theme, for comparison, on a light page and on a page that asks for dark colours. */
export const DefaultThemeLightAndDark: Story = {
  render: () =>
    html`<style>
        ${themes}
      </style>
      <div class="themes">
        <div style="background: #ffffff; color: #1b1b1b">${everyElement('/storybook/default-light')}</div>
        <div style="color-scheme: dark; background: #121212; color: #e8e8e8">${everyElement('/storybook/default-dark')}</div>
      </div>`,
};
