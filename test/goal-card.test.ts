import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { STATUS_LEVELS } from '../src/data/types.js';
import '../src/goal-card/goal-card.js';
import type { GoalCard } from '../src/goal-card/goal-card.js';
import {
  goalWithStatus,
  hostileGoal,
  hostileText,
  indicatorGoal,
  linkGoal,
  longTitleGoal,
  partlyTranslatedGoal,
  referenceFactors,
  referenceGoal,
  referenceGoals,
  unsafeLinkGoal,
} from '../src/goal-card/goal-card.fixtures.js';
import { formatQuantity, resolveFactors, safeLinks, standing } from '../src/goal-card/goal-view.js';
import { captureWarnings, nextError, shadow, textOf, itRejectsBadData } from './helpers.js';
import type { BadDataCase } from './helpers.js';

const heading = (el: Element) => shadow(el).querySelector<HTMLElement>('[part="heading"]');
const notice = (el: Element) => shadow(el).querySelector('[part="error"]');
const paragraphTexts = (el: Element) => [...shadow(el).querySelectorAll('[part="description"] p')].map((p) => textOf(p));
const statusLabel = (el: Element) => textOf(shadow(el).querySelector('.status-label'));
const factorItems = (el: Element) => [...shadow(el).querySelectorAll('[part="factors"] li')].map((li) => textOf(li));
const rows = (el: Element) =>
  [...shadow(el).querySelectorAll('[part="indicators"] tbody tr')].map((tr) =>
    [...tr.children].map((cell) => {
      const clone = cell.cloneNode(true) as Element;
      for (const label of clone.querySelectorAll('.cell-label')) label.remove();
      return textOf(clone);
    }),
  );

async function rendered(el: GoalCard): Promise<GoalCard> {
  await el.updateComplete;
  return el;
}

describe('goal-view (pure functions)', () => {
  describe('standing()', () => {
    const cases: [value: number, target: number | undefined, higherIsBetter: boolean | undefined, expected: string | undefined][] = [
      [80, 75, undefined, 'met'],
      [75, 75, undefined, 'met'],
      [70, 75, undefined, 'notMet'],
      [70, 75, true, 'notMet'],
      [6, 7, false, 'met'],
      [7, 7, false, 'met'],
      [8.1, 7, false, 'notMet'],
      [0, -1, false, 'notMet'],
      [42, undefined, undefined, undefined],
      [42, undefined, false, undefined],
    ];
    for (const [value, target, higherIsBetter, expected] of cases) {
      it(`value ${value}, target ${target}, higherIsBetter ${higherIsBetter} → ${expected}`, () => {
        expect(standing({ value, target, higherIsBetter })).to.equal(expected);
      });
    }
  });

  describe('formatQuantity()', () => {
    const nbsp = '\u00a0';
    const cases: [value: number, unit: string | undefined, lang: string, expected: string][] = [
      [1250.5, 'kr', 'sv', `1${nbsp}250,5${nbsp}kr`],
      [1250.5, 'kr', 'en', `1,250.5${nbsp}kr`],
      [72, '%', 'sv', `72${nbsp}%`],
      [72, '%', 'en', '72%'],
      [8.125, ' % ', 'sv', `8,13${nbsp}%`],
      [2023, undefined, 'en', '2,023'],
      [0.5, undefined, 'sv', '0,5'],
    ];
    for (const [value, unit, lang, expected] of cases) {
      it(`${value} ${unit ?? ''} in ${lang} → ${JSON.stringify(expected)}`, () => {
        expect(formatQuantity(value, unit, lang)).to.equal(expected);
      });
    }
  });

  describe('resolveFactors()', () => {
    it('finds factors by id and by the slug of a name; an unknown name is kept as written', () => {
      expect(resolveFactors(['folkhalsa', 'Samverkan', 'Okänd'], referenceFactors)).to.deep.equal([
        { sv: 'Folkhälsa', en: 'Public health' },
        { sv: 'Samverkan', en: 'Collaboration' },
        'Okänd',
      ]);
    });

    it('keeps every name as written when no factors are known', () => {
      expect(resolveFactors(['folkhalsa'])).to.deep.equal(['folkhalsa']);
    });
  });

  describe('safeLinks()', () => {
    const base = 'https://www.vara.se/mal/';
    const cases: [href: string, shown: string | null][] = [
      ['https://www.vara.se/a', 'https://www.vara.se/a'],
      ['http://example.org', 'http://example.org/'],
      ['mailto:kommun@vara.se', 'mailto:kommun@vara.se'],
      ['tel:+4651231000', 'tel:+4651231000'],
      ['../politik.html', 'https://www.vara.se/politik.html'],
      ['javascript:alert(1)', null],
      [' JaVaScRiPt:alert(1)', null],
      ['java\tscript:alert(1)', null],
      ['data:text/html,<script>alert(1)</script>', null],
      ['vbscript:msgbox(1)', null],
      ['file:///etc/passwd', null],
    ];
    for (const [href, expected] of cases) {
      it(`${JSON.stringify(href)} → ${expected ?? 'left out'}`, () => {
        const { shown, dropped } = safeLinks([{ href, text: 'x' }], 'goals[1]', base);
        if (expected === null) {
          expect(shown).to.deep.equal([]);
          expect(dropped).to.deep.equal([{ path: 'goals[1].links[0].href', href }]);
        } else {
          expect(shown).to.deep.equal([{ href: expected, text: 'x' }]);
          expect(dropped).to.deep.equal([]);
        }
      });
    }
  });
});

describe('<goal-card>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.stop());

  describe('reference page', () => {
    it('is an article named by its real heading, with the goal’s three paragraphs', async () => {
      const el = await fixture<GoalCard>(html`<goal-card .goal=${referenceGoal}></goal-card>`);
      const article = shadow(el).querySelector('article');
      const h = heading(el);
      expect(h?.tagName).to.equal('H2');
      expect(textOf(h)).to.equal('Attraktivt Vara med livskraft för alla');
      expect(article?.getAttribute('aria-labelledby')).to.equal(h?.id);
      expect(h?.getAttribute('tabindex')).to.equal('-1');
      expect(paragraphTexts(el)).to.have.length(3);
      expect(paragraphTexts(el)[2]).to.match(/^Näringslivet och kommunen samverkar/);
      expect(shadow(el).querySelector('[part="status"], table, [part="factors"], [part="links"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('reads in English with the same structure', async () => {
      const el = await fixture<GoalCard>(html`<goal-card lang="en" .goal=${referenceGoals[3]}></goal-card>`);
      expect(textOf(heading(el))).to.equal('Sustainable finances');
      expect(paragraphTexts(el)).to.have.length(2);
      expect(paragraphTexts(el)[1]).to.match(/^Sound financial management/);
      await expect(el).to.be.accessible();
    });
  });

  describe('data sources', () => {
    it('renders from the JSON attribute, and re-renders when it changes', async () => {
      const el = await fixture<GoalCard>(html`<goal-card goal='{"title": "Hållbar ekonomi", "description": "Ett.\\n\\nTvå."}'></goal-card>`);
      expect(textOf(heading(el))).to.equal('Hållbar ekonomi');
      expect(paragraphTexts(el)).to.deep.equal(['Ett.', 'Två.']);
      el.setAttribute('goal', '{"title": "Välmående arbetsplats"}');
      await rendered(el);
      expect(textOf(heading(el))).to.equal('Välmående arbetsplats');
      expect(shadow(el).querySelector('[part="description"]')).to.equal(null);
    });

    it('renders from a child <script type="application/json">', async () => {
      const el = await fixture<GoalCard>(
        html`<goal-card>
          <script type="application/json">
            { "title": { "sv": "Hållbar ekonomi", "en": "Sustainable finances" } }
          </script>
        </goal-card>`,
      );
      expect(textOf(heading(el))).to.equal('Hållbar ekonomi');
    });

    it('gives the property priority over the attribute, the attribute over the script child', async () => {
      const el = await fixture<GoalCard>(
        html`<goal-card goal='{"title": "Attribut"}'>
          <script type="application/json">
            { "title": "Skript" }
          </script>
        </goal-card>`,
      );
      expect(textOf(heading(el))).to.equal('Attribut');
      el.goal = { title: 'Egenskap' };
      await rendered(el);
      expect(textOf(heading(el))).to.equal('Egenskap');
      el.goal = undefined;
      await rendered(el);
      expect(textOf(heading(el))).to.equal('Attribut');
      el.removeAttribute('goal');
      await rendered(el);
      expect(textOf(heading(el))).to.equal('Skript');
    });

    it('shows the light-DOM fallback until there is data, then hides it', async () => {
      const el = await fixture<GoalCard>(html`<goal-card><h2>Hållbar ekonomi</h2></goal-card>`);
      expect(shadow(el).querySelector('slot')?.assignedElements()[0]?.tagName).to.equal('H2');
      el.goal = referenceGoal;
      await rendered(el);
      expect(shadow(el).querySelector('slot')).to.equal(null);
    });
  });

  describe('status', () => {
    const labels: Record<string, [string, string]> = {
      achieved: ['Uppnått', 'Achieved'],
      'on-track': ['På väg att uppnås', 'On track'],
      'at-risk': ['Risk att inte uppnås', 'At risk'],
      'off-track': ['Uppnås inte', 'Off track'],
      'not-assessed': ['Inte bedömt', 'Not assessed'],
    };
    for (const level of STATUS_LEVELS) {
      for (const [i, lang] of ['sv', 'en'].entries()) {
        it(`${level} is said in words in ${lang}, the icon hidden, and passes axe`, async () => {
          const el = await fixture<GoalCard>(html`<goal-card lang=${lang} .goal=${goalWithStatus(level)} .factors=${referenceFactors}></goal-card>`);
          const status = shadow(el).querySelector('[part="status"]')!;
          expect(statusLabel(el)).to.equal(labels[level]![i]);
          expect(textOf(status)).to.equal(`${lang === 'sv' ? 'Måluppfyllelse:' : 'Progress:'} ${labels[level]![i]}`);
          expect(status.getAttribute('data-level')).to.equal(level);
          expect(status.querySelector('svg')?.getAttribute('aria-hidden')).to.equal('true');
          await expect(el).to.be.accessible();
        });
      }
    }

    it('takes the label from the data, marked with its language when it is another', async () => {
      const el = await fixture<GoalCard>(html`<goal-card lang="en" .goal=${partlyTranslatedGoal}></goal-card>`);
      expect(statusLabel(el)).to.equal('Bedöms i årsredovisningen');
      expect(shadow(el).querySelector('.status-label')?.getAttribute('lang')).to.equal('sv');
      el.goal = indicatorGoal;
      await rendered(el);
      expect(statusLabel(el)).to.equal('Partly achieved');
      expect(shadow(el).querySelector('.status-label')?.hasAttribute('lang')).to.equal(false);
    });
  });

  describe('success factors', () => {
    it('lists the goal’s factors by their labels when the factors are known', async () => {
      const el = await fixture<GoalCard>(html`<goal-card .goal=${indicatorGoal} .factors=${referenceFactors}></goal-card>`);
      expect(factorItems(el)).to.deep.equal(['Folkhälsa', 'Dialog']);
      const list = shadow(el).querySelector('[part="factors"] ul')!;
      expect(textOf(shadow(el).getElementById(list.getAttribute('aria-labelledby')!))).to.equal('Framgångsfaktorer');
      el.lang = 'en';
      await rendered(el);
      expect(factorItems(el)).to.deep.equal(['Public health', 'Dialogue']);
    });

    it('shows names as written when no factor matches them', async () => {
      const el = await fixture<GoalCard>(html`<goal-card .goal=${partlyTranslatedGoal}></goal-card>`);
      expect(factorItems(el)).to.deep.equal(['kultur', 'Okänd faktor']);
      el.factors = referenceFactors;
      await rendered(el);
      expect(factorItems(el)).to.deep.equal(['Kultur', 'Okänd faktor']);
    });

    it('reports unusable factors and still shows the goal', async () => {
      const el = document.createElement('goal-card');
      el.goal = indicatorGoal;
      el.factors = [{ id: 'x' } as never];
      const error = nextError(el);
      document.body.append(el);
      try {
        expect(await error).to.include({ code: 'required', path: 'factors[0].label' });
        await el.updateComplete;
        expect(factorItems(el)).to.deep.equal(['folkhalsa', 'dialog']);
        expect(notice(el)).to.equal(null);
      } finally {
        el.remove();
      }
    });
  });

  describe('indicators', () => {
    it('are a table with a caption and headers, numbers in Swedish, and the standing in words', async () => {
      const el = await fixture<GoalCard>(html`<goal-card .goal=${indicatorGoal}></goal-card>`);
      const table = shadow(el).querySelector('table')!;
      expect(textOf(table.caption)).to.equal('Indikatorer');
      expect([...table.querySelectorAll('thead th')].map((th) => [th.getAttribute('scope'), textOf(th)])).to.deep.equal([
        ['col', 'Indikator'],
        ['col', 'Utfall'],
        ['col', 'Målvärde'],
        ['col', 'År'],
        ['col', 'Målvärdet uppnått?'],
      ]);
      expect([...table.querySelectorAll('tbody th')].every((th) => th.getAttribute('scope') === 'row')).to.equal(true);
      expect(rows(el)).to.deep.equal([
        ['Hållbart medarbetarengagemang (HME) Källa: Medarbetarenkäten', '79,5', '78', '2023', 'Målvärdet är uppnått'],
        ['Sjukfrånvaro', '8,1 %', '7 %', '2023', 'Målvärdet är inte uppnått'],
        ['Andel heltidsanställda', '71 %', '80 %', '2022', 'Målvärdet är inte uppnått'],
        ['Kostnad per invånare', '1 250,5 kr', '–Saknas', '2023', '–Saknas'],
      ]);
      await expect(el).to.be.accessible();
    });

    it('write numbers the English way in English', async () => {
      const el = await fixture<GoalCard>(html`<goal-card lang="en" .goal=${indicatorGoal}></goal-card>`);
      expect(rows(el)[1]).to.deep.equal(['Sickness absence', '8.1%', '7%', '2023', 'The target is not met']);
      expect(rows(el)[3]?.[1]).to.equal('1,250.5 kr');
      expect(textOf(shadow(el).querySelector('caption'))).to.equal('Indicators');
      await expect(el).to.be.accessible();
    });

    it('leave out the target, year and standing columns when no indicator has them', async () => {
      const el = await fixture<GoalCard>(html`<goal-card .goal=${{ title: 'Mål', indicators: [{ label: 'Antal', value: 12 }] }}></goal-card>`);
      expect(shadow(el).querySelectorAll('thead th')).to.have.length(2);
      expect(rows(el)).to.deep.equal([['Antal', '12']]);
    });
  });

  describe('links', () => {
    it('shows web, e-mail and phone links as a labelled list', async () => {
      const el = await fixture<GoalCard>(html`<goal-card .goal=${linkGoal}></goal-card>`);
      const links = [...shadow(el).querySelectorAll('[part="links"] a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
        'https://www.vara.se/kommun-och-politik.html',
        'mailto:kommun@vara.se',
        'tel:+4651231000',
      ]);
      expect(textOf(links[0])).to.equal('Kommun och politik');
      expect(warnings.messages).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('never lets a javascript: link reach the page, and names each one left out in one warning', async () => {
      const el = await fixture<GoalCard>(html`<goal-card .goal=${unsafeLinkGoal}></goal-card>`);
      const root = shadow(el);
      expect([...root.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['https://www.vara.se/']);
      expect(root.innerHTML.toLowerCase()).not.to.contain('javascript');
      expect(textOf(root)).not.to.contain('Klicka här');
      expect(warnings.messages).to.have.length(2);
      expect(warnings.messages[0]).to.contain('goal.links[0].href');
      expect(warnings.messages[1]).to.contain('goal.links[2].href');
      el.lang = 'en';
      await rendered(el);
      expect(warnings.messages, 'a re-render does not warn again').to.have.length(2);
    });
  });

  describe('language', () => {
    it('shows text missing in English in Swedish, marked lang="sv"', async () => {
      const el = await fixture<GoalCard>(html`<goal-card lang="en" .goal=${partlyTranslatedGoal}></goal-card>`);
      const ps = [...shadow(el).querySelectorAll('[part="description"] p')];
      expect(ps[0]?.hasAttribute('lang')).to.equal(false);
      expect(ps[1]?.getAttribute('lang')).to.equal('sv');
      expect(heading(el)?.hasAttribute('lang')).to.equal(false);
      expect(shadow(el).querySelector('[part="base"]')?.getAttribute('lang')).to.equal('en');
      await expect(el).to.be.accessible();
    });

    it('takes per-element string overrides from the i18n attribute', async () => {
      const el = await fixture<GoalCard>(html`<goal-card i18n='{"status": {"heading": "Läge:"}}' .goal=${goalWithStatus('achieved')}></goal-card>`);
      expect(textOf(shadow(el).querySelector('.status-heading'))).to.equal('Läge:');
    });
  });

  describe('bad input', () => {
    const cases: BadDataCase[] = [
      { name: 'malformed JSON', value: '{"title": "Mål",', code: 'json', path: 'goal' },
      { name: 'a missing title', value: '{"description": "Text"}', code: 'required', path: 'goal.title' },
      { name: 'a description of the wrong type', value: '{"title": "Mål", "description": 42}', code: 'type', path: 'goal.description' },
      { name: 'a wrong paragraph', value: '{"title": "Mål", "description": ["Ett", {"sv": false}]}', code: 'type', path: 'goal.description[1].sv' },
      { name: 'an unknown status level', value: '{"title": "Mål", "status": {"level": "great"}}', code: 'value', path: 'goal.status.level' },
      {
        name: 'an indicator without a number',
        value: '{"title": "Mål", "indicators": [{"label": "A", "value": "12"}]}',
        code: 'type',
        path: 'goal.indicators[0].value',
      },
      {
        name: 'a Kolada municipality code that is not four digits',
        value: '{"title": "Mål", "indicators": [{"label": "A", "kolada": {"kpi": "N01951", "municipality": "147"}}]}',
        code: 'value',
        path: 'goal.indicators[0].kolada.municipality',
      },
      {
        name: 'an indicator with neither a value nor a Kolada reference',
        value: '{"title": "Mål", "indicators": [{"label": "A", "unit": "%"}]}',
        code: 'required',
        path: 'goal.indicators[0].value',
      },
      { name: 'a list instead of a goal', value: '[]', code: 'type', path: 'goal' },
    ];
    itRejectsBadData(
      'goal-card',
      'goal',
      cases,
      (root) => root.querySelector('article'),
      () => warnings.messages,
    );

    it('is accessible in the error state, in Swedish and English, and recovers with good data', async () => {
      const el = await fixture<GoalCard>(html`<goal-card goal='{"title": 7}'><p>Hållbar ekonomi</p></goal-card>`);
      expect(notice(el)).to.exist;
      expect(shadow(el).querySelector('slot'), 'fallback shows with the notice').to.exist;
      await expect(el).to.be.accessible();
      el.lang = 'en';
      await rendered(el);
      expect(textOf(notice(el))).to.equal('The content could not be shown The title has the wrong type of value.');
      await expect(el).to.be.accessible();
      el.goal = referenceGoal;
      await rendered(el);
      expect(notice(el)).to.equal(null);
    });

    it('shows hostile strings in every text field literally, never as markup', async () => {
      const el = await fixture<GoalCard>(html`<goal-card .goal=${hostileGoal} .factors=${[{ id: 'x', label: hostileText }]}></goal-card>`);
      const root = shadow(el);
      expect(root.querySelector('img, script:not([type])')).to.equal(null);
      expect(textOf(heading(el))).to.equal(hostileText);
      expect(paragraphTexts(el)).to.deep.equal([hostileText, hostileText]);
      expect(statusLabel(el)).to.equal(hostileText);
      expect(factorItems(el)).to.deep.equal([hostileText]);
      expect(rows(el)[0]?.[0]).to.equal(`${hostileText} Källa: ${hostileText}`);
      expect(rows(el)[0]?.[1]).to.equal(`1 ${hostileText}`);
      expect(textOf(root.querySelector('[part="links"] a'))).to.equal(hostileText);
      expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
    });
  });

  describe('headings and focus', () => {
    for (const level of [2, 3, 4, 5, 6]) {
      it(`heading-level=${level} gives an h${level}`, async () => {
        const el = await fixture<GoalCard>(html`<goal-card heading-level=${level} .goal=${referenceGoal}></goal-card>`);
        expect(heading(el)?.tagName).to.equal(`H${level}`);
      });
    }

    for (const level of ['1', '7', 'tre']) {
      it(`heading-level="${level}" falls back to h2 with a warning`, async () => {
        const el = await fixture<GoalCard>(html`<goal-card heading-level=${level} .goal=${referenceGoal}></goal-card>`);
        expect(heading(el)?.tagName).to.equal('H2');
        expect(warnings.messages.some((m) => m.includes(`heading-level="${level}"`))).to.equal(true);
      });
    }

    it('focusHeading() moves focus to the heading', async () => {
      const el = await fixture<GoalCard>(html`<goal-card .goal=${referenceGoal}></goal-card>`);
      expect(await el.focusHeading()).to.equal(true);
      expect(document.activeElement).to.equal(el);
      expect(shadow(el).activeElement).to.equal(heading(el));
    });

    it('focusHeading() resolves false without a goal', async () => {
      const el = await fixture<GoalCard>(html`<goal-card></goal-card>`);
      expect(await el.focusHeading()).to.equal(false);
    });
  });

  describe('320 px wide', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    for (const lang of ['sv', 'en']) {
      it(`stacks the indicators and wraps a long title without sideways scrolling (${lang})`, async () => {
        await setViewport({ width: 320, height: 640 });
        const el = await fixture<GoalCard>(
          html`<div lang=${lang}>
            <goal-card .goal=${{ ...indicatorGoal, title: longTitleGoal.title }}></goal-card>
            <goal-card .goal=${linkGoal}></goal-card>
          </div>`,
        );
        const cards = [...el.querySelectorAll('goal-card')];
        await Promise.all(cards.map((card) => card.updateComplete));
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        for (const card of cards) expect(card.scrollWidth).to.be.at.most(card.clientWidth);
        const table = shadow(cards[0]!).querySelector('table')!;
        expect(table.getBoundingClientRect().right).to.be.at.most(320);
        expect(getComputedStyle(table.querySelector('.cell-label')!).display, 'column names shown in each cell').to.equal('block');
        await expect(el).to.be.accessible();
      });
    }
  });
});

describe('indicators: trends and the target in words', () => {
  const indicator = (value: number, previous: number, higherIsBetter: boolean) => ({
    id: 'trend',
    title: 'Mål',
    description: [],
    indicators: [{ label: 'Andel', value, unit: '%', target: 75, year: 2024, higherIsBetter, previous: { value: previous, year: 2023 } }],
  });
  const cases: [value: number, previous: number, higherIsBetter: boolean, sv: string, en: string, icon: [string, string]][] = [
    [74, 71, true, 'Bättre än 2023 (71 %)', 'Better than 2023 (71%)', ['Ökning', 'Increase']],
    [68, 71, true, 'Sämre än 2023 (71 %)', 'Worse than 2023 (71%)', ['Minskning', 'Decrease']],
    [71, 71, true, 'Oförändrat sedan 2023 (71 %)', 'Unchanged since 2023 (71%)', ['Oförändrat', 'No change']],
    [68, 71, false, 'Bättre än 2023 (71 %)', 'Better than 2023 (71%)', ['Minskning', 'Decrease']],
    [74, 71, false, 'Sämre än 2023 (71 %)', 'Worse than 2023 (71%)', ['Ökning', 'Increase']],
    [71, 71, false, 'Oförändrat sedan 2023 (71 %)', 'Unchanged since 2023 (71%)', ['Oförändrat', 'No change']],
  ];
  for (const [value, previous, higherIsBetter, sv, en, icon] of cases) {
    it(`${previous} → ${value}, higherIsBetter ${higherIsBetter}: "${sv}" / "${en}", an arrow named, axe clean`, async () => {
      for (const [lang, words, name] of [
        ['sv', sv, icon[0]],
        ['en', en, icon[1]],
      ] as const) {
        const el = await fixture<GoalCard>(html`<goal-card lang=${lang} .goal=${indicator(value, previous, higherIsBetter)}></goal-card>`);
        const trendText = shadow(el).querySelector('.trend');
        expect(textOf(trendText)).to.equal(words);
        const svg = trendText!.querySelector('svg')!;
        expect([svg.getAttribute('role'), svg.getAttribute('aria-label')]).to.deep.equal(['img', name]);
        await expect(el).to.be.accessible();
      }
    });
  }

  it('says whether the target is met by higherIsBetter, with a bar beside the numbers, and writes 1 000 / 1,000', async () => {
    const goal = {
      id: 'utslapp',
      title: 'Utsläpp',
      description: [],
      indicators: [
        { label: 'Utsläpp', value: 1200, unit: 'ton', target: 1000, higherIsBetter: false },
        { label: 'Besökare', value: 1200, target: 1000 },
      ],
    };
    const sv = await fixture<GoalCard>(html`<goal-card .goal=${goal}></goal-card>`);
    const standings = [...shadow(sv).querySelectorAll('td.standing')].map((td) => textOf(td.querySelector(':scope > span:not(.cell-label)')));
    expect(standings).to.deep.equal(['Målvärdet är inte uppnått', 'Målvärdet är uppnått']);
    const targets = [...shadow(sv).querySelectorAll('tbody tr')].map((tr) =>
      textOf(tr.querySelectorAll('td')[1]!.querySelector(':scope > span:not(.cell-label)')),
    );
    // Swedish groups thousands with a (no-break) space: "1 000".
    expect(targets.map((text) => text.replace(/\s/gu, ' '))).to.deep.equal(['1 000 ton', '1 000']);
    const bar = shadow(sv).querySelector('.bar')!;
    expect(bar.getAttribute('aria-hidden')).to.equal('true');
    expect((bar.querySelector('.bar-target') as HTMLElement).style.insetInlineStart).to.equal('83.3%');
    await expect(sv).to.be.accessible();
    const en = await fixture<GoalCard>(html`<goal-card lang="en" .goal=${goal}></goal-card>`);
    const target = shadow(en).querySelectorAll('tbody tr')[1]!.querySelectorAll('td')[1]!;
    expect(textOf(target.querySelector(':scope > span:not(.cell-label)'))).to.equal('1,000');
    await expect(en).to.be.accessible();
  });
});
