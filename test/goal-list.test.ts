import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { Goal, GoalSet } from '../src/data/types.js';
import { hostileGoal, hostileText, indicatorGoal, linkGoal, longTitleGoal, unsafeLinkGoal } from '../src/goal-card/goal-card.fixtures.js';
import '../src/goal-list/goal-list.js';
import type { GoalList } from '../src/goal-list/goal-list.js';
import { goalHref, goalIdFromHash, goalListFrom, setTitleLevel } from '../src/goal-list/goal-list-data.js';
import { followUpSet, manyGoals, oneBadGoal, plainGoals, referenceSet, referenceTitles } from '../src/goal-list/goal-list.fixtures.js';
import { captureWarnings, nextError, shadow, textOf, until, itReportsFailingSrc, itRejectsBadData } from './helpers.js';
import type { BadDataCase } from './helpers.js';

/** Each goal's `<article>`, as a page styles it: `::part(card)`. */
const cards = (el: Element) => [...shadow(el).querySelectorAll<HTMLElement>('[part~="card"]')];
const cardHeading = (card: Element) => card.querySelector<HTMLElement>('[part~="card-heading"]');
const titles = (el: Element) => cards(el).map((card) => textOf(cardHeading(card)));
const paragraphCounts = (el: Element) => cards(el).map((card) => card.querySelectorAll('[part~="card-description"] p').length);
const part = (el: Element, name: string) => shadow(el).querySelector(`[part="${name}"]`);
const notice = (el: Element) => part(el, 'error');
const summaryLinks = (el: Element) => [...shadow(el).querySelectorAll<HTMLAnchorElement>('[part="summary"] a')];

async function rendered(el: GoalList): Promise<GoalList> {
  await el.updateComplete;
  return el;
}

/** The element that has focus, looking into shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Runs `body` with the page's URL fragment set (without a hashchange), restoring the URL after. */
async function withHash(hash: string, body: () => Promise<void>): Promise<void> {
  const before = location.href;
  history.replaceState(null, '', hash);
  try {
    await body();
  } finally {
    history.replaceState(null, '', before);
  }
}

describe('goal-list data (pure functions)', () => {
  it('refuses two goals with the same id, naming the second', () => {
    expect(() => goalListFrom([{ title: 'Hållbar ekonomi' }, { title: 'Ekonomi' }, { title: 'Hållbar  ekonomi!' }], 'goals'))
      .to.throw()
      .with.property('path', 'goals[2].id');
    expect(() =>
      goalListFrom(
        {
          goals: [
            { id: 'a', title: 'A' },
            { id: 'a', title: 'B' },
          ],
        },
        'src',
      ),
    )
      .to.throw()
      .with.property('path', 'goals[1].id');
  });

  it('gives the goal set with its goals', () => {
    const { goals, set } = goalListFrom(referenceSet, 'goals');
    expect(goals.map((goal) => goal.id)).to.deep.equal(['attraktivt-vara', 'verksamhet-med-god-kvalitet', 'valmaende-arbetsplats', 'hallbar-ekonomi']);
    expect(set?.successFactors).to.have.length(7);
  });

  const levels: [number, number][] = [
    [2, 2],
    [3, 2],
    [4, 3],
    [5, 4],
    [6, 5],
  ];
  for (const [goal, title] of levels) {
    it(`puts the set's title at h${title} above goals at h${goal}`, () => {
      expect(setTitleLevel(goal as 2)).to.equal(title);
    });
  }

  const hashes: [string, string | undefined][] = [
    ['', undefined],
    ['#', undefined],
    ['#hallbar-ekonomi', 'hallbar-ekonomi'],
    ['#h%C3%A5llbar', 'hållbar'],
    ['#100%', '100%'],
  ];
  for (const [hash, id] of hashes) {
    it(`reads the goal id ${String(id)} from ${JSON.stringify(hash)}`, () => {
      expect(goalIdFromHash(hash)).to.equal(id);
    });
  }

  const hrefs: [page: string, base: string, id: string, href: string][] = [
    ['https://www.vara.se/mal.html', 'https://www.vara.se/mal.html', 'hallbar-ekonomi', '#hallbar-ekonomi'],
    ['https://www.vara.se/mal.html#gammal', 'https://www.vara.se/mal.html', 'hållbar ekonomi', '#h%C3%A5llbar%20ekonomi'],
    ['https://www.vara.se/mal.html?v=2', 'https://www.vara.se/', 'hallbar-ekonomi', 'https://www.vara.se/mal.html?v=2#hallbar-ekonomi'],
  ];
  for (const [page, base, id, href] of hrefs) {
    it(`links to ${JSON.stringify(id)} on ${page} with base ${base} as ${href}`, () => {
      expect(goalHref(id, page, base)).to.equal(href);
    });
  }
});

describe('<goal-list>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.stop());

  describe('reference page', () => {
    it('reads like the page: the set’s title, intro, summary, note and the four goals', async () => {
      const el = await rendered(await fixture<GoalList>(html`<goal-list summary .goals=${referenceSet}></goal-list>`));
      const title = part(el, 'title');
      expect(title?.tagName).to.equal('H2');
      expect(textOf(title)).to.equal('Övergripande mål och framgångsfaktorer 2020–2023');
      expect(textOf(part(el, 'intro'))).to.equal('Kommunfullmäktige har antagit övergripande mål och framgångsfaktorer för Vara kommun för år 2020–2023.');
      expect(textOf(part(el, 'note'))).to.equal('Arbetet med att ta fram förslag på nya mål inför år 2024–2027 pågår.');
      expect(summaryLinks(el).map((a) => textOf(a))).to.deep.equal(referenceTitles);
      expect(summaryLinks(el).map((a) => a.getAttribute('href'))).to.deep.equal([
        '#attraktivt-vara',
        '#verksamhet-med-god-kvalitet',
        '#valmaende-arbetsplats',
        '#hallbar-ekonomi',
      ]);
      expect(titles(el)).to.deep.equal(['Attraktivt Vara med livskraft för alla', 'Verksamhet med god kvalitet', 'Välmående arbetsplats', 'Hållbar ekonomi']);
      expect(cards(el).map((card) => cardHeading(card)?.tagName)).to.deep.equal(['H2', 'H2', 'H2', 'H2']);
      expect(paragraphCounts(el)).to.deep.equal([3, 2, 2, 2]);
      // In the page's order: title, intro, summary, note, goals.
      const order = [...shadow(el).querySelector('[part="base"]')!.children].map((child) => child.getAttribute('part'));
      expect(order).to.deep.equal(['title', 'intro', 'summary', 'note', 'list']);
      expect(part(el, 'list')?.children).to.have.length(4);
      await expect(el).to.be.accessible();
    });

    it('renders every goal itself: no nested custom element, each goal an <li> holding an <article> named by its heading', async () => {
      const el = await rendered(await fixture<GoalList>(html`<goal-list .goals=${referenceSet}></goal-list>`));
      const root = shadow(el);
      expect([...root.querySelectorAll('*')].filter((node) => node.localName.includes('-')).map((node) => node.localName)).to.deep.equal([]);
      const items = [...part(el, 'list')!.children];
      expect(items.map((item) => [item.localName, item.getAttribute('part'), [...item.children].map((child) => child.localName).join()])).to.deep.equal(
        Array(4).fill(['li', 'item', 'article']),
      );
      for (const article of cards(el)) {
        const heading = root.getElementById(article.getAttribute('aria-labelledby')!);
        expect(heading, 'the article is named by its own heading').to.equal(cardHeading(article));
        expect(heading?.tagName).to.equal('H2');
      }
      expect(cards(el).map((article) => article.getAttribute('part'))).to.deep.equal(Array(4).fill('card card-article'));
      await expect(el).to.be.accessible();
    });

    it('puts the card parts on each goal’s elements, and gives every goal’s labels their own ids', async () => {
      const el = await rendered(await fixture<GoalList>(html`<goal-list .goals=${followUpSet}></goal-list>`));
      const root = shadow(el);
      for (const name of ['card-heading', 'card-description', 'card-status', 'card-factors', 'card-indicators', 'card-links']) {
        expect(root.querySelectorAll(`[part="${name}"]`).length, name).to.be.greaterThan(0);
      }
      const ids = [...root.querySelectorAll('[id]')].map((node) => node.id);
      expect(new Set(ids).size, 'ids are unique in the shadow root').to.equal(ids.length);
      for (const card of cards(el)) {
        for (const list of card.querySelectorAll('ul[aria-labelledby]')) {
          const label = root.getElementById(list.getAttribute('aria-labelledby')!);
          expect(card.contains(label), 'a goal’s list is labelled inside that goal').to.equal(true);
        }
      }
      expect(textOf(cards(el)[0]!.querySelector('[part~="card-factors"] .label'))).to.equal('Framgångsfaktorer');
    });

    it('reads in English with the same structure', async () => {
      const el = await rendered(await fixture<GoalList>(html`<goal-list lang="en" summary .goals=${referenceSet}></goal-list>`));
      expect(textOf(part(el, 'title'))).to.equal('Overarching goals and success factors 2020–2023');
      expect(textOf(part(el, 'note'))).to.equal('Work is under way on drawing up proposals for new goals for 2024–2027.');
      expect(part(el, 'summary')?.getAttribute('aria-label')).to.equal('Goals on this page');
      expect(titles(el)).to.deep.equal([
        'An attractive Vara with vitality for all',
        'Services of good quality',
        'A workplace where people thrive',
        'Sustainable finances',
      ]);
      expect(paragraphCounts(el)).to.deep.equal([3, 2, 2, 2]);
      await expect(el).to.be.accessible();
    });

    it('reads the reference data file through src', async () => {
      const el = await fixture<GoalList>(html`<goal-list src="/data/vara-kommun.json" lang="en"></goal-list>`);
      await until(() => cards(el).length === 4, 'data file loads');
      await rendered(el);
      expect(paragraphCounts(el)).to.deep.equal([3, 2, 2, 2]);
      expect(textOf(part(el, 'intro'))).to.match(/^The Municipal Council \(kommunfullmäktige\) has adopted/);
    });

    it('takes overrides of the goals’ strings from its own i18n attribute', async () => {
      const el = await rendered(await fixture<GoalList>(html`<goal-list i18n='{"status": {"heading": "Läge:"}}' .goals=${followUpSet}></goal-list>`));
      const headings = [...shadow(el).querySelectorAll('[part~="card-status"] .status-heading')].map((span) => textOf(span));
      expect(headings.length).to.be.greaterThan(2);
      expect(new Set(headings)).to.deep.equal(new Set(['Läge:']));
      expect(textOf(cards(el)[0]!.querySelector('[part~="card-factors"] .label')), 'strings not overridden stay').to.equal('Framgångsfaktorer');
    });

    it('follows a language change at run time', async () => {
      const host = await fixture<HTMLDivElement>(html`<div lang="sv"><goal-list .goals=${referenceSet}></goal-list></div>`);
      const el = host.querySelector('goal-list')!;
      await rendered(el);
      host.lang = 'en';
      await until(() => titles(el)[3] === 'Sustainable finances', 'cards follow the language');
      expect(textOf(part(el, 'title'))).to.equal('Overarching goals and success factors 2020–2023');
    });
  });

  describe('data sources', () => {
    it('renders a plain list of goals from the JSON attribute, ids made from the titles', async () => {
      const el = await rendered(await fixture<GoalList>(html`<goal-list summary goals=${JSON.stringify(plainGoals)}></goal-list>`));
      expect(titles(el)).to.deep.equal(['Attraktivt Vara med livskraft för alla', 'Hållbar ekonomi']);
      expect(paragraphCounts(el)).to.deep.equal([1, 2]);
      expect(summaryLinks(el)[1]?.getAttribute('href')).to.equal('#hallbar-ekonomi');
      expect(part(el, 'title')).to.equal(null);
      expect(part(el, 'intro')).to.equal(null);
      expect(part(el, 'note')).to.equal(null);
    });

    it('renders from a child <script type="application/json">, also one changed later', async () => {
      const el = await fixture<GoalList>(
        html`<goal-list>
          <script type="application/json">
            [{ "title": "Ett" }, { "title": "Två" }]
          </script>
        </goal-list>`,
      );
      await rendered(el);
      expect(titles(el)).to.deep.equal(['Ett', 'Två']);
      el.querySelector('script')!.textContent = '[{"title": "Tre"}]';
      await until(() => titles(el).join() === 'Tre', 'script child change re-renders');
    });

    it('gives the property priority over the attribute, the attribute over the script child, the script over src', async () => {
      const el = await fixture<GoalList>(
        html`<goal-list goals='[{"title": "Attribut"}]' src="/data/vara-kommun.json">
          <script type="application/json">
            [{ "title": "Skript" }]
          </script>
        </goal-list>`,
      );
      await rendered(el);
      expect(titles(el)).to.deep.equal(['Attribut']);
      el.goals = [{ title: 'Egenskap' }];
      await rendered(el);
      expect(titles(el)).to.deep.equal(['Egenskap']);
      el.goals = undefined;
      await rendered(el);
      expect(titles(el)).to.deep.equal(['Attribut']);
      el.removeAttribute('goals');
      await rendered(el);
      expect(titles(el)).to.deep.equal(['Skript']);
      el.querySelector('script')!.remove();
      await until(() => cards(el).length === 4, 'falls back to src');
    });

    it('re-renders when the data changes; removing a goal removes it and keeps the others, each named by its own heading', async () => {
      const goals: Goal[] = referenceSet.goals!;
      const el = await rendered(await fixture<GoalList>(html`<goal-list summary .goals=${goals}></goal-list>`));
      el.goals = goals.filter((_, i) => i !== 1);
      await rendered(el);
      expect(titles(el)).to.deep.equal(['Attraktivt Vara med livskraft för alla', 'Välmående arbetsplats', 'Hållbar ekonomi']);
      expect(cards(el).map((card) => textOf(shadow(el).getElementById(card.getAttribute('aria-labelledby')!)))).to.deep.equal(titles(el));
      expect(summaryLinks(el)).to.have.length(3);
      expect(await el.focusGoal('hallbar-ekonomi')).to.equal(true);
      expect(shadow(el).activeElement).to.equal(cardHeading(cards(el)[2]!));
      el.goals = [...goals, { title: 'Ett femte mål' }];
      await rendered(el);
      expect(titles(el)).to.have.length(5);
      expect(titles(el)[4]).to.equal('Ett femte mål');
      await expect(el).to.be.accessible();
    });

    it('shows the light-DOM fallback until there is data, then hides it', async () => {
      const el = await fixture<GoalList>(
        html`<goal-list
          ><ul>
            <li>Hållbar ekonomi</li>
          </ul></goal-list
        >`,
      );
      expect(shadow(el).querySelector('slot')?.assignedElements()[0]?.tagName).to.equal('UL');
      el.goals = referenceSet;
      await rendered(el);
      expect(shadow(el).querySelector('slot')).to.equal(null);
    });

    it('hands the goal set’s success factors to the cards, so they show labels', async () => {
      const el = await rendered(await fixture<GoalList>(html`<goal-list .goals=${followUpSet}></goal-list>`));
      const factors = [...cards(el)[0]!.querySelectorAll('[part~="card-factors"] li')].map((li) => textOf(li));
      expect(factors).to.deep.equal(['Folkhälsa', 'Dialog']);
    });
  });

  describe('bad input', () => {
    it('one bad goal: the whole list is refused, the notice names goals[2].title, the fallback stays', async () => {
      const el = document.createElement('goal-list');
      el.setAttribute('goals', JSON.stringify(oneBadGoal));
      el.innerHTML = '<ul><li>Ett</li><li>Två</li><li>Tre</li><li>Fyra</li></ul>';
      const error = nextError(el);
      document.body.append(el);
      try {
        expect(await error).to.deep.equal({ code: 'required', path: 'goals[2].title', message: 'goals[2].title: is missing' });
        await el.updateComplete;
        expect(cards(el), 'no goal is shown as if the list were whole').to.have.length(0);
        expect(textOf(notice(el))).to.equal('Innehållet kunde inte visas Mål 3: rubriken saknas.');
        expect(shadow(el).querySelector('slot')?.assignedElements()[0]?.tagName, 'fallback shown with the notice').to.equal('UL');
        expect(warnings.messages.filter((m) => m.includes('goals[2].title'))).to.deep.equal(['goal-list: goals[2].title: is missing']);
        await expect(el).to.be.accessible();
      } finally {
        el.remove();
      }
    });

    const cases: BadDataCase[] = [
      { name: 'malformed JSON', value: '[{"title": "Ett"},', code: 'json', path: 'goals' },
      { name: 'a description of the wrong type', value: '[{"title": "Ett"}, {"title": "Två", "description": 42}]', code: 'type', path: 'goals[1].description' },
      { name: 'an unknown status level', value: '[{"title": "Ett", "status": {"level": "excellent"}}]', code: 'value', path: 'goals[0].status.level' },
      { name: 'a goal set with a bad goal', value: '{"title": "Mål", "goals": [{"title": "Ett"}, {"title": ""}]}', code: 'required', path: 'goals[1].title' },
      { name: 'a goal set without goals', value: '{"title": "Mål"}', code: 'required', path: 'goals' },
      { name: 'an empty list', value: '[]', code: 'empty', path: 'goals' },
      { name: 'two goals with one id', value: '[{"id": "a", "title": "Ett"}, {"id": "a", "title": "Två"}]', code: 'value', path: 'goals[1].id' },
      { name: 'a wrongly typed set title', value: '{"title": 5, "goals": [{"title": "Ett"}]}', code: 'type', path: 'title' },
    ];
    itRejectsBadData(
      'goal-list',
      'goals',
      cases,
      (root) => root.querySelector('article'),
      () => warnings.messages,
    );

    itReportsFailingSrc('goal-list', () => warnings.messages);

    it('recovers when good data is set; the notice is in English on an English page', async () => {
      const el = await fixture<GoalList>(html`<goal-list lang="en" goals="{oops"></goal-list>`);
      expect(textOf(notice(el))).to.equal('The content could not be shown The goals (goals): the JSON is not valid. Check the quotes and commas.');
      await expect(el).to.be.accessible();
      el.goals = referenceSet;
      await rendered(el);
      expect(notice(el)).to.equal(null);
      expect(cards(el)).to.have.length(4);
    });

    it('shows hostile strings in every text field literally, never as markup', async () => {
      const set: GoalSet = {
        title: hostileText,
        intro: hostileText,
        note: hostileText,
        goals: [hostileGoal],
        successFactors: [{ id: 'x', label: hostileText }],
      };
      const el = await rendered(await fixture<GoalList>(html`<goal-list summary .goals=${set}></goal-list>`));
      const root = shadow(el);
      expect(root.querySelector('img, script')).to.equal(null);
      for (const name of ['title', 'intro', 'note']) expect(textOf(part(el, name))).to.equal(hostileText);
      expect(textOf(summaryLinks(el)[0])).to.equal(hostileText);
      expect(summaryLinks(el)[0]?.getAttribute('href')).to.equal(`#${encodeURIComponent(hostileText)}`);
      expect(textOf(cardHeading(cards(el)[0]!))).to.equal(hostileText);
      expect(await el.focusGoal(hostileText), 'the goal is found by its hostile id').to.equal(true);
      expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
    });

    it('never lets a javascript: link reach the page; the warning names goals[1].links[0].href', async () => {
      const el = await rendered(await fixture<GoalList>(html`<goal-list .goals=${[linkGoal, unsafeLinkGoal]}></goal-list>`));
      const hrefs = cards(el).flatMap((card) => [...card.querySelectorAll('a')].map((a) => a.getAttribute('href')));
      expect(hrefs).to.have.length(4);
      expect(hrefs.some((href) => /script/i.test(href ?? ''))).to.equal(false);
      expect(warnings.messages.filter((m) => m.includes('javascript') || m.includes('JaVaScRiPt'))).to.have.length(2);
      expect(warnings.messages[0]).to.match(/^goal-list: goals\[1\]\.links\[0\]\.href "javascript:/);
      expect(warnings.messages[1]).to.contain('goals[1].links[2].href');
    });
  });

  describe('summary, keyboard and deep links', () => {
    afterEach(() => window.scrollTo(0, 0));

    it('Enter on a summary link moves focus to that goal’s heading; Tab goes on inside the goal', async () => {
      await withHash('#', async () => {
        const el = await rendered(await fixture<GoalList>(html`<goal-list summary .goals=${followUpSet}></goal-list>`));
        const link = summaryLinks(el)[1]!;
        link.focus();
        expect(deepActiveElement()).to.equal(link);
        await sendKeys({ press: 'Enter' });
        const target = cardHeading(cards(el)[1]!)!;
        await until(() => deepActiveElement() === target, 'focus on the card heading');
        expect(location.hash).to.equal('#verksamhet-med-god-kvalitet');
        await sendKeys({ press: 'Tab' });
        expect(deepActiveElement(), 'the next stop is the first link of that goal').to.equal(cards(el)[1]!.querySelector('[part~="card-links"] a'));
      });
    });

    it('a mouse click on a summary link brings the goal into view and focuses its heading', async () => {
      await withHash('#', async () => {
        const host = await fixture<HTMLDivElement>(
          html`<div>
            <goal-list summary .goals=${referenceSet}></goal-list>
            <div style="height: 3000px"></div>
          </div>`,
        );
        const el = host.querySelector('goal-list')!;
        await rendered(el);
        const link = summaryLinks(el)[3]!;
        const box = link.getBoundingClientRect();
        await sendMouse({ type: 'click', position: [Math.round(box.left + 5), Math.round(box.top + box.height / 2)] });
        const target = cardHeading(cards(el)[3]!)!;
        await until(() => deepActiveElement() === target, 'focus on the fourth heading');
        const top = target.getBoundingClientRect().top;
        expect(top).to.be.within(0, window.innerHeight / 2);
        expect(window.scrollY).to.be.greaterThan(0);
      });
    });

    it('a deep link in the URL on load brings that goal into view and focuses its heading', async () => {
      await withHash('#hallbar-ekonomi', async () => {
        const host = await fixture<HTMLDivElement>(
          html`<div>
            <div style="height: 2000px"></div>
            <goal-list .goals=${referenceSet}></goal-list>
          </div>`,
        );
        const el = host.querySelector('goal-list')!;
        const target = () => cardHeading(cards(el)[3]!);
        await until(() => deepActiveElement() === target() && target() !== null, 'focus on the deep-linked heading');
        const top = target()!.getBoundingClientRect().top;
        expect(top).to.be.within(0, window.innerHeight / 2);
      });
    });

    it('does not pull focus again when the list is moved on the page later', async () => {
      await withHash('#hallbar-ekonomi', async () => {
        const el = await fixture<GoalList>(html`<goal-list .goals=${referenceSet}></goal-list>`);
        await until(() => deepActiveElement() === cardHeading(cards(el)[3]!), 'deep link on arrival');
        const button = document.createElement('button');
        button.textContent = 'Annat';
        document.body.append(button);
        try {
          button.focus();
          el.parentElement!.append(el); // Detached and attached again, as a CMS may do.
          await rendered(el);
          await new Promise((resolve) => setTimeout(resolve, 50));
          expect(document.activeElement).to.equal(button);
        } finally {
          button.remove();
        }
      });
    });

    it('a deep link waits for data from src', async () => {
      await withHash('#valmaende-arbetsplats', async () => {
        const el = await fixture<GoalList>(html`<goal-list src="/data/vara-kommun.json"></goal-list>`);
        await until(() => cards(el).length === 4 && deepActiveElement() === cardHeading(cards(el)[2]!), 'focus after loading');
      });
    });

    it('follows hashchange, and leaves fragments that name no goal alone', async () => {
      await withHash('#', async () => {
        const el = await rendered(await fixture<GoalList>(html`<goal-list .goals=${referenceSet}></goal-list>`));
        location.hash = 'valmaende-arbetsplats';
        await until(() => deepActiveElement() === cardHeading(cards(el)[2]!), 'focus follows the fragment');
        location.hash = 'nagot-annat';
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(deepActiveElement()).to.equal(cardHeading(cards(el)[2]!));
      });
    });

    describe('two lists sharing goal ids (a set and a proposal, or Swedish and English)', () => {
      const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
      const lists = (host: Element) => [...host.querySelectorAll('goal-list')];

      /** Where focus is, as positions ("list 1, goal 3"), so that a failure says where it went. */
      function focusPosition(host: Element): string {
        const active = document.activeElement;
        const list = lists(host).indexOf(active as GoalList);
        if (list < 0) return `outside the lists (${String(active?.localName)})`;
        const headings = [...shadow(active!).querySelectorAll('[part~="card-heading"]')];
        return `list ${list}, goal ${headings.indexOf(shadow(active!).activeElement!)}`;
      }

      /** The lists (by position) focus moved into while `body` ran, in order. */
      async function listsFocused(host: () => Element | undefined, body: () => Promise<void>): Promise<number[]> {
        const focused: EventTarget[] = [];
        const record = (event: FocusEvent) => event.target && focused.push(event.target);
        document.addEventListener('focusin', record);
        try {
          await body();
        } finally {
          document.removeEventListener('focusin', record);
        }
        const all = lists(host()!);
        return focused.map((target) => all.indexOf(target as GoalList)).filter((i) => i >= 0);
      }

      it('a summary link keeps focus in its own list, in either list', async () => {
        await withHash('#', async () => {
          const host = await fixture<HTMLDivElement>(
            html`<div>
              <goal-list summary .goals=${referenceSet}></goal-list>
              <goal-list lang="en" summary .goals=${referenceSet}></goal-list>
            </div>`,
          );
          await Promise.all(lists(host).map((list) => rendered(list)));
          // The third link names the goal the URL already names: no hashchange follows it.
          for (const [list, goal] of [
            [0, 3],
            [1, 1],
            [0, 1],
            [1, 0],
          ] as const) {
            const link = summaryLinks(lists(host)[list]!)[goal]!;
            link.click();
            await settle();
            expect(location.hash).to.equal(link.hash);
            expect(focusPosition(host)).to.equal(`list ${list}, goal ${goal}`);
          }
        });
      });

      it('a deep link on load focuses the goal in the first list only', async () => {
        await withHash('#hallbar-ekonomi', async () => {
          let host: HTMLDivElement | undefined;
          const focused = await listsFocused(
            () => host,
            async () => {
              host = await fixture<HTMLDivElement>(
                html`<div>
                  <goal-list .goals=${referenceSet}></goal-list>
                  <goal-list lang="en" .goals=${referenceSet}></goal-list>
                </div>`,
              );
              await until(() => document.activeElement === lists(host!)[0], 'the first list takes focus');
              await settle();
            },
          );
          expect(focused).to.deep.equal([0]);
          expect(focusPosition(host!)).to.equal('list 0, goal 3');
        });
      });

      it('a deep link on load waits for a first list that is still loading, and goes past one without the goal', async () => {
        await withHash('#hallbar-ekonomi', async () => {
          let host: HTMLDivElement | undefined;
          const focused = await listsFocused(
            () => host,
            async () => {
              host = await fixture<HTMLDivElement>(
                html`<div>
                  <goal-list .goals=${manyGoals(2)}></goal-list>
                  <goal-list src="/data/vara-kommun.json"></goal-list>
                  <goal-list .goals=${referenceSet}></goal-list>
                </div>`,
              );
              await until(() => document.activeElement === lists(host!)[1], 'the loaded list takes focus');
              await settle();
            },
          );
          expect(focused).to.deep.equal([1]);
          expect(focusPosition(host!)).to.equal('list 1, goal 3');
        });
      });

      it('a fragment changed otherwise (a script, the back button) goes to the first list that has the goal', async () => {
        await withHash('#', async () => {
          const host = await fixture<HTMLDivElement>(
            html`<div>
              <goal-list .goals=${manyGoals(2)}></goal-list>
              <goal-list .goals=${referenceSet}></goal-list>
              <goal-list lang="en" .goals=${referenceSet}></goal-list>
            </div>`,
          );
          await Promise.all(lists(host).map((list) => rendered(list)));
          const focused = await listsFocused(
            () => host,
            async () => {
              location.hash = 'valmaende-arbetsplats';
              await settle();
            },
          );
          expect(focused).to.deep.equal([1]);
          expect(focusPosition(host)).to.equal('list 1, goal 2');
        });
      });
    });

    it('focusGoal() resolves false for an unknown id', async () => {
      const el = await rendered(await fixture<GoalList>(html`<goal-list .goals=${referenceSet}></goal-list>`));
      expect(await el.focusGoal('finns-inte')).to.equal(false);
      expect(await el.focusGoal('hallbar-ekonomi')).to.equal(true);
    });
  });

  describe('headings', () => {
    for (const level of [2, 3, 4, 5, 6]) {
      it(`heading-level=${level}: goals at h${level}, the set's title at h${setTitleLevel(level as 2)}`, async () => {
        const el = await rendered(await fixture<GoalList>(html`<goal-list heading-level=${level} .goals=${referenceSet}></goal-list>`));
        expect(cards(el).map((card) => cardHeading(card)?.tagName)).to.deep.equal(Array(4).fill(`H${level}`));
        expect(part(el, 'title')?.tagName).to.equal(`H${Math.max(2, level - 1)}`);
      });
    }

    for (const level of ['1', '7', 'två']) {
      it(`heading-level="${level}" falls back to the default with one warning`, async () => {
        const el = await rendered(await fixture<GoalList>(html`<goal-list heading-level=${level} .goals=${referenceSet}></goal-list>`));
        expect(cardHeading(cards(el)[0]!)?.tagName).to.equal('H2');
        expect(part(el, 'title')?.tagName).to.equal('H2');
        expect(warnings.messages.filter((m) => m.includes(`heading-level="${level}"`))).to.deep.equal([
          `goal-list: heading-level="${level}" is not 2–6; using 2`,
        ]);
      });
    }
  });

  describe('accessibility and layout', () => {
    for (const lang of ['sv', 'en']) {
      for (const layout of ['list', 'grid'] as const) {
        it(`passes axe as ${layout} in ${lang}, with statuses, indicators and links`, async () => {
          const el = await rendered(await fixture<GoalList>(html`<goal-list lang=${lang} layout=${layout} summary .goals=${followUpSet}></goal-list>`));
          expect(cards(el)).to.have.length(7);
          await expect(el).to.be.accessible();
        });
      }
    }

    it('grid lays goals out in columns when there is room', async () => {
      const host = await fixture<HTMLDivElement>(html`<div style="width: 60em"><goal-list layout="grid" .goals=${manyGoals(4)}></goal-list></div>`);
      const el = host.querySelector('goal-list')!;
      await rendered(el);
      const tops = cards(el).map((card) => Math.round(card.getBoundingClientRect().top));
      expect(tops[0]).to.equal(tops[1]);
      expect(getComputedStyle(part(el, 'list')!).display).to.equal('grid');
    });

    describe('320 px wide', () => {
      afterEach(() => setViewport({ width: 800, height: 600 }));

      for (const layout of ['list', 'grid'] as const) {
        it(`${layout}: one column, no sideways scrolling`, async () => {
          await setViewport({ width: 320, height: 640 });
          const set: GoalSet = { ...followUpSet, goals: [...followUpSet.goals!, { ...longTitleGoal, indicators: indicatorGoal.indicators }] };
          const el = await rendered(await fixture<GoalList>(html`<goal-list layout=${layout} summary .goals=${set}></goal-list>`));
          expect(document.documentElement.scrollWidth).to.be.at.most(320);
          expect(el.scrollWidth).to.be.at.most(el.clientWidth);
          const lefts = new Set(cards(el).map((card) => Math.round(card.getBoundingClientRect().left)));
          expect(lefts.size, 'one column').to.equal(1);
          for (const card of cards(el)) expect(card.getBoundingClientRect().right).to.be.at.most(320);
          await expect(el).to.be.accessible();
        });
      }
    });
  });
});
