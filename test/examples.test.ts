/**
 * Every example of every element (the list the stories and the guides are made from), pasted as
 * its snippet into a page in Swedish and in English: it renders, shows a notice only when it is
 * meant to, and is axe clean.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import coreEn from '../src/base/locales/en.json';
import coreSv from '../src/base/locales/sv.json';
import { exampleSets, snippetOf } from '../src/examples.js';
import { forgetVotes } from '../src/page-feedback/session.js';
import { captureWarnings, shadow, textOf, until } from './helpers.js';

const loading = [coreSv.loading, coreEn.loading];

describe('the examples, pasted', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.stop());

  for (const { tag, examples } of exampleSets) {
    describe(`<${tag}>`, () => {
      for (const example of examples) {
        for (const lang of example.lang ? [example.lang] : (['sv', 'en'] as const)) {
          it(`${example.name} (${lang})`, async () => {
            const page = example.attributes['page'];
            if (typeof page === 'string') forgetVotes(page);
            const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
            wrapper.innerHTML = snippetOf(tag, example);
            const el = wrapper.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(tag)!;
            await el.updateComplete;
            const notice = () => shadow(el).querySelector('[part~="error"]');
            const shown = () => textOf(shadow(el));
            await until(() => (example.error ? notice() !== null : shown().length > 0 && !loading.some((text) => shown().includes(text))), `${tag} renders`);
            if (example.error) {
              expect(textOf(notice()), 'positions in words, not a path').not.to.match(/\[\d+\]/);
            } else {
              expect(notice(), textOf(notice())).to.equal(null);
              expect(shown().length).to.be.greaterThan(10);
            }
            await expect(el).to.be.accessible();
          });
        }
      }
    });
  }
});
