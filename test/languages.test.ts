/**
 * Finnish and Arabic built in, languages registered by a municipality (Meänkieli, Sami,
 * Persian), the formatting that never falls to en-US, and a language switch at run time:
 * every element, through what a person sees, axe in every state.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { registerLocale } from '../src/index.js';
import type { ContactStatus, GoalCard, GoalList, PageFeedback, SuccessFactors } from '../src/index.js';
import { instants, referenceContact } from '../src/contact-status/contact-status.fixtures.js';
import { indicatorGoal, linkGoal, referenceFactors, statusGoals } from '../src/goal-card/goal-card.fixtures.js';
import { referenceSet } from '../src/goal-list/goal-list.fixtures.js';
import { captureWarnings, shadow, textOf } from './helpers.js';

const $ = <E extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<E>(selector);
const base = (el: Element) => $(el, '[part="base"]')!;

/** Collects console.error calls (and uncaught errors) while a test runs. */
function captureErrors(): { messages: string[]; stop: () => void } {
  const messages: string[] = [];
  const original = console.error;
  const onError = (event: ErrorEvent) => messages.push(String(event.message));
  console.error = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  window.addEventListener('error', onError);
  return {
    messages,
    stop: () => {
      console.error = original;
      window.removeEventListener('error', onError);
    },
  };
}

/** Every state of every element, in `lang`: [name, the element's template]. */
function everyState(lang: string): [string, TemplateResult][] {
  return [
    ['contact-status open', html`<contact-status lang=${lang} .contact=${referenceContact} now=${instants.open}></contact-status>`],
    ['contact-status closed until Monday', html`<contact-status lang=${lang} .contact=${referenceContact} now=${instants.fridayEvening}></contact-status>`],
    ['contact-status on julafton', html`<contact-status lang=${lang} .contact=${referenceContact} now=${instants.julafton}></contact-status>`],
    [
      'contact-status with bad data',
      html`<contact-status lang=${lang} hours='{"regular": [{"days": ["mon"], "opens": "08.00", "closes": "25.00"}]}'></contact-status>`,
    ],
    ...statusGoals.map((goal): [string, TemplateResult] => [
      `goal-card ${goal.status?.level}`,
      html`<goal-card lang=${lang} .goal=${goal} .factors=${referenceFactors}></goal-card>`,
    ]),
    ['goal-card with indicators', html`<goal-card lang=${lang} .goal=${indicatorGoal}></goal-card>`],
    ['goal-card with links', html`<goal-card lang=${lang} .goal=${linkGoal}></goal-card>`],
    ['goal-list', html`<goal-list lang=${lang} .goals=${referenceSet}></goal-list>`],
    ['success-factors', html`<success-factors lang=${lang} .factors=${referenceFactors}></success-factors>`],
    ['success-factors as chips', html`<success-factors lang=${lang} layout="chips" .factors=${referenceFactors}></success-factors>`],
    ['page-feedback question', html`<page-feedback lang=${lang} page=${`/languages/${lang}/${++pages}`}></page-feedback>`],
  ];
}

let pages = 0;

/** The page-feedback states past the question: the form, an over-long comment, the thanks. */
async function feedbackStates(lang: string, check: (el: PageFeedback, state: string) => Promise<void>): Promise<void> {
  const el = await fixture<PageFeedback>(html`<page-feedback lang=${lang} page=${`/languages/${lang}/${++pages}`} max-length="10"></page-feedback>`);
  $<HTMLButtonElement>(el, 'button[part~="no"]')!.click();
  await el.updateComplete;
  await check(el, 'form');
  const field = $<HTMLTextAreaElement>(el, 'textarea')!;
  field.value = 'x'.repeat(12);
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
  await check(el, 'over the limit');
  $<HTMLButtonElement>(el, 'button[part~="cancel"]')!.click();
  await el.updateComplete;
  await check(el, 'thanks');
}

const FINNISH = {
  status: 'Avoinna · Suljetaan klo 16.30',
  mondayOpening: 'Suljettu · Avataan maanantaina 28.9. klo 08.00',
  question: 'Auttoiko sivun tieto sinua?',
  heading: 'Menestystekijät',
};
const ARABIC = {
  status: 'مفتوح · يُغلق الساعة 16:30',
  question: 'هل ساعدتك المعلومات الموجودة في هذه الصفحة؟',
  heading: 'عوامل النجاح',
};

describe('Finnish and Arabic, built in', () => {
  for (const lang of ['fi', 'ar']) {
    describe(lang, () => {
      for (const [name, template] of everyState(lang)) {
        it(`${name}: in ${lang}, its direction, no key shown raw, axe clean`, async () => {
          const el = await fixture(template);
          await (el as ContactStatus).updateComplete;
          expect(base(el).lang).to.equal(lang);
          expect(base(el).dir).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
          // A key that is missing would show as its name (`status.open`), or Swedish would show.
          expect(textOf(shadow(el))).not.to.match(
            /\b(status|week|indicators|error|core)\.[a-zA-Z-]+|\b(Öppet|Stängt|Telefon|Hjälpte|Framgångsfaktorer|Målvärde|Indikator)\b/,
          );
          await expect(el).to.be.accessible();
        });
      }

      it(`page-feedback form, over-long comment and thanks: in ${lang}, axe clean`, async () => {
        await feedbackStates(lang, async (el, state) => {
          expect(base(el).lang, state).to.equal(lang);
          expect(textOf(shadow(el)), state).not.to.match(/\b(Skicka|Avbryt|Tack|tecken)\b/);
          await expect(el, state).to.be.accessible();
        });
      });
    });
  }

  it('Finnish: the status line, the date with a numeric month, the words', async () => {
    const open = await fixture<ContactStatus>(html`<contact-status lang="fi" .contact=${referenceContact} now=${instants.open}></contact-status>`);
    expect(textOf($(open, '[part="status"]'))).to.equal(FINNISH.status);
    const friday = await fixture<ContactStatus>(html`<contact-status lang="fi" .contact=${referenceContact} now=${instants.fridayEvening}></contact-status>`);
    expect(textOf($(friday, '[part="status"]'))).to.equal(FINNISH.mondayOpening);
    const feedback = await fixture(html`<page-feedback lang="fi-FI" page="/fi"></page-feedback>`);
    expect(textOf($(feedback, '[part="question"] [part="heading"]'))).to.equal(FINNISH.question);
  });

  it('Finnish: holidays by their Finnish names in the week', async () => {
    const el = await fixture<ContactStatus>(html`<contact-status lang="fi" .contact=${referenceContact} now=${instants.julafton}></contact-status>`);
    expect(textOf($(el, '[part="week"]')))
      .to.include('Jouluaatto')
      .and.include('Joulupäivä');
  });

  it('Arabic: the status line with Latin digits and the Gregorian calendar, holidays in Arabic', async () => {
    const open = await fixture<ContactStatus>(html`<contact-status lang="ar" .contact=${referenceContact} now=${instants.open}></contact-status>`);
    expect(textOf($(open, '[part="status"]'))).to.equal(ARABIC.status);
    const friday = await fixture<ContactStatus>(html`<contact-status lang="ar" .contact=${referenceContact} now=${instants.fridayEvening}></contact-status>`);
    const line = textOf($(friday, '[part="status"]'));
    expect(line).to.include('28').and.include('سبتمبر').and.include('08:00');
    expect(line).not.to.match(/[\u0660-\u0669\u06f0-\u06f9]/); // no Arabic-Indic digits
    const julafton = await fixture<ContactStatus>(html`<contact-status lang="ar" .contact=${referenceContact} now=${instants.julafton}></contact-status>`);
    expect(textOf($(julafton, '[part="week"]'))).to.include('عشية عيد الميلاد');
  });

  it('Arabic: the phone number reads left to right inside the right-to-left text', async () => {
    const el = await fixture<ContactStatus>(html`<contact-status lang="ar" .contact=${referenceContact} now=${instants.open}></contact-status>`);
    const phone = $(el, '[part="phone"]')!;
    expect(getComputedStyle(phone).direction).to.equal('ltr');
    expect(getComputedStyle($(el, '[part="status"]')!).direction).to.equal('rtl');
  });
});

/** Whether an ancestor of `node` of at most 1 px clips it (overflow hidden): it is not seen. */
function clipped(node: Element): boolean {
  for (let parent = node.parentElement; parent; parent = parent.parentElement) {
    if (getComputedStyle(parent).overflowX !== 'visible' && parent.getBoundingClientRect().width <= 1) return true;
  }
  return false;
}

describe('Arabic: laid out right to left (positions, not only dir)', () => {
  const box = (el: Element, selector: string) => $(el, selector)!.getBoundingClientRect();

  it('contact-status: the icon right of the state, the day column right of the hours, the term right of the phone', async () => {
    const el = await fixture<ContactStatus>(html`<contact-status lang="ar" .contact=${referenceContact} now=${instants.open}></contact-status>`);
    $<HTMLDetailsElement>(el, 'details')!.open = true;
    expect(box(el, '.icon').left).to.be.greaterThan(box(el, '.state').right - 1);
    expect(box(el, '[part="week"] tbody th').left).to.be.greaterThan(box(el, '[part="week"] tbody td').right - 1);
    expect(box(el, '.channels dt').left).to.be.greaterThan(box(el, '.channels dd').right - 1);
    // The same element in Swedish is the mirror image.
    const sv = await fixture<ContactStatus>(html`<contact-status lang="sv" .contact=${referenceContact} now=${instants.open}></contact-status>`);
    expect(box(sv, '.icon').right).to.be.lessThan(box(sv, '.state').left + 1);
  });

  it('page-feedback: "yes" right of "no", the counter and the send button at the right edge', async () => {
    const el = await fixture<PageFeedback>(html`<page-feedback lang="ar" page="/rtl/feedback"></page-feedback>`);
    expect(box(el, 'button[part~="yes"]').left).to.be.greaterThan(box(el, 'button[part~="no"]').right - 1);
    $<HTMLButtonElement>(el, 'button[part~="no"]')!.click();
    await el.updateComplete;
    const field = box(el, 'textarea');
    const counter = $(el, '[part="counter"]')!;
    const range = document.createRange();
    range.selectNodeContents(counter);
    const text = range.getBoundingClientRect();
    expect(Math.abs(text.right - field.right), 'counter text flush right').to.be.lessThan(2);
    expect(text.left - field.left, 'counter text not at the left').to.be.greaterThan(10);
    expect(box(el, 'button[part~="send"]').left).to.be.greaterThan(box(el, 'button[part~="cancel"]').right - 1);
  });

  it('goal-card: the status icon at the right, the first column of the indicators at the right', async () => {
    const el = await fixture<GoalCard>(html`<div style="inline-size: 50em"><goal-card lang="ar" .goal=${indicatorGoal}></goal-card></div>`);
    const card = el.querySelector('goal-card')!;
    await card.updateComplete;
    expect(box(card, '.status-icon').left).to.be.greaterThan(box(card, '.status-heading').right - 1);
    const [first, second] = [...shadow(card).querySelectorAll('thead th')].map((th) => th.getBoundingClientRect());
    expect(first!.left).to.be.greaterThan(second!.right - 1);
  });

  it('success-factors and goal-list: lists indented from the right', async () => {
    const factors = await fixture<SuccessFactors>(html`<success-factors lang="ar" .factors=${referenceFactors}></success-factors>`);
    const list = box(factors, 'ul');
    const item = box(factors, 'li');
    expect(list.right - item.right, 'indent at the right').to.be.greaterThan(5);
    expect(Math.abs(list.left - item.left), 'flush at the left').to.be.lessThan(1);
    const goals = await fixture<GoalList>(html`<goal-list lang="ar" .goals=${referenceSet}></goal-list>`);
    const title = $(goals, '[part="title"]')!;
    const range = document.createRange();
    range.selectNodeContents(title);
    expect(Math.abs(range.getBoundingClientRect().right - title.getBoundingClientRect().right), 'title flush right').to.be.lessThan(2);
  });

  it('at 320 px nothing scrolls sideways, in Arabic and Finnish', async () => {
    for (const lang of ['ar', 'fi']) {
      for (const [name, template] of everyState(lang)) {
        const frame = await fixture<HTMLDivElement>(html`<div style="inline-size: 320px; overflow-x: auto">${template}</div>`);
        const el = frame.firstElementChild as ContactStatus;
        await el.updateComplete;
        shadow(el).querySelector('details')?.setAttribute('open', '');
        expect(frame.scrollWidth, `${lang} ${name}: scrolls sideways`).to.be.at.most(frame.clientWidth);
        const { left, right } = frame.getBoundingClientRect();
        for (const node of shadow(el).querySelectorAll('*')) {
          const rect = node.getBoundingClientRect();
          if (rect.width <= 1 || clipped(node)) continue; // display: contents, visually hidden, or inside a clipped box (the spam trap)
          expect(rect.right, `${lang} ${name}: ${node.localName}.${node.className} right`).to.be.at.most(right + 1);
          expect(rect.left, `${lang} ${name}: ${node.localName}.${node.className} left`).to.be.at.least(left - 1);
        }
      }
    }
  });
});

/** The console errors and warnings of each test of the describe it is called in. */
function consoleOfEachTest(): { readonly errors: string[]; readonly warnings: string[] } {
  let errors: ReturnType<typeof captureErrors> | undefined;
  let warnings: ReturnType<typeof captureWarnings> | undefined;
  beforeEach(() => {
    errors = captureErrors();
    warnings = captureWarnings();
  });
  afterEach(() => {
    errors?.stop();
    warnings?.stop();
  });
  return {
    get errors() {
      return errors?.messages ?? [];
    },
    get warnings() {
      return warnings?.messages ?? [];
    },
  };
}

describe('languages a municipality registers', () => {
  const log = consoleOfEachTest();

  it('Meänkieli (fit) and Southern Sami (sma): times and dates by Swedish conventions, not en-US', async () => {
    registerLocale('fit', { 'contact-status': { status: { closed: 'Kiini', opensOn: 'Aukeaa {{day}} kello {{time}}' } } });
    registerLocale('sma', { 'contact-status': { status: { closed: 'Steengkeme', opensOn: 'Rïhpesåvva {{day}} {{time}}' } } });
    for (const [lang, words] of [
      ['fit', 'Kiini · Aukeaa måndag 28 sep. kello 08.00'],
      ['sma', 'Steengkeme · Rïhpesåvva måndag 28 sep. 08.00'],
    ]) {
      const el = await fixture<ContactStatus>(html`<contact-status lang=${lang!} .contact=${referenceContact} now=${instants.fridayEvening}></contact-status>`);
      const line = textOf($(el, '[part="status"]'));
      expect(line).to.equal(words);
      expect(line).not.to.match(/AM|PM|Monday|Sep 28/);
      $<HTMLDetailsElement>(el, 'details')!.open = true;
      expect(textOf($(el, '[part="week"]')))
        .to.include('08.00–16.30')
        .and.include('måndag');
    }
    expect(log.errors).to.deep.equal([]);
  });

  it('Persian (fa): the Gregorian calendar, not the Solar Hijri one', async () => {
    registerLocale('fa', { 'contact-status': { date: '{{weekday}} {{day}} {{month}}', status: { opensOn: 'باز می‌شود {{day}} ساعت {{time}}' } } });
    const el = await fixture<ContactStatus>(html`<contact-status lang="fa" .contact=${referenceContact} now=${instants.fridayEvening}></contact-status>`);
    const line = textOf($(el, '[part="status"]'));
    expect(line).to.include('سپتامبر'); // September
    expect(line).to.match(/۲۸|28/); // the 28th, not 6 Mehr
    expect(line).not.to.include('مهر');
    expect(base(el).dir).to.equal('rtl');
    expect(log.errors).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('a key left out shows in Swedish and is reported once in the console', async () => {
    registerLocale('smj', { 'success-factors': {} });
    registerLocale('smj', { 'goal-list': { summary: 'Ulmmiji siidon' } });
    registerLocale('smj', { 'success-factors': { intro: 'x' } });
    const first = await fixture<SuccessFactors>(html`<success-factors lang="smj" .factors=${referenceFactors}></success-factors>`);
    await fixture<SuccessFactors>(html`<success-factors lang="smj" .factors=${referenceFactors}></success-factors>`);
    expect(textOf($(first, '[part="heading"]'))).to.equal('Framgångsfaktorer');
    const about = log.warnings.filter((message) => message.includes('"smj"') && message.includes('success-factors:heading'));
    expect(about).to.have.length(1);
    expect(log.errors).to.deep.equal([]);
  });

  // Hardening: an invalid tag left contact-status blank with an uncaught RangeError.
  it('an invalid language tag is refused with a clear error; elements keep showing', async () => {
    expect(() => registerLocale('sv SE!', { 'contact-status': { status: { open: 'Öppet!' } } })).to.throw(RangeError, /not a valid BCP 47 language tag/);
    const el = await fixture<ContactStatus>(html`<contact-status lang="sv SE!" .contact=${referenceContact} now=${instants.open}></contact-status>`);
    expect(textOf($(el, '[part="status"]'))).to.equal('Öppet · Stänger kl. 16.30');
    expect(log.errors).to.deep.equal([]);
  });

  // Hardening: strings that nest each other through $t() showed nothing.
  it('strings nesting themselves through $t() are left out with a warning; nothing blank', async () => {
    registerLocale('se', {
      'success-factors': { heading: '$t(heading)' },
      'contact-status': { status: { open: 'Rabas $t(status.closed)', closed: 'Giddagas $t(status.open)' } },
    });
    const factors = await fixture<SuccessFactors>(html`<success-factors lang="se" .factors=${referenceFactors}></success-factors>`);
    expect(textOf($(factors, '[part="heading"]'))).to.equal('Framgångsfaktorer');
    const contact = await fixture<ContactStatus>(html`<contact-status lang="se" .contact=${referenceContact} now=${instants.open}></contact-status>`);
    expect(textOf($(contact, '[part="status"] .state'))).to.equal('Öppet');
    expect(log.warnings.filter((message) => message.includes('nests itself'))).to.have.length(2);
    expect(log.errors).to.deep.equal([]);
  });
});

describe('overrides (the i18n attribute) in every language', () => {
  const log = consoleOfEachTest();

  const counter = (el: PageFeedback) => textOf($(el, '[part="counter"]'));
  async function type(el: PageFeedback, text: string): Promise<void> {
    const field = $<HTMLTextAreaElement>(el, 'textarea')!;
    field.value = text;
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
  }

  it('plural forms: i18next picks them, `_zero` too, from strings and from language maps', async () => {
    const overrides = {
      remaining_zero: 'Nothing left',
      remaining_one: { en: 'One left', sv: 'Ett tecken kvar' },
      remaining_other: { en: '{{count}} left' },
      over: { en: '{{count}} too many' },
    };
    const el = await fixture<PageFeedback>(
      html`<page-feedback lang="en" page=${`/overrides/${++pages}`} max-length="10" i18n=${JSON.stringify(overrides)}></page-feedback>`,
    );
    $<HTMLButtonElement>(el, 'button[part~="no"]')!.click();
    await el.updateComplete;
    expect(counter(el)).to.equal('10 left');
    await type(el, 'x'.repeat(9));
    expect(counter(el)).to.equal('One left');
    await type(el, 'x'.repeat(10));
    expect(counter(el)).to.equal('Nothing left');
    await type(el, 'x'.repeat(12));
    expect(counter(el)).to.equal('2 too many');
    await expect(el).to.be.accessible();
    await type(el, 'x'.repeat(9));
    el.lang = 'sv';
    await el.updateComplete;
    expect(counter(el)).to.equal('Ett tecken kvar');
    await type(el, 'x'.repeat(5));
    expect(counter(el), 'no Swedish `_other` override: the built-in one').to.equal('Du har 5 tecken kvar');
    expect(log.errors).to.deep.equal([]);
  });

  it('an override for Swedish only: every other language shows its own built-in string, a registered one too', async () => {
    registerLocale('smn', { 'success-factors': { heading: 'Heading in smn' } });
    const overrides = JSON.stringify({ heading: { sv: 'Våra faktorer' } });
    for (const [lang, words] of [
      ['sv', 'Våra faktorer'],
      ['sv-FI', 'Våra faktorer'],
      ['en', 'Success factors'],
      ['fi', FINNISH.heading],
      ['ar', ARABIC.heading],
      ['smn', 'Heading in smn'],
    ] as const) {
      const el = await fixture<SuccessFactors>(html`<success-factors lang=${lang} i18n=${overrides} .factors=${referenceFactors}></success-factors>`);
      expect(textOf($(el, '[part="heading"]')), lang).to.equal(words);
    }
    const feedback = await fixture<PageFeedback>(
      html`<page-feedback lang="en" page=${`/overrides/${++pages}`} i18n='{"question": {"sv": "Fick du hjälp?"}}'></page-feedback>`,
    );
    expect(textOf($(feedback, '[part="question"] [part="heading"]'))).to.equal('Did the information on this page help you?');
    await expect(feedback).to.be.accessible();
    expect(log.errors).to.deep.equal([]);
  });

  it('a language registered later: its overrides win over its strings, and strings added again are seen', async () => {
    const overrides = JSON.stringify({ heading: { sv: 'Våra faktorer', sms: 'Our factors in sms' } });
    const page = await fixture<HTMLDivElement>(
      html`<div lang="sms">
        <success-factors i18n=${overrides} .factors=${referenceFactors}></success-factors>
        <success-factors i18n='{"heading": "The same in every language"}' .factors=${referenceFactors}></success-factors>
        <success-factors .factors=${referenceFactors}></success-factors>
        <page-feedback page=${`/overrides/${++pages}`} i18n='{"no": "No in sms, overridden"}'></page-feedback>
      </div>`,
    );
    const [mapped, leaf, plain, feedback] = [...page.children] as SuccessFactors[];
    const headings = () => [mapped!, leaf!, plain!].map((el) => textOf($(el, '[part="heading"]')));
    const settled = async () => {
      await new Promise((resolve) => setTimeout(resolve));
      for (const el of page.children) await (el as SuccessFactors).updateComplete;
    };
    const question = () => textOf($(feedback!, '[part="question"] [part="heading"]'));
    const no = () => textOf($(feedback!, 'button[part~="no"]'));
    expect(headings()).to.deep.equal(['Våra faktorer', 'The same in every language', 'Framgångsfaktorer']);

    registerLocale('sms', { 'success-factors': { heading: 'Heading in sms' }, 'page-feedback': { question: 'Question in sms' } });
    await settled();
    expect(headings()).to.deep.equal(['Our factors in sms', 'The same in every language', 'Heading in sms']);
    expect(base(mapped!).lang).to.equal('sms');
    expect([question(), no()]).to.deep.equal(['Question in sms', 'No in sms, overridden']);

    registerLocale('sms', { 'page-feedback': { question: 'Another question in sms', no: 'No in sms' } });
    await settled();
    expect([question(), no()]).to.deep.equal(['Another question in sms', 'No in sms, overridden']);
    await expect(page).to.be.accessible();
    expect(log.errors).to.deep.equal([]);
  });
});

describe('a language switch at run time', () => {
  it('sv → fi → ar → en: every element on the page follows, including those already there', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div lang="sv">
        <contact-status .contact=${referenceContact} now=${instants.open}></contact-status>
        <goal-card .goal=${statusGoals[0]}></goal-card>
        <goal-list .goals=${referenceSet}></goal-list>
        <success-factors .factors=${referenceFactors}></success-factors>
        <page-feedback page="/switch"></page-feedback>
      </div>`,
    );
    const [contact, , , factors, feedback] = [...page.children] as ContactStatus[];
    const expected = {
      sv: { status: 'Öppet · Stänger kl. 16.30', heading: 'Framgångsfaktorer', question: 'Hjälpte informationen på sidan dig?', dir: 'ltr' },
      fi: { status: FINNISH.status, heading: FINNISH.heading, question: FINNISH.question, dir: 'ltr' },
      ar: { status: ARABIC.status, heading: ARABIC.heading, question: ARABIC.question, dir: 'rtl' },
      en: { status: 'Open · Closes 16:30', heading: 'Success factors', question: 'Did the information on this page help you?', dir: 'ltr' },
    };
    for (const [lang, words] of Object.entries(expected)) {
      page.lang = lang;
      await new Promise((resolve) => setTimeout(resolve));
      for (const el of page.children) await (el as ContactStatus).updateComplete;
      expect(textOf($(contact!, '[part="status"]')), lang).to.equal(words.status);
      expect(textOf($(factors!, '[part="heading"]')), lang).to.equal(words.heading);
      expect(textOf($(feedback!, '[part="question"] [part="heading"]')), lang).to.equal(words.question);
      for (const el of page.children) {
        expect(base(el).lang, `${el.localName} ${lang}`).to.equal(lang);
        expect(base(el).dir, `${el.localName} ${lang}`).to.equal(words.dir);
      }
    }
    await expect(page).to.be.accessible();
  });
});
