import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/index.js';
import { pickText } from '../src/data/localized-text.js';
import { escapeText, snippetOf } from '../src/data/snippet.js';
import type { ExampleSet } from '../src/data/snippet.js';
import { contactStatusExamples } from '../src/contact-status/contact-status.examples.js';
import { goalListExamples } from '../src/goal-list/goal-list.examples.js';
import { referencePage } from '../src/goal-list/goal-list.fixtures.js';
import { successFactorsExamples } from '../src/success-factors/success-factors.examples.js';

/**
 * The reference page (Vara kommun, "Övergripande mål") composed of the elements, each pasted as
 * its reference example's snippet: "Show code" is the page's whole body. Switch Svenska / English
 * in the toolbar: the page's own heading and lede come from the file's `page` texts, the rest
 * from the elements.
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

const reference = ({ tag, examples }: ExampleSet) =>
  snippetOf(
    tag,
    examples.find((example) => example.name === 'Reference page')!,
  );

const body = (lang: string) =>
  [
    '<main>',
    `<h1>${escapeText(pickText(referencePage.heading, lang).text)}</h1>`,
    `<p>${escapeText(pickText(referencePage.lede, lang).text)}</p>`,
    reference(goalListExamples),
    reference(successFactorsExamples),
    reference(contactStatusExamples),
    '<page-feedback page="overgripande-mal" contact-href="/kontakta-oss"></page-feedback>',
    '</main>',
  ].join('\n');

export const ReferencePage: Story = {
  name: 'Övergripande mål (Vara kommun)',
  render: (_args, { globals }) => body(String(globals['locale'] ?? 'sv')),
  parameters: {
    docs: {
      source: { language: 'html', transform: (_code: string, { globals }: { globals: Record<string, string | undefined> }) => body(globals['locale'] ?? 'sv') },
    },
  },
};
