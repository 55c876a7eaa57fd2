// The element base, through one element (<success-factors>): language and direction from the
// context, data from a script child, strings per element. These are the behaviours its
// shortcuts (one ancestor walk, cached translators, the children observer only while a script
// child can matter) must keep.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/success-factors/success-factors.js';
import type { SuccessFactors } from '../src/success-factors/success-factors.js';
import { captureWarnings, shadow, textOf, until } from './helpers.js';

const items = (el: Element) => [...shadow(el).querySelectorAll('li')].map((li) => textOf(li));
const heading = (el: Element) => textOf(shadow(el).querySelector('[part="heading"]'));
const base = (el: Element) => shadow(el).querySelector('[part="base"]')!;

/** A frame, so that mutation observers and the updates they request have run. */
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

function script(json: string): HTMLScriptElement {
  const element = document.createElement('script');
  element.type = 'application/json';
  element.textContent = json;
  return element;
}

describe('the element base', () => {
  describe('language and direction from the context', () => {
    it('takes lang and dir from different ancestors, whichever is nearer', async () => {
      const outer = await fixture<HTMLDivElement>(
        html`<div dir="rtl">
          <section lang="en"><success-factors .factors=${['Kultur']}></success-factors></section>
        </div>`,
      );
      const el = outer.querySelector('success-factors')!;
      await el.updateComplete;
      expect(base(el).getAttribute('lang')).to.equal('en');
      expect(base(el).getAttribute('dir')).to.equal('rtl', 'dir is looked for past the ancestor that has lang');
      const inner = await fixture<HTMLDivElement>(
        html`<div lang="en">
          <section dir="rtl"><success-factors .factors=${['Kultur']}></success-factors></section>
        </div>`,
      );
      const other = inner.querySelector('success-factors')!;
      await other.updateComplete;
      expect(heading(other)).to.equal('Success factors', 'lang is looked for past the ancestor that has dir');
      expect(base(other).getAttribute('dir')).to.equal('rtl');
    });

    it('skips lang="" and dir="" on the way up, and walks through a link (whose .host is its URL’s)', async () => {
      const outer = await fixture<HTMLDivElement>(
        html`<div lang="en" dir="rtl">
          <a href="https://www.vara.se/"
            ><p lang="" dir=""><success-factors .factors=${['Kultur']}></success-factors></p
          ></a>
        </div>`,
      );
      const el = outer.querySelector('success-factors')!;
      await el.updateComplete;
      expect(heading(el)).to.equal('Success factors');
      expect(base(el).getAttribute('dir')).to.equal('rtl');
    });

    it('re-renders when an ancestor’s lang changes, and flips when an ancestor’s dir does', async () => {
      const outer = await fixture<HTMLDivElement>(
        html`<div lang="sv">
          <p><success-factors .factors=${['Kultur']}></success-factors></p>
        </div>`,
      );
      const el = outer.querySelector('success-factors')!;
      await el.updateComplete;
      expect(heading(el)).to.equal('Framgångsfaktorer');
      outer.lang = 'en';
      await until(() => heading(el) === 'Success factors', 'lang change re-renders');
      outer.querySelector('p')!.dir = 'rtl';
      await until(() => base(el).getAttribute('dir') === 'rtl', 'dir change on an ancestor flips');
      outer.querySelector('p')!.removeAttribute('dir');
      await until(() => base(el).getAttribute('dir') === 'ltr', 'dir removed: the language’s direction again');
    });

    it('follows a lang change inside another component’s shadow root it sits in', async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const root = host.attachShadow({ mode: 'open' });
      root.innerHTML = '<section lang="sv"><success-factors></success-factors></section>';
      const el = root.querySelector<SuccessFactors>('success-factors')!;
      el.factors = ['Kultur'];
      await el.updateComplete;
      expect(heading(el)).to.equal('Framgångsfaktorer');
      root.querySelector('section')!.lang = 'en';
      await until(() => heading(el) === 'Success factors', 'a change the document’s observer cannot see');
    });
  });

  describe('data from a script child', () => {
    it('reads a script child added after the upgrade when there is no property or attribute', async () => {
      const el = await fixture<SuccessFactors>(html`<success-factors></success-factors>`);
      expect(items(el)).to.deep.equal([]);
      el.append(script('["Kultur"]'));
      await until(() => items(el).join() === 'Kultur', 'script child added later');
    });

    it('reads a script child again once the property that beat it is gone', async () => {
      const el = await fixture<SuccessFactors>(html`<success-factors .factors=${['Egenskap']}></success-factors>`);
      el.append(script('["Skript"]'));
      await frame();
      await el.updateComplete;
      expect(items(el)).to.deep.equal(['Egenskap'], 'the property wins');
      el.factors = undefined;
      await el.updateComplete;
      expect(items(el)).to.deep.equal(['Skript']);
      el.querySelector('script')!.textContent = '["Ändrad"]';
      await until(() => items(el).join() === 'Ändrad', 'a change of the script child is read');
    });

    it('reads a script child added after the attribute that beat it is removed', async () => {
      const el = await fixture<SuccessFactors>(html`<success-factors factors='["Attribut"]'></success-factors>`);
      el.removeAttribute('factors');
      await el.updateComplete;
      el.append(script('["Skript"]'));
      await until(() => items(el).join() === 'Skript', 'script child added after the attribute went');
    });

    it('still follows its script child after being moved to another place in the page', async () => {
      const el = await fixture<SuccessFactors>(
        html`<success-factors
          ><script type="application/json">
            ["Kultur"]
          </script></success-factors
        >`,
      );
      const elsewhere = await fixture<HTMLDivElement>(html`<div></div>`);
      elsewhere.append(el);
      await el.updateComplete;
      el.querySelector('script')!.textContent = '["Dialog"]';
      await until(() => items(el).join() === 'Dialog', 'script change after the move');
    });
  });

  describe('strings', () => {
    it('keeps each element’s overrides its own, and follows a change of them', async () => {
      const outer = await fixture<HTMLDivElement>(
        html`<div>
          <success-factors i18n='{"heading": "Våra faktorer"}' .factors=${['Kultur']}></success-factors>
          <success-factors .factors=${['Kultur']}></success-factors>
        </div>`,
      );
      const [overridden, plain] = [...outer.querySelectorAll('success-factors')];
      await Promise.all([overridden!.updateComplete, plain!.updateComplete]);
      expect(heading(overridden!)).to.equal('Våra faktorer');
      expect(heading(plain!)).to.equal('Framgångsfaktorer');
      overridden!.setAttribute('i18n', '{"heading": "Detta gör oss starka"}');
      await overridden!.updateComplete;
      expect(heading(overridden!)).to.equal('Detta gör oss starka');
      overridden!.lang = 'en';
      await overridden!.updateComplete;
      expect(heading(overridden!)).to.equal('Detta gör oss starka', 'a plain-string override holds in every language');
      expect(heading(plain!)).to.equal('Framgångsfaktorer');
    });

    it('identical overrides show alike on every element that has them, other ones their own', async () => {
      const ours = JSON.stringify({ heading: { sv: 'Våra faktorer', en: 'Our factors' } });
      const outer = await fixture<HTMLDivElement>(
        html`<div>
          <success-factors i18n=${ours} .factors=${['Kultur']}></success-factors>
          <success-factors i18n=${ours} .factors=${['Kultur']}></success-factors>
          <success-factors i18n='{"heading": "Andra faktorer"}' .factors=${['Kultur']}></success-factors>
          <success-factors lang="en" i18n=${ours} .factors=${['Kultur']}></success-factors>
        </div>`,
      );
      const elements = [...outer.querySelectorAll('success-factors')];
      await Promise.all(elements.map((el) => el.updateComplete));
      expect(elements.map(heading)).to.deep.equal(['Våra faktorer', 'Våra faktorer', 'Andra faktorer', 'Our factors']);
      elements[0]!.lang = 'en';
      await elements[0]!.updateComplete;
      expect(elements.map(heading)).to.deep.equal(['Our factors', 'Våra faktorer', 'Andra faktorer', 'Our factors']);
      await expect(outer).to.be.accessible();
    });

    it('nests built-in strings with $t() in an override; one nesting itself shows the built-in text, with a warning', async () => {
      const warnings = captureWarnings();
      try {
        const outer = await fixture<HTMLDivElement>(
          html`<div>
            <success-factors i18n='{"heading": "$t(success-factors:heading) i Vara"}' .factors=${['Kultur']}></success-factors>
            <success-factors i18n='{"heading": "Om $t(heading)"}' .factors=${['Kultur']}></success-factors>
          </div>`,
        );
        const [nesting, looping] = [...outer.querySelectorAll('success-factors')];
        await Promise.all([nesting!.updateComplete, looping!.updateComplete]);
        expect(heading(nesting!)).to.equal('Framgångsfaktorer i Vara');
        expect(heading(looping!)).to.equal('Framgångsfaktorer');
        expect(warnings.messages.filter((message) => message.includes('i18n.heading') && message.includes('nests itself'))).to.have.length(1);
        nesting!.lang = 'en';
        await nesting!.updateComplete;
        expect(heading(nesting!)).to.equal('Success factors i Vara');
        await expect(outer).to.be.accessible();
      } finally {
        warnings.stop();
      }
    });
  });
});
