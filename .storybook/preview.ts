import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';

// Controls and the docs' attribute, event, slot, part and CSS property tables come from the
// manifest, which is generated from the elements' doc comments.
setCustomElementsManifest(manifest);

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'The language of the page around the elements',
      toolbar: {
        title: 'Språk / Language',
        icon: 'globe',
        items: [
          { value: 'sv', right: 'SV', title: 'Svenska' },
          { value: 'en', right: 'EN', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'sv' },
  // The elements take their language from the nearest `lang`, as on a real page.
  decorators: [(story, { globals }) => html`<div lang=${String(globals['locale'] ?? 'sv')}>${story()}</div>`],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};

export default preview;
