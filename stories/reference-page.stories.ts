import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { pickText } from '../src/data/localized-text.js';
import '../src/goal-list/goal-list.js';
import { referencePage, referenceSet, referenceTitles } from '../src/goal-list/goal-list.fixtures.js';
import '../src/contact-status/contact-status.js';
import { referenceContact } from '../src/contact-status/contact-status.fixtures.js';
import '../src/page-feedback/page-feedback.js';
import '../src/success-factors/success-factors.js';
import { referenceFactors, referenceIntro } from '../src/success-factors/success-factors.fixtures.js';

/**
 * The reference page (Vara kommun, "Övergripande mål") composed of the elements, from the one
 * data file `data/vara-kommun.json`. Switch Svenska / English in the toolbar: the page's own
 * heading and lede come from the file's `page` texts, the rest from the elements.
 *
 * The outline is the page's: h1 (the page), then h2 for the goal set's title, each goal, the
 * success factors, the contact centre and the feedback question. The contact centre's status is
 * live (the real clock); the feedback answers only fire events here (no endpoint).
 */
const meta: Meta = {
  title: 'Pages/Reference page',
};
export default meta;

type Story = StoryObj;

export const ReferencePage: Story = {
  name: 'Övergripande mål (Vara kommun)',
  render: (_args, { globals }) => {
    const lang = String(globals['locale'] ?? 'sv');
    return html`<main>
      <h1>${pickText(referencePage.heading, lang).text}</h1>
      <p>${pickText(referencePage.lede, lang).text}</p>

      <goal-list summary .goals=${referenceSet}>
        <ul>
          ${referenceTitles.map((title) => html`<li>${title}</li>`)}
        </ul>
      </goal-list>

      <success-factors .factors=${referenceFactors} intro=${JSON.stringify(referenceIntro)}></success-factors>

      <contact-status .contact=${referenceContact}></contact-status>

      <page-feedback page="/overgripande-mal"></page-feedback>
    </main>`;
  },
};
