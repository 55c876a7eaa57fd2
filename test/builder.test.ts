/**
 * <kommun-builder>, the editors' goal-set builder (demo/builder): filled in by keyboard from
 * empty to the reference page, problems at their fields and in the summary, lossless round trips
 * of snippets and JSON, copy and download, axe in every state, in Swedish and English.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../demo/builder/kommun-builder.js';
import type { KommunBuilder } from '../demo/builder/kommun-builder.js';
import { daysOf, daysTokens, goalSetFromPaste, numberValue, PasteError, problemsOf, setAt, withLanguage, withParagraphs } from '../demo/builder/model.js';
import type { GoalSetData } from '../demo/builder/model.js';
import { snippetOf } from '../src/data/snippet.js';
import vara from '../data/vara-kommun.json';
import builderSv from '../demo/builder/locales/sv.json';
import builderEn from '../demo/builder/locales/en.json';
import { captureWarnings, noticeFor, textOf, until } from './helpers.js';

type Lang = 'sv' | 'en';
/** A Monday morning, open: the preview and the reference show the same moment. */
const NOW = '2026-09-28T10:00+02:00';

// --- a harness that works the builder as an editor would ----------------------------------------

const root = (el: KommunBuilder) => el.shadowRoot!;
/** The control that writes `path` (each control carries the path it reads and writes). */
const control = <E extends HTMLElement = HTMLInputElement>(el: KommunBuilder, path: string) => {
  const found = root(el).querySelector<E>(`[data-path="${path}"]`);
  expect(found, `a control for ${path}`).to.exist;
  return found!;
};
const buttonNamed = (el: KommunBuilder, name: string) => {
  const found = [...root(el).querySelectorAll('button')].find((button) => textOf(button) === name);
  expect(found, `a button "${name}"`).to.exist;
  return found!;
};
const describedText = (el: KommunBuilder, node: Element) =>
  (node.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => textOf(root(el).getElementById(id)))
    .join(' ');

/** The focused element, inside shadow roots too. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Presses Tab until `target` has focus: the form is walked in its own order, as a keyboard user does. */
async function tabTo(target: Element, limit = 60): Promise<void> {
  for (let i = 0; i < limit && focused() !== target; i++) await sendKeys({ press: 'Tab' });
  expectFocus(target, 'Tab reaches it');
}

/** Compared as a boolean: a failing comparison of two elements would print the whole page. */
function expectFocus(target: Element | null | undefined, message: string): void {
  const active = focused();
  const name = (node: Element | null | undefined) =>
    node ? `${node.localName}#${node.id} ${node.getAttribute('data-path') ?? textOf(node).slice(0, 40)}` : String(node);
  expect(active === target, `${message}: focus is on ${name(active)}, not ${name(target)}`).to.equal(true);
}

const type = (text: string) => sendKeys({ type: text });
const press = (key: string) => sendKeys({ press: key });

/** Types each language of a text into its field. */
async function typeText(el: KommunBuilder, path: string, value: unknown): Promise<void> {
  for (const [lang, text] of typeof value === 'string' ? [['sv', value]] : Object.entries(value as Record<string, string>)) {
    await tabTo(control(el, `${path}.${lang}`));
    await type(text!);
  }
}

/** What a field gets when something is pasted or dictated into it: the same input event typing gives. */
async function fill(el: KommunBuilder, path: string, text: string): Promise<void> {
  const field = control<HTMLInputElement | HTMLTextAreaElement>(el, path);
  field.focus();
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function fillText(el: KommunBuilder, path: string, value: Record<string, string>): Promise<void> {
  for (const [lang, text] of Object.entries(value)) await fill(el, `${path}.${lang}`, text);
}

/** Presses a button with the keyboard, the first time with Enter and then with Space. */
async function activate(button: HTMLElement, key: 'Enter' | 'Space' = 'Enter'): Promise<void> {
  await tabTo(button);
  await press(key === 'Space' ? ' ' : 'Enter');
}

const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The reference page, with what it lacks and the form covers added to its first goal. */
function referenceWithExtras(): GoalSetData {
  const reference = json(vara) as GoalSetData & { goals: Record<string, unknown>[] };
  Object.assign(reference.goals[0]!, {
    status: { level: 'on-track' },
    successFactors: ['folkhalsa', 'samverkan'],
    indicators: [{ label: { sv: 'Nöjda invånare', en: 'Satisfied residents' }, value: 71.5, unit: '%', target: 75, year: 2024 }],
    links: [{ href: 'https://www.vara.se/mal', text: { sv: 'Läs mer om målen', en: 'Read more about the goals' } }],
  });
  return reference;
}

/** The parts of a goal set the form shows (`page` and `period` it leaves alone). */
const formParts = (data: GoalSetData): GoalSetData => Object.fromEntries(Object.entries(data).filter(([key]) => key !== 'page' && key !== 'period'));

const previewOf = (el: KommunBuilder, tag: string) => root(el).querySelector(`.preview ${tag}`);

/** The text each preview element shows, against the same element given `data` on the page. */
async function expectPreviewShows(el: KommunBuilder, data: GoalSetData): Promise<void> {
  await el.previewComplete;
  const reference = await fixture<HTMLElement>(
    html`<div>
      <goal-list .goals=${data}></goal-list>
      <success-factors .factors=${data}></success-factors>
      <contact-status no-json-ld now=${NOW} .contact=${data}></contact-status>
    </div>`,
  );
  for (const tag of ['goal-list', 'success-factors', 'contact-status']) {
    const mine = previewOf(el, tag);
    const theirs = reference.querySelector(tag) as HTMLElement & { updateComplete: Promise<boolean> };
    await theirs.updateComplete;
    expect(textOf(mine?.shadowRoot), `${tag} in the preview`).to.equal(textOf(theirs.shadowRoot));
    expect(textOf(mine?.shadowRoot)).to.not.equal('');
  }
}

const snippetText = (el: KommunBuilder, tag: string) => root(el).querySelector<HTMLTextAreaElement>(`#snippet-${tag}`)!.value;

/** The data of the element in a snippet, read as the element reads it: the attribute, else the child script. */
function dataOfSnippet(snippet: string, tag: string, attribute: string): unknown {
  const element = new DOMParser().parseFromString(snippet, 'text/html').querySelector(tag)!;
  return JSON.parse(element.getAttribute(attribute) ?? element.querySelector('script[type="application/json"]')!.textContent ?? '');
}

async function paste(el: KommunBuilder, text: string): Promise<void> {
  const textarea = root(el).querySelector<HTMLTextAreaElement>('#paste')!;
  textarea.value = text;
  buttonNamed(el, STRINGS[el.closest('[lang]')?.getAttribute('lang') === 'en' ? 'en' : 'sv'].open).click();
  await el.updateComplete;
}

const STRINGS = {
  sv: { example: builderSv.start.example, empty: builderSv.start.empty, open: builderSv.paste.open, copy: builderSv.output.copy['goal-list'] },
  en: { example: builderEn.start.example, empty: builderEn.start.empty, open: builderEn.paste.open, copy: builderEn.output.copy['goal-list'] },
} as const;

async function builder(lang: Lang = 'sv'): Promise<KommunBuilder> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}><kommun-builder now=${NOW}></kommun-builder></div>`);
  const el = wrapper.querySelector('kommun-builder')!;
  await el.updateComplete;
  return el;
}

async function fromExample(el: KommunBuilder, lang: Lang = 'sv'): Promise<void> {
  buttonNamed(el, STRINGS[lang].example).click();
  await el.updateComplete;
}

// --- the tests ---------------------------------------------------------------------------------

describe('kommun-builder', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.stop());

  it('filled in by keyboard from empty, gives the reference page: its JSON validates and the preview matches', async function () {
    this.timeout(180_000);
    const el = await builder();
    await fromExample(el);
    await activate(buttonNamed(el, STRINGS.sv.empty));
    expect(el.goalSet).to.deep.equal({});
    const reference = referenceWithExtras() as GoalSetData & {
      goals: Record<string, unknown>[];
      successFactors: Record<string, string>[];
      contact: Record<string, unknown>;
    };

    // The goal set and its factors, all typed.
    for (const key of ['title', 'intro', 'note', 'successFactorsIntro']) await typeText(el, key, reference[key]);
    for (const [i, factor] of reference.successFactors.entries()) {
      await activate(control(el, 'successFactors'), i % 2 ? 'Space' : 'Enter');
      expectFocus(control(el, `successFactors[${i}].label.sv`), 'focus moves to the new factor');
      await typeText(el, `successFactors[${i}].label`, factor['label']);
      await tabTo(control(el, `successFactors[${i}].id`));
      await type(factor['id']!);
    }

    // The first goal, all typed: paragraphs, status, factors, an indicator and a link.
    const first = reference.goals[0]!;
    await activate(control(el, 'goals'));
    await typeText(el, 'goals[0].title', first['title']);
    await tabTo(control(el, 'goals[0].id'));
    await type(first['id'] as string);
    // The Swedish paragraphs typed with a blank line (Enter, Enter) between them; the English ones filled in.
    const paragraphs = first['description'] as Record<string, string>[];
    await tabTo(control(el, 'goals[0].description.sv'));
    for (const [i, paragraph] of paragraphs.entries()) {
      if (i > 0) for (const key of ['Enter', 'Enter']) await press(key);
      await type(paragraph['sv']!);
    }
    await fill(el, 'goals[0].description.en', paragraphs.map((p) => p['en']).join('\n\n'));
    await tabTo(control(el, 'goals[0].status.level'));
    for (const key of ['ArrowDown', 'ArrowDown']) await press(key);
    const boxes = control(el, 'goals[0].successFactors').querySelectorAll('input');
    for (const box of [boxes[0]!, boxes[1]!]) {
      await tabTo(box);
      await press(' ');
    }
    const indicator = (first['indicators'] as Record<string, unknown>[])[0]!;
    await activate(control(el, 'goals[0].indicators'));
    await typeText(el, 'goals[0].indicators[0].label', indicator['label']);
    for (const [key, text] of [
      ['value', '71,5'],
      ['unit.sv', '%'],
      ['target', '75'],
      ['year', '2024'],
    ] as const) {
      await tabTo(control(el, `goals[0].indicators[0].${key}`));
      await type(text);
    }
    const link = (first['links'] as Record<string, unknown>[])[0]!;
    await activate(control(el, 'goals[0].links'), 'Space');
    await type(link['href'] as string);
    await typeText(el, 'goals[0].links[0].text', link['text']);

    // The other goals through the same fields, added by keyboard.
    for (const [i, goal] of reference.goals.entries()) {
      if (i === 0) continue;
      await activate(control(el, 'goals'));
      await fillText(el, `goals[${i}].title`, goal['title'] as Record<string, string>);
      await fill(el, `goals[${i}].id`, goal['id'] as string);
      for (const lang of ['sv', 'en']) {
        await fill(el, `goals[${i}].description.${lang}`, (goal['description'] as Record<string, string>[]).map((p) => p[lang]).join('\n\n'));
      }
    }

    // The contact centre and its hours, all typed.
    const contact = reference.contact;
    await typeText(el, 'contact.name', contact['name']);
    for (const key of ['phone', 'email']) {
      await tabTo(control(el, `contact.${key}`));
      await type(contact[key] as string);
    }
    await typeText(el, 'contact.text', contact['text']);
    await tabTo(control(el, 'contact.url'));
    await type(contact['url'] as string);
    const week = [
      { days: [0, 1, 2, 3], opens: '08.00', closes: '16.30' },
      { days: [4], opens: '08.00', closes: '15.00' },
    ];
    for (const [i, period] of week.entries()) {
      await activate(control(el, 'contact.hours.regular'));
      const days = control(el, `contact.hours.regular[${i}].days`).querySelectorAll('input');
      expectFocus(days[0], 'focus moves to the new line’s first day');
      for (const day of period.days) {
        await tabTo(days[day]!);
        await press(' ');
      }
      await tabTo(control(el, `contact.hours.regular[${i}].opens`));
      await type(period.opens);
      await tabTo(control(el, `contact.hours.regular[${i}].closes`));
      await type(period.closes);
    }
    for (const key of ['holidays', 'eves']) {
      await tabTo(control(el, `contact.hours.${key}`));
      await press('ArrowDown'); // "closed", the first choice after the default
    }
    await tabTo(control(el, 'contact.hours.dayBeforeHoliday.closes'));
    await type('12.00');

    expect(formParts(el.goalSet)).to.deep.equal(formParts(reference));
    expect(problemsOf(el.goalSet)).to.deep.equal([]);
    expect(root(el).querySelector('.error-summary')).to.equal(null);
    await expectPreviewShows(el, reference);
    await expect(el).to.be.accessible();
  });

  describe('problems at their fields', () => {
    for (const lang of ['sv', 'en'] as const) {
      it(`${lang}: a goal without a title, a value that is not a number and a closing before the opening`, async () => {
        const el = await builder(lang);
        await fromExample(el, lang);
        await fillText(el, 'goals[0].title', { sv: '', en: '' });
        control<HTMLButtonElement>(el, 'goals[1].indicators').click();
        await el.updateComplete;
        await fillText(el, 'goals[1].indicators[0].label', { sv: 'Nöjda invånare' });
        await fill(el, 'goals[1].indicators[0].value', 'sjuttio');
        await fill(el, 'contact.hours.dayBeforeHoliday.opens', '13.00');

        const problems = [
          { field: 'goals[0].title.sv', code: 'required', path: 'goals[0].title' },
          { field: 'goals[1].indicators[0].value', code: 'type', path: 'goals[1].indicators[0].value' },
          { field: 'contact.hours.dayBeforeHoliday.closes', code: 'value', path: 'contact.hours.dayBeforeHoliday.closes' },
        ];
        const summary = root(el).querySelector<HTMLElement>('.error-summary')!;
        expect(summary, 'an error summary').to.exist;
        const links = [...summary.querySelectorAll('a')];
        expect(links.map((a) => textOf(a))).to.deep.equal(problems.map(({ code, path }) => noticeFor(code, path, lang)));
        for (const { field, code, path } of problems) {
          const input = control(el, field);
          expect(input.getAttribute('aria-invalid'), field).to.equal('true');
          expect(describedText(el, input)).to.contain(noticeFor(code, path, lang));
          expect(describedText(el, input)).to.contain(lang === 'sv' ? 'Fel:' : 'Error:');
        }
        await expect(el).to.be.accessible();

        // Copying with problems: nothing copied, focus on the summary, whose links lead to the fields.
        await activate(buttonNamed(el, STRINGS[lang].copy));
        await until(() => focused() === summary, 'the summary takes focus');
        await tabTo(links[1]!);
        await press('Enter');
        expectFocus(control(el, 'goals[1].indicators[0].value'), 'focus');

        await fillText(el, 'goals[0].title', { sv: 'Attraktivt Vara' });
        await fill(el, 'goals[1].indicators[0].value', '70');
        await fill(el, 'contact.hours.dayBeforeHoliday.opens', '');
        for (const { field } of problems) {
          const input = control(el, field);
          expect(input.hasAttribute('aria-invalid'), field).to.equal(false);
          expect(describedText(el, input)).to.not.contain(lang === 'sv' ? 'Fel:' : 'Error:');
        }
        expect(root(el).querySelector('.error-summary')).to.equal(null);
        expect(root(el).querySelectorAll('.error-message')).to.have.length(0);
      });
    }

    it('a list the element needs shows its problem at the button that adds to it', async () => {
      const el = await builder();
      await fill(el, 'title.sv', 'Mål 2024–2027');
      const add = control(el, 'goals');
      expect(describedText(el, add)).to.contain(noticeFor('required', 'goals'));
      await expect(el).to.be.accessible();
    });
  });

  describe('round trips', () => {
    const withUnknowns = (): GoalSetData => {
      const data = json(vara) as GoalSetData & { title: Record<string, string>; successFactors: unknown[] };
      data.title = { ...data.title, fi: 'Kokonaistavoitteet 2020–2023' };
      data.successFactors = ['Folkhälsa', ...data.successFactors.slice(1)];
      data['owner'] = { unit: 'Kommunledningsförvaltningen', reviewed: '2026-01-15' };
      return data;
    };
    const cases = [
      ['the reference snippet, data in the attribute', () => snippetOf('goal-list', { attributes: { summary: true, goals: vara } })],
      ['a snippet with a child script', () => `<goal-list>\n  <script type="application/json">${JSON.stringify(vara)}</script>\n</goal-list>`],
      ['unknown fields, a Finnish title and a factor written as a string', () => snippetOf('goal-list', { attributes: { goals: withUnknowns() } })],
    ] as const;
    for (const [name, snippet] of cases) {
      it(`${name}: snippet → builder → snippet gives the same data`, async () => {
        const el = await builder();
        const original = dataOfSnippet(snippet(), 'goal-list', 'goals');
        await paste(el, snippet());
        expect(el.goalSet).to.deep.equal(original);
        expect(dataOfSnippet(snippetText(el, 'goal-list'), 'goal-list', 'goals')).to.deep.equal(original);
        await expect(el).to.be.accessible();
      });
    }

    it('an edit changes its own field and nothing else', async () => {
      const el = await builder();
      const original = withUnknowns();
      await paste(el, JSON.stringify(original));
      await fill(el, 'title.en', 'Goals 2020–2023');
      await fill(el, 'successFactors[0].label.en', 'Public health');
      expect(el.goalSet).to.deep.equal({
        ...original,
        title: { ...(original['title'] as object), en: 'Goals 2020–2023' },
        successFactors: [{ label: { sv: 'Folkhälsa', en: 'Public health' } }, ...(original['successFactors'] as unknown[]).slice(1)],
      });
    });

    it('the three snippets together open as the goal set they came from', async () => {
      const el = await builder();
      await fromExample(el);
      const all = ['goal-list', 'success-factors', 'contact-status'].map((tag) => snippetText(el, tag)).join('\n');
      await paste(el, all);
      expect(el.goalSet).to.deep.equal(vara);
      expect(dataOfSnippet(snippetText(el, 'contact-status'), 'contact-status', 'contact')).to.deep.equal(vara.contact);
      expect(dataOfSnippet(snippetText(el, 'success-factors'), 'success-factors', 'factors')).to.deep.equal({
        successFactorsIntro: vara.successFactorsIntro,
        successFactors: vara.successFactors,
      });
    });

    for (const lang of ['sv', 'en'] as const) {
      it(`${lang}: an unreadable paste shows a message at the paste field and changes nothing`, async () => {
        const el = await builder(lang);
        await fromExample(el, lang);
        const textarea = root(el).querySelector<HTMLTextAreaElement>('#paste')!;
        textarea.value = '<goal-list goals=\'{"title": "Mål", goals: []}\'></goal-list>';
        buttonNamed(el, STRINGS[lang].open).click();
        await el.updateComplete;
        expect(el.goalSet).to.deep.equal(vara);
        expect(textarea.getAttribute('aria-invalid')).to.equal('true');
        expect(describedText(el, textarea)).to.contain(lang === 'sv' ? builderSv.paste.json : builderEn.paste.json);
        expectFocus(textarea, 'focus');
        expect(warnings.messages.some((m) => m.startsWith('kommun-builder: paste'))).to.equal(true);
        await expect(el).to.be.accessible();
      });
    }

    it('a paste whose data has problems opens with the summary focused', async () => {
      const el = await builder();
      const broken = json(vara) as GoalSetData & { goals: Record<string, unknown>[] };
      delete broken.goals[2]!['title'];
      await paste(el, JSON.stringify(broken));
      const summary = root(el).querySelector('.error-summary');
      await until(() => focused() === summary, 'the summary takes focus');
      expect(textOf(summary)).to.contain(noticeFor('required', 'goals[2].title'));
      expect(warnings.messages).to.include('kommun-builder: goals[2].title: is missing');
      await expect(el).to.be.accessible();
    });
  });

  describe('accessible in every state', () => {
    for (const lang of ['sv', 'en'] as const) {
      it(`${lang}: empty, filled, with problems, after import`, async () => {
        const el = await builder(lang);
        await expect(el).to.be.accessible();
        expect(textOf(root(el).querySelector('h1'))).to.equal(lang === 'sv' ? builderSv.heading : builderEn.heading);
        await fromExample(el, lang);
        await el.previewComplete;
        await expect(el).to.be.accessible();
        await fill(el, 'successFactors[2].label.sv', '');
        await fill(el, 'successFactors[2].label.en', '');
        await fill(el, 'contact.hours.regular[0].opens', '8');
        expect(root(el).querySelectorAll('[aria-invalid="true"]')).to.have.length(2);
        await el.previewComplete;
        await expect(el).to.be.accessible();
        await paste(el, snippetOf('goal-list', { attributes: { goals: vara } }));
        await el.previewComplete;
        await expect(el).to.be.accessible();
      });
    }
  });

  it('reflows at 320 px: nothing wider than the screen, with problems shown', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await builder();
      await fromExample(el);
      control<HTMLButtonElement>(el, 'goals[0].indicators').click();
      await el.updateComplete;
      await fill(el, 'goals[0].indicators[0].value', 'sjuttio');
      await el.previewComplete;
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      const overflowing = [...root(el).querySelectorAll('*')].filter((node) => node.getBoundingClientRect().right > 320);
      expect(overflowing.map((node) => node.localName)).to.deep.equal([]);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('own hours for bridge days and eves, and dated exceptions, write what the hours type allows', async () => {
    const el = await builder();
    await fromExample(el);
    const choose = async (path: string, value: string) => {
      const select = control<HTMLSelectElement>(el, path);
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      await el.updateComplete;
    };
    const hours = () => (el.goalSet['contact'] as { hours: Record<string, unknown> }).hours;
    await choose('contact.hours.bridgeDays', 'hours');
    expect(hours()).to.not.have.property('bridgeDays');
    await fill(el, 'contact.hours.bridgeDays.opens', '09.00');
    await fill(el, 'contact.hours.bridgeDays.closes', '12.00');
    await choose('contact.hours.eves', 'regular');
    for (let i = 0; i < 2; i++) {
      control<HTMLButtonElement>(el, 'contact.hours.exceptions').click();
      await el.updateComplete;
    }
    await fill(el, 'contact.hours.exceptions[0].date', '2026-12-23');
    await fill(el, 'contact.hours.exceptions[0].opens', '08.00');
    await fill(el, 'contact.hours.exceptions[0].closes', '12.00');
    await fillText(el, 'contact.hours.exceptions[0].note', { sv: 'Lillejulafton' });
    await choose('contact.hours.exceptions[1].closed', 'range');
    await fill(el, 'contact.hours.exceptions[1].from', '2026-07-06');
    await fill(el, 'contact.hours.exceptions[1].to', '2026-07-31');
    const { regular, holidays, dayBeforeHoliday } = vara.contact.hours;
    expect(hours()).to.deep.equal({
      regular,
      holidays,
      eves: 'regular',
      dayBeforeHoliday,
      bridgeDays: { opens: '09.00', closes: '12.00' },
      exceptions: [
        { date: '2026-12-23', opens: '08.00', closes: '12.00', note: 'Lillejulafton' },
        { from: '2026-07-06', to: '2026-07-31', closed: true },
      ],
    });
    expect(problemsOf(el.goalSet)).to.deep.equal([]);
    await expect(el).to.be.accessible();

    // A problem in the second exception is shown at its own field.
    await fill(el, 'contact.hours.exceptions[1].to', '2026-07-01');
    expect(describedText(el, control(el, 'contact.hours.exceptions[1].to'))).to.contain(noticeFor('value', 'contact.hours.exceptions[1].to'));
    await fill(el, 'contact.hours.exceptions[1].to', '2026-07-31');
    expect(root(el).querySelector('[aria-invalid]')).to.equal(null);

    // Another kind keeps the date and the note, and drops the hours it no longer has.
    await choose('contact.hours.exceptions[0].closed', 'closed');
    expect((hours()['exceptions'] as unknown[])[0]).to.deep.equal({ date: '2026-12-23', note: 'Lillejulafton', closed: true });
    expect(control(el, 'contact.hours.exceptions[0].date').value).to.equal('2026-12-23');
    expect(root(el).querySelector('[data-path="contact.hours.exceptions[0].opens"]')).to.equal(null);
  });

  describe('lists', () => {
    it('move and remove by keyboard keep focus on the item and say what happened', async () => {
      const el = await builder();
      await fromExample(el);
      const labelOf = (i: number) => control(el, `successFactors[${i}].label.sv`).value;
      await activate(buttonNamed(el, 'Flytta ned faktor 1'));
      expect([labelOf(0), labelOf(1)]).to.deep.equal(['Samverkan', 'Folkhälsa']);
      expectFocus(buttonNamed(el, 'Flytta ned faktor 2'), 'focus');
      expect(textOf(root(el).querySelector('p[role="status"].visually-hidden'))).to.equal('Faktor 1 har flyttats till plats 2.');
      await press('Enter');
      await el.updateComplete;
      expect(labelOf(2)).to.equal('Folkhälsa');
      await activate(buttonNamed(el, 'Ta bort faktor 3'), 'Space');
      await el.updateComplete;
      expect((el.goalSet['successFactors'] as unknown[]).length).to.equal(6);
      expectFocus(control(el, 'successFactors'), 'focus');
      expect(textOf(root(el).querySelector('p[role="status"].visually-hidden'))).to.equal('Faktor 3 har tagits bort.');
    });
  });

  describe('output', () => {
    it('copy puts the snippet on the clipboard and says so in a polite live region', async () => {
      const el = await builder();
      await fromExample(el);
      // Headless Chromium lets the page write the clipboard but not read it back: the write is watched.
      const written: string[] = [];
      const writeText = navigator.clipboard.writeText.bind(navigator.clipboard);
      navigator.clipboard.writeText = (text: string) => (written.push(text), writeText(text));
      try {
        root(el).querySelector<HTMLTextAreaElement>('#snippet-goal-list')!.focus();
        await activate(buttonNamed(el, STRINGS.sv.copy));
        const status = root(el).querySelector('.snippet [role="status"]')!;
        await until(() => textOf(status) !== '', 'the confirmation shows');
        expect(textOf(status)).to.equal(builderSv.output.copied);
        expect(written).to.deep.equal([snippetText(el, 'goal-list')]);
        expect(dataOfSnippet(written[0]!, 'goal-list', 'goals')).to.deep.equal(vara);
        await expect(el).to.be.accessible();
      } finally {
        navigator.clipboard.writeText = writeText;
      }
    });

    it('download gives a Blob of the goal set, pretty-printed', async () => {
      const el = await builder();
      await fromExample(el);
      await fill(el, 'note.en', 'New goals for 2024–2027 are being drawn up.');
      const blobs: Blob[] = [];
      const createObjectURL = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob: Blob | MediaSource) => (blobs.push(blob as Blob), createObjectURL(blob));
      try {
        root(el).querySelector<HTMLTextAreaElement>('#snippet-contact-status')!.focus();
        await activate(buttonNamed(el, builderSv.output.download));
      } finally {
        URL.createObjectURL = createObjectURL;
      }
      expect(blobs).to.have.length(1);
      expect(blobs[0]!.type).to.equal('application/json');
      const text = await blobs[0]!.text();
      expect(JSON.parse(text)).to.deep.equal(el.goalSet);
      expect(text).to.equal(`${JSON.stringify(el.goalSet, null, 2)}\n`);
      expect(textOf(root(el).querySelector('p[role="status"].visually-hidden'))).to.equal('Filen malsamling.json laddas ner.');
    });
  });
});

describe('builder model', () => {
  it('setAt leaves out emptied fields and the objects they leave empty, up to a list item', () => {
    const data = { contact: { hours: { regular: [{}], dayBeforeHoliday: { closes: '12.00' } } } };
    expect(setAt(data, 'contact.hours.dayBeforeHoliday.closes', undefined)).to.deep.equal({ contact: { hours: { regular: [{}] } } });
    expect(setAt({ goals: [{ title: 'A' }] }, 'goals[0].title', undefined)).to.deep.equal({ goals: [{}] });
    expect(data.contact.hours.dayBeforeHoliday.closes, 'the original is not changed').to.equal('12.00');
  });

  it('a plain string stays one until another language is written; other languages are kept', () => {
    expect(withLanguage('Folkhälsa', 'sv', 'Folkhälsan')).to.equal('Folkhälsan');
    expect(withLanguage('Folkhälsa', 'en', '')).to.equal('Folkhälsa');
    expect(withLanguage('Folkhälsa', 'en', 'Public health')).to.deep.equal({ sv: 'Folkhälsa', en: 'Public health' });
    expect(withLanguage({ sv: 'Mål', fi: 'Tavoite' }, 'sv', ' ')).to.deep.equal({ fi: 'Tavoite' });
    expect(withLanguage({ en: 'Goal' }, 'en', '')).to.equal(undefined);
  });

  it('paragraphs: a blank line between them, entry i of each language together', () => {
    const two = withParagraphs(undefined, 'sv', 'Ett.\n\n  \nTvå.');
    expect(two).to.deep.equal(['Ett.', 'Två.']);
    expect(withParagraphs(two, 'en', 'One.')).to.deep.equal([{ sv: 'Ett.', en: 'One.' }, 'Två.']);
  });

  it('numbers in Swedish or English notation; other text is kept for the validator to name', () => {
    expect([numberValue('71,5'), numberValue('1 200'), numberValue('−3'), numberValue(' '), numberValue('sjuttio')]).to.deep.equal([
      71.5,
      1200,
      -3,
      undefined,
      'sjuttio',
    ]);
  });

  it('days: ranges in, ranges out', () => {
    expect([...daysOf(['sun-tue', 'thu'])].sort()).to.deep.equal([0, 1, 3, 6]);
    expect(daysTokens(new Set([0, 1, 2, 3, 5]))).to.deep.equal(['mon-thu', 'sat']);
  });

  it('a paste that is neither our code nor a goal set is refused with its reason', () => {
    const reason = (text: string) => {
      try {
        goalSetFromPaste(text);
        return undefined;
      } catch (error) {
        return error instanceof PasteError ? error.reason : 'other';
      }
    };
    expect(['Hej', '<p>Hej</p>', '{"title": ', '[1, 2]', '<contact-status contact=\'{"phone": "0512-310 00"}\'></contact-status>'].map(reason)).to.deep.equal([
      'unreadable',
      'unreadable',
      'json',
      'unreadable',
      undefined,
    ]);
    expect(goalSetFromPaste('<img src=x onerror="window.pwned = 1"><success-factors factors=\'["Dialog"]\'></success-factors>')).to.deep.equal({
      successFactors: ['Dialog'],
    });
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
  });
});
