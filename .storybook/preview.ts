import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
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
          { value: 'fi', right: 'FI', title: 'Suomi' },
          { value: 'ar', right: 'AR', title: 'العربية' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'sv' },
  // The elements take their language from the nearest `lang`, as on a real page.
  // A story made from an example renders its snippet as a string: HTML, as an editor pastes it.
  decorators: [
    (story, { globals }) => {
      const rendered = story();
      return html`<div lang=${String(globals['locale'] ?? 'sv')}>${typeof rendered === 'string' ? unsafeHTML(rendered) : rendered}</div>`;
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};

export default preview;
