import { expect, fixture, html } from '@open-wc/testing';
import { registerLocale } from '../src/base/i18n.js';
import '../src/success-factors/success-factors.js';
import type { SuccessFactors } from '../src/success-factors/success-factors.js';
import { describedFactors, hostileText, plainFactors, referenceFactors, referenceIntro } from '../src/success-factors/success-factors.fixtures.js';
import { captureWarnings, nextError, shadow, textOf, until, itReportsFailingSrc, itRejectsBadData } from './helpers.js';
import type { BadDataCase } from './helpers.js';

const items = (el: Element) => [...shadow(el).querySelectorAll('li')].map((li) => textOf(li));
const heading = (el: Element) => shadow(el).querySelector('[part="heading"]');
const notice = (el: Element) => shadow(el).querySelector('[part="error"]');

async function rendered(el: SuccessFactors): Promise<SuccessFactors> {
  await el.updateComplete;
  return el;
}

describe('<success-factors>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.stop());

  describe('reference page', () => {
    it('reads like the page: heading, intro and the seven factors as a real list', async () => {
      const el = await fixture<SuccessFactors>(html`<success-factors .factors=${referenceFactors} intro=${JSON.stringify(referenceIntro)}></success-factors>`);
      const h = heading(el);
      expect(h?.tagName).to.equal('H2');
      expect(textOf(h)).to.equal('Framgångsfaktorer');
      expect(textOf(shadow(el).querySelector('[part="intro"]'))).to.equal(
        'Framgångsfaktorer anger områden eller förhållningssätt som är viktiga för ökad måluppfyllelse.',
      );
      expect(shadow(el).querySelector('ul')?.children).to.have.length(7);
      expect(items(el)).to.deep.equal(['Folkhälsa', 'Samverkan', 'Dialog', 'Kultur', 'Digitalisering', 'Innovation', 'Utbildning']);
      await expect(el).to.be.accessible();
    });

    it('reads in English with lang="en"', async () => {
      const el = await fixture<SuccessFactors>(html`<success-factors lang="en" .factors=${referenceFactors}></success-factors>`);
      expect(textOf(heading(el))).to.equal('Success factors');
      expect(items(el)[0]).to.equal('Public health');
      await expect(el).to.be.accessible();
    });

    it('takes its intro from a goal set', async () => {
      const el = await fixture<SuccessFactors>(
        html`<success-factors .factors=${{ successFactors: referenceFactors, successFactorsIntro: referenceIntro }} lang="en"></success-factors>`,
      );
      expect(textOf(shadow(el).querySelector('[part="intro"]'))).to.match(/^Success factors identify areas/);
    });
  });

  describe('data sources', () => {
    it('renders from the property', async () => {
      const el = await fixture<SuccessFactors>(html`<success-factors .factors=${plainFactors}></success-factors>`);
      expect(items(el)).to.deep.equal(plainFactors);
    });

    it('renders from the JSON attribute, and re-renders when it changes', async () => {
      const el = await fixture<SuccessFactors>(html`<success-factors factors='["Kultur","Dialog"]'></success-factors>`);
      expect(items(el)).to.deep.equal(['Kultur', 'Dialog']);
      el.setAttribute('factors', '["Innovation"]');
      await rendered(el);
      expect(items(el)).to.deep.equal(['Innovation']);
    });

    it('renders from a child <script type="application/json">, also one added later', async () => {
      const el = await fixture<SuccessFactors>(
        html`<success-factors>
          <script type="application/json">
            ["Utbildning", "Kultur"]
          </script>
        </success-factors>`,
      );
      expect(items(el)).to.deep.equal(['Utbildning', 'Kultur']);
      el.querySelector('script')!.textContent = '["Dialog"]';
      await until(() => items(el).join() === 'Dialog', 'script child change re-renders');
    });

    it('renders from src served by the test server', async () => {
      const el = await fixture<SuccessFactors>(html`<success-factors src="/test/fixtures/factors.json"></success-factors>`);
      await until(() => items(el).length === 4, 'src loads');
      expect(items(el)).to.deep.equal(['Folkhälsa', 'Samverkan', 'Dialog', 'Kultur']);
    });

    it('reads the factors of a whole goal set from src', async () => {
      const el = await fixture<SuccessFactors>(html`<success-factors src="/data/vara-kommun.json" lang="en"></success-factors>`);
      await until(() => items(el).length === 7, 'goal set loads');
      expect(items(el)[6]).to.equal('Education');
      expect(textOf(shadow(el).querySelector('[part="intro"]'))).to.match(/^Success factors identify/);
    });

    it('gives the property priority over the attribute, the attribute over the script child, the script over src', async () => {
      const el = await fixture<SuccessFactors>(
        html`<success-factors factors='["Attribut"]' src="/test/fixtures/factors.json">
          <script type="application/json">
            ["Skript"]
          </script>
        </success-factors>`,
      );
      expect(items(el)).to.deep.equal(['Attribut']);
      el.factors = ['Egenskap'];
      await rendered(el);
      expect(items(el)).to.deep.equal(['Egenskap']);
      el.factors = undefined;
      await rendered(el);
      expect(items(el)).to.deep.equal(['Attribut']);
      el.removeAttribute('factors');
      await rendered(el);
      expect(items(el)).to.deep.equal(['Skript']);
      el.querySelector('script')!.remove();
      await until(() => items(el).length === 4, 'falls back to src');
    });

    it('shows the light-DOM fallback until there is data, then hides it', async () => {
      const el = await fixture<SuccessFactors>(
        html`<success-factors
          ><ul>
            <li>Folkhälsa</li>
          </ul></success-factors
        >`,
      );
      const slot = shadow(el).querySelector('slot');
      expect(slot, 'fallback slot while empty').to.exist;
      expect(slot!.assignedElements()[0]?.tagName).to.equal('UL');
      el.factors = plainFactors;
      await rendered(el);
      expect(shadow(el).querySelector('slot')).to.equal(null);
    });
  });

  describe('bad input', () => {
    const cases: BadDataCase[] = [
      { name: 'malformed JSON', value: '["Folkhälsa",', code: 'json', path: 'factors' },
      { name: 'a number where a label belongs', value: '[{"label": 7}]', code: 'type', path: 'factors[0].label' },
      { name: 'a number in a localized label', value: '[{"label": {"sv": 7}}]', code: 'type', path: 'factors[0].label.sv' },
      { name: 'an empty list', value: '[]', code: 'empty', path: 'factors' },
      { name: 'a goal set without factors', value: '{"title": "Mål"}', code: 'required', path: 'successFactors' },
      { name: 'a missing label', value: '["A", {"id": "b"}]', code: 'required', path: 'factors[1].label' },
    ];
    itRejectsBadData(
      'success-factors',
      'factors',
      cases,
      (root) => root.querySelector('ul'),
      () => warnings.messages,
    );

    itReportsFailingSrc('success-factors', () => warnings.messages);

    it('reports a bad item in a src file by its data path', async () => {
      const el = document.createElement('success-factors');
      el.src = '/test/fixtures/broken.json';
      const error = nextError(el);
      document.body.append(el);
      try {
        expect(await error).to.include({ code: 'type', path: 'factors[1].label' });
      } finally {
        el.remove();
      }
    });

    it('recovers when good data is set', async () => {
      const el = await fixture<SuccessFactors>(html`<success-factors factors="{oops"></success-factors>`);
      expect(notice(el)).to.exist;
      el.factors = plainFactors;
      await rendered(el);
      expect(notice(el)).to.equal(null);
      expect(items(el)).to.deep.equal(plainFactors);
    });

    it('shows the notice in English on an English page', async () => {
      const el = await fixture<SuccessFactors>(html`<success-factors lang="en" factors="[]"></success-factors>`);
      expect(textOf(notice(el))).to.equal('The content could not be shown The factors (factors): the list is empty.');
      await expect(el).to.be.accessible();
    });

    it('shows hostile strings literally, never as markup', async () => {
      const el = await fixture<SuccessFactors>(
        html`<success-factors .factors=${[{ label: hostileText, description: hostileText }]} heading=${hostileText} intro=${hostileText}></success-factors>`,
      );
      const root = shadow(el);
      expect(root.querySelector('img')).to.equal(null);
      expect(textOf(heading(el))).to.equal(hostileText);
      expect(textOf(root.querySelector('.label'))).to.equal(hostileText);
      expect(textOf(root.querySelector('[part="intro"]'))).to.equal(hostileText);
      expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
    });

    it('falls back to level 2 for an invalid heading-level, with a warning', async () => {
      const el = await fixture<SuccessFactors>(html`<success-factors heading-level="9" .factors=${plainFactors}></success-factors>`);
      expect(heading(el)?.tagName).to.equal('H2');
      expect(warnings.messages.some((m) => m.includes('heading-level="9"'))).to.equal(true);
    });
  });

  describe('presentation', () => {
    for (const level of [2, 3, 4, 5, 6]) {
      it(`heading-level=${level} gives an h${level}`, async () => {
        const el = await fixture<SuccessFactors>(html`<success-factors heading-level=${level} .factors=${plainFactors}></success-factors>`);
        expect(heading(el)?.tagName).to.equal(`H${level}`);
      });
    }

    it('takes a heading override, and heading="" leaves the heading out', async () => {
      const el = await fixture<SuccessFactors>(html`<success-factors heading="Det här gör oss framgångsrika" .factors=${plainFactors}></success-factors>`);
      expect(textOf(heading(el))).to.equal('Det här gör oss framgångsrika');
      el.heading = '{"sv": "Faktorer", "en": "Factors"}';
      el.lang = 'en';
      await rendered(el);
      expect(textOf(heading(el))).to.equal('Factors');
      el.heading = '';
      await rendered(el);
      expect(heading(el)).to.equal(null);
    });

    for (const lang of ['sv', 'en']) {
      for (const layout of ['list', 'chips'] as const) {
        it(`is accessible as ${layout} in ${lang}, with descriptions`, async () => {
          const el = await fixture<SuccessFactors>(html`<success-factors lang=${lang} layout=${layout} .factors=${describedFactors}></success-factors>`);
          expect(shadow(el).querySelectorAll('ul > li')).to.have.length(2);
          await expect(el).to.be.accessible();
        });
      }
    }

    it('marks a label shown in Swedish on an English page with lang="sv"', async () => {
      const el = await fixture<SuccessFactors>(html`<success-factors lang="en" .factors=${describedFactors}></success-factors>`);
      const labels = [...shadow(el).querySelectorAll('.label')];
      expect(labels[0]?.getAttribute('lang')).to.equal(null);
      expect(labels[1]?.getAttribute('lang')).to.equal('sv');
      expect(shadow(el).querySelector('[part="base"]')?.getAttribute('lang')).to.equal('en');
    });

    it('chips wrap within 320 px without sideways scrolling', async () => {
      const el = await fixture<SuccessFactors>(
        html`<div style="width: 320px"><success-factors layout="chips" .factors=${referenceFactors}></success-factors></div>`,
      );
      const factors = el.querySelector('success-factors')!;
      await factors.updateComplete;
      expect(factors.scrollWidth).to.be.at.most(320);
    });
  });

  describe('language', () => {
    const pageLang = document.documentElement.getAttribute('lang');
    afterEach(() => {
      if (pageLang === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', pageLang);
    });

    it('is Swedish by default (sv-SE counts as sv) and follows <html lang> at run time', async () => {
      document.documentElement.setAttribute('lang', 'sv-SE');
      const el = await fixture<SuccessFactors>(html`<success-factors .factors=${referenceFactors}></success-factors>`);
      expect(textOf(heading(el))).to.equal('Framgångsfaktorer');
      document.documentElement.setAttribute('lang', 'en-GB');
      await until(() => textOf(heading(el)) === 'Success factors', 'html lang change re-renders');
      expect(items(el)[0]).to.equal('Public health');
    });

    it('follows the nearest ancestor, across a shadow root, and changes at run time', async () => {
      const host = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
      const root = host.attachShadow({ mode: 'open' });
      root.innerHTML = '<section><success-factors></success-factors></section>';
      const el = root.querySelector('success-factors')!;
      el.factors = referenceFactors;
      await el.updateComplete;
      expect(textOf(heading(el))).to.equal('Success factors');
      host.setAttribute('lang', 'sv');
      await until(() => textOf(heading(el)) === 'Framgångsfaktorer', 'ancestor lang change re-renders');
    });

    it('upgrades elements that were in the page before the script ran, in their language', async () => {
      const container = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
      const el = document.createElement('success-factors');
      el.setAttribute('factors', '["Kultur"]');
      container.append(el);
      await el.updateComplete;
      expect(textOf(heading(el))).to.equal('Success factors');
    });

    it('falls back to Swedish for an unknown language, marking the UI as Swedish', async () => {
      const el = await fixture<SuccessFactors>(html`<success-factors lang="de" .factors=${plainFactors}></success-factors>`);
      expect(textOf(heading(el))).to.equal('Framgångsfaktorer');
      expect(shadow(el).querySelector('[part="base"]')?.getAttribute('lang')).to.equal('sv');
    });

    it('uses a locale added at run time with registerLocale, right to left when it is', async () => {
      // Persian: right to left, and not built in (Arabic is).
      const el = await fixture<SuccessFactors>(html`<success-factors lang="fa" .factors=${[{ label: { sv: 'Kultur', fa: 'فرهنگ' } }]}></success-factors>`);
      expect(textOf(heading(el))).to.equal('Framgångsfaktorer');
      registerLocale('fa', { 'success-factors': { heading: 'عوامل موفقیت' }, core: { error: { title: 'محتوا نمایش داده نشد' } } });
      await rendered(el);
      expect(textOf(heading(el))).to.equal('عوامل موفقیت');
      expect(shadow(el).querySelector('[part="base"]')?.getAttribute('dir')).to.equal('rtl');
      expect(items(el)).to.deep.equal(['فرهنگ']);
    });

    it('takes per-element string overrides from the i18n attribute', async () => {
      const el = await fixture<SuccessFactors>(
        html`<success-factors i18n='{"heading": "Detta gör oss framgångsrika"}' .factors=${plainFactors}></success-factors>`,
      );
      expect(textOf(heading(el))).to.equal('Detta gör oss framgångsrika');
    });

    it('takes a per-language override, so a bilingual site stays right in both languages', async () => {
      const el = await fixture<SuccessFactors>(
        html`<success-factors
          i18n='{"heading": {"sv": "Detta gör oss framgångsrika", "en": "What makes us succeed"}}'
          .factors=${plainFactors}
        ></success-factors>`,
      );
      expect(textOf(heading(el))).to.equal('Detta gör oss framgångsrika');
      el.lang = 'en';
      await rendered(el);
      expect(textOf(heading(el))).to.equal('What makes us succeed');
      el.lang = 'de';
      await rendered(el);
      expect(textOf(heading(el))).to.equal('Detta gör oss framgångsrika');
    });

    it('reports a malformed i18n attribute and keeps the built-in strings', async () => {
      const el = document.createElement('success-factors');
      el.setAttribute('i18n', '{nope');
      el.factors = plainFactors;
      const error = nextError(el);
      document.body.append(el);
      try {
        expect(await error).to.include({ code: 'json', path: 'i18n' });
        await el.updateComplete;
        expect(textOf(heading(el))).to.equal('Framgångsfaktorer');
      } finally {
        el.remove();
      }
    });
  });
});
