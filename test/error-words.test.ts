import { expect, fixture, html } from '@open-wc/testing';
import { dataErrorInWords } from '../src/data/error-words.js';
import type { DataErrorCode } from '../src/lib/data-error.js';
import ar from '../src/base/locales/ar.json';
import en from '../src/base/locales/en.json';
import fi from '../src/base/locales/fi.json';
import sv from '../src/base/locales/sv.json';
import '../src/success-factors/success-factors.js';
import { captureWarnings, nextError, shadow, textOf, translateFrom } from './helpers.js';

type Row = [DataErrorCode, string, string, string];

const table: Row[] = [
  ['required', 'factors[3].label', 'Faktor 4: texten saknas.', 'Factor 4: the text is missing.'],
  ['required', 'goals[2].title', 'Mål 3: rubriken saknas.', 'Goal 3: the title is missing.'],
  ['type', 'goal.title', 'Rubriken har fel typ av värde.', 'The title has the wrong type of value.'],
  [
    'value',
    'hours.regular[1].closes',
    'Öppettider, rad 2: stängningstiden har ett värde som inte är tillåtet.',
    'Opening hours, line 2: the closing time has a value that is not allowed.',
  ],
  [
    'value',
    'hours.regular[0].days[0]',
    'Öppettider, rad 1: dag 1 har ett värde som inte är tillåtet.',
    'Opening hours, line 1: day 1 has a value that is not allowed.',
  ],
  [
    'value',
    'goals[1].links[0].href',
    'Mål 2, länk 1: adressen har ett värde som inte är tillåtet.',
    'Goal 2, link 1: the address has a value that is not allowed.',
  ],
  ['required', 'goals[0].description[1].sv', 'Mål 1: stycke 2 på språket sv saknas.', 'Goal 1: paragraph 2 in the language sv is missing.'],
  ['required', 'factors[0].label.en', 'Faktor 1: texten på språket en saknas.', 'Factor 1: the text in the language en is missing.'],
  ['value', 'goals[3].id', 'Mål 4: id:t har ett värde som inte är tillåtet.', 'Goal 4: the id has a value that is not allowed.'],
  [
    'value',
    'hours.exceptions[0].to',
    'Undantag 1: slutdatumet har ett värde som inte är tillåtet.',
    'Exception 1: the end date has a value that is not allowed.',
  ],
  ['empty', 'factors', 'Faktorerna (factors): listan är tom.', 'The factors (factors): the list is empty.'],
  [
    'json',
    'goals',
    'Målen (goals): JSON-texten är inte giltig. Kontrollera citattecken och kommatecken.',
    'The goals (goals): the JSON is not valid. Check the quotes and commas.',
  ],
  ['fetch', 'src', 'Filen (src) kunde inte hämtas.', 'The file (src) could not be fetched.'],
  ['value', 'time-zone', 'Tidszonen (time-zone) har ett värde som inte är tillåtet.', 'The time zone (time-zone) has a value that is not allowed.'],
  ['type', 'goals[0].colour', 'Mål 1: fältet ”colour” har fel typ av värde.', 'Goal 1: the field “colour” has the wrong type of value.'],
];

describe('dataErrorInWords', () => {
  for (const [code, path, swedish, english] of table) {
    it(`${code} at ${path}`, () => {
      expect(dataErrorInWords(code, path, translateFrom(sv))).to.equal(swedish);
      expect(dataErrorInWords(code, path, translateFrom(en))).to.equal(english);
    });
  }

  it('counts from 1 in Finnish and Arabic too, and never shows the path', () => {
    expect(dataErrorInWords('required', 'factors[3].label', translateFrom(fi))).to.equal('Tekijä 4: teksti puuttuu.');
    expect(dataErrorInWords('required', 'factors[3].label', translateFrom(ar))).to.equal('العامل 4: النص غير موجود.');
  });

  it('has words for every error code in every language', () => {
    const codes: DataErrorCode[] = ['json', 'required', 'type', 'value', 'empty', 'fetch', 'not-json', 'too-large', 'timeout'];
    for (const strings of [sv, en, fi, ar]) {
      for (const code of codes) {
        const words = dataErrorInWords(code, 'factors[1].label', translateFrom(strings));
        expect(words, `${code}: ${words}`).to.match(/2/);
        expect(words).not.to.match(/\{\{|factors\[|^\s*:/);
        expect(words.length).to.be.greaterThan(12);
      }
    }
  });
});

/** The notices the Swedish guide quotes, with the error each one is for. */
const quotedInTheGuide: [DataErrorCode, string, string][] = [
  ['required', 'goals[2].title', 'Mål 3: rubriken saknas.'],
  ['value', 'goals[1].status.level', 'Mål 2: statusnivån har ett värde som inte är tillåtet.'],
  ['value', 'goals[3].id', 'Mål 4: id:t har ett värde som inte är tillåtet.'],
  ['type', 'goal.title', 'Rubriken har fel typ av värde.'],
  ['required', 'factors[3].label', 'Faktor 4: texten saknas.'],
  ['type', 'factors[1].label', 'Faktor 2: texten har fel typ av värde.'],
  ['empty', 'factors', 'Faktorerna (factors): listan är tom.'],
  ['json', 'factors', 'Faktorerna (factors): JSON-texten är inte giltig. Kontrollera citattecken och kommatecken.'],
  ['value', 'hours.regular[0].days[0]', 'Öppettider, rad 1: dag 1 har ett värde som inte är tillåtet.'],
  ['value', 'hours.regular[1].closes', 'Öppettider, rad 2: stängningstiden har ett värde som inte är tillåtet.'],
  ['value', 'hours.exceptions[0].date', 'Undantag 1: datumet har ett värde som inte är tillåtet.'],
  ['value', 'hours.exceptions[0].to', 'Undantag 1: slutdatumet har ett värde som inte är tillåtet.'],
];

describe('docs/redaktorer.md', () => {
  it('quotes each notice as the element words it', async () => {
    const guide = (await (await fetch('/docs/redaktorer.md')).text()).replace(/\s+/g, ' ');
    for (const [code, path, sentence] of quotedInTheGuide) {
      expect(dataErrorInWords(code, path, translateFrom(sv)), path).to.equal(sentence);
      expect(guide, sentence).to.contain(sentence);
    }
  });
});

describe('the notice an editor sees', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.stop());

  for (const [lang, words] of [
    ['sv', 'Faktor 4: texten saknas.'],
    ['en', 'Factor 4: the text is missing.'],
  ] as const) {
    it(`says the position in words (${lang}); the console and kommun-error keep the path`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
      const el = document.createElement('success-factors');
      const error = nextError(el);
      el.setAttribute('factors', '["Folkhälsa", "Samverkan", "Dialog", {"label": ""}]');
      wrapper.append(el);
      const detail = await error;
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      const notice = shadow(el).querySelector('[part="error"]');
      expect(textOf(notice)).to.contain(words);
      expect(textOf(notice)).not.to.contain('factors[3]');
      expect(detail.path).to.equal('factors[3].label');
      expect(warnings.messages.some((m) => m.includes('factors[3].label'))).to.equal(true);
      await expect(el).to.be.accessible();
    });
  }
});
