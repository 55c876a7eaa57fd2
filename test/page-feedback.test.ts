/**
 * <page-feedback>: the flow a resident goes through, by keyboard as well as by pointer, in
 * Swedish and English, with axe in every step. Delivery to the receiver is in
 * feedback-delivery.test.ts; these tests have no endpoint (events only) unless they say so.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { FeedbackRecord } from '../src/lib/feedback/record.js';
import { forgetVotes, votedOn } from '../src/page-feedback/session.js';
import '../src/page-feedback/page-feedback.js';
import { COUNT_ANNOUNCE_DELAY_MS, MIN_COMMENT_TIME_MS } from '../src/page-feedback/page-feedback.js';
import type { FeedbackStep, PageFeedback } from '../src/page-feedback/page-feedback.js';
import { comments, contactHref, examples, swedishOverrides } from '../src/page-feedback/page-feedback.fixtures.js';
import type { FeedbackExample } from '../src/page-feedback/page-feedback.fixtures.js';
import { captureWarnings, shadow, textOf, until } from './helpers.js';

type Lang = 'sv' | 'en';

const STRINGS = {
  sv: {
    question: 'Hjälpte informationen på sidan dig?',
    yes: 'Ja, informationen hjälpte mig',
    no: 'Nej, informationen hjälpte mig inte',
    commentHeading: 'Hjälp oss att göra sidan bättre',
    labelNo: 'Vad saknade du, eller vad var svårt att förstå?',
    labelYes: 'Vad var bra, och vad kan vi göra bättre?',
    counter: (n: number) => `Du har ${n} tecken kvar`,
    over: (n: number) => `Du har ${n} tecken för mycket`,
    send: 'Skicka',
    cancel: 'Avbryt',
    thanks: 'Tack för ditt svar!',
    answered: 'Du har redan svarat på frågan om den här sidan. Tack!',
    publicRecord: /allmän handling/,
    contact: 'Kontakta kommunen',
  },
  en: {
    question: 'Did the information on this page help you?',
    yes: 'Yes, the information helped me',
    no: 'No, the information did not help me',
    commentHeading: 'Help us improve this page',
    labelNo: 'What was missing, or what was hard to understand?',
    labelYes: 'What was good, and what could we do better?',
    counter: (n: number) => `You have ${n} characters remaining`,
    over: (n: number) => `You have ${n} ${n === 1 ? 'character' : 'characters'} too many`,
    send: 'Send',
    cancel: 'Cancel',
    thanks: 'Thank you for your answer!',
    answered: 'You have already answered the question about this page. Thank you!',
    publicRecord: /public record \(allmän handling\)/,
    contact: 'Contact the municipality',
  },
} as const;

// --- a harness that looks at the element as a user would ---------------------------------------

const $ = <E extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<E>(selector);
const step = (el: PageFeedback): FeedbackStep => el.currentStep;
const buttonNamed = (el: Element, part: string) => $<HTMLButtonElement>(el, `button[part~="${part}"]`)!;
const textarea = (el: Element) => $<HTMLTextAreaElement>(el, 'textarea')!;
const headingText = (el: Element) => textOf($(el, '[part="heading"]'));

/** The focused element, looking into shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Waits for the element to render, and for the focus move that follows a step change. */
async function settled(el: PageFeedback): Promise<void> {
  await el.updateComplete;
  await el.updateComplete;
}

async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

/** Presses Tab until `target` has focus (at most `max` times); fails if focus never gets there. */
async function tabTo(target: Element, max = 8): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await press('Tab');
    if (deepActive() === target) return i;
  }
  throw new Error(`Tab never reached ${target.outerHTML.slice(0, 80)}`);
}

function setup(example: FeedbackExample, lang: Lang, page: string): Promise<PageFeedback> {
  return fixture<PageFeedback>(
    html`<page-feedback
      lang=${lang}
      page=${page}
      comment=${example.comment ?? 'on-no'}
      max-length=${example.maxLength ?? 1000}
      contact-href=${example.contactHref ?? ''}
      i18n=${example.i18n ? JSON.stringify(example.i18n) : ''}
    ></page-feedback>`,
  );
}

/** Collects the `page-feedback` events of an element. */
function recordsOf(el: Element): FeedbackRecord[] {
  const records: FeedbackRecord[] = [];
  el.addEventListener('page-feedback', (event) => records.push((event as CustomEvent<FeedbackRecord>).detail));
  return records;
}

/** A clock the test moves by hand. */
function manualClock(el: PageFeedback): { advance: (ms: number) => void } {
  let now = Date.now();
  el.clock = () => now;
  return { advance: (ms) => (now += ms) };
}

/** Types into the comment field as a user would (an input event per change). */
async function typeComment(el: PageFeedback, text: string): Promise<void> {
  const field = textarea(el);
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

let pages = 0;
const freshPage = () => `/test/page-feedback-${++pages}`;

/** A fresh element on a fresh page, answered "Nej": the comment form open, its clock held. */
async function answeredNo(example: FeedbackExample, lang: Lang) {
  const el = await setup(example, lang, freshPage());
  const records = recordsOf(el);
  const clock = manualClock(el);
  buttonNamed(el, 'no').click();
  await settled(el);
  return { el, records, clock };
}

describe('<page-feedback>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    forgetVotes();
    warnings = captureWarnings();
  });
  afterEach(() => warnings.stop());

  describe('every step, in Swedish and English', () => {
    for (const lang of ['sv', 'en'] as const) {
      const s = STRINGS[lang];

      it(`${lang}: the question, with the visible word first in each button's name`, async () => {
        const el = await setup(examples.default, lang, freshPage());
        const heading = $(el, '[part="heading"]')!;
        expect(heading.tagName).to.equal('H2');
        expect(textOf(heading)).to.equal(s.question);
        const yes = buttonNamed(el, 'yes');
        const no = buttonNamed(el, 'no');
        // The accessible name is the whole answer, with no space before its comma; the visible word starts it.
        expect(yes.getAttribute('aria-label')).to.equal(s.yes);
        expect(no.getAttribute('aria-label')).to.equal(s.no);
        expect(textOf(yes)).to.equal(lang === 'sv' ? 'Ja' : 'Yes');
        expect(textOf(no)).to.equal(lang === 'sv' ? 'Nej' : 'No');
        expect(s.yes.startsWith(textOf(yes))).to.equal(true);
        expect(yes.type).to.equal('button');
        expect(no.type).to.equal('button');
        expect($(el, '[part="base"]')!.getAttribute('lang')).to.equal(lang);
        await expect(el).to.be.accessible();
      });

      it(`${lang}: the comment step after Nej, with the notice, the contact link, the counter, Send and Cancel`, async () => {
        const el = await setup(examples.default, lang, freshPage());
        buttonNamed(el, 'no').click();
        await settled(el);
        expect(step(el)).to.equal('comment');
        expect(headingText(el)).to.equal(s.commentHeading);
        expect(deepActive(), 'focus on the step heading').to.equal($(el, '#comment-heading'));
        const field = textarea(el);
        expect(textOf(field.labels[0])).to.equal(s.labelNo);
        expect(textOf($(el, '[part="notice"]'))).to.match(s.publicRecord);
        // The Swedish legal term is marked as Swedish, also in the English notice.
        const term = $(el, '[part="notice"] [lang="sv"]');
        expect(textOf(term)).to.equal('allmän handling');
        expect(field.getAttribute('aria-describedby')).to.contain('notice');
        const link = $<HTMLAnchorElement>(el, '[part="contact"] a')!;
        expect(link.href).to.equal(contactHref);
        expect(textOf(link)).to.equal(s.contact);
        expect(textOf($(el, '[part="counter"]'))).to.equal(s.counter(1000));
        expect(textOf(buttonNamed(el, 'send'))).to.equal(s.send);
        expect(textOf(buttonNamed(el, 'cancel'))).to.equal(s.cancel);
        expect($(el, 'form')!.getAttribute('aria-labelledby')).to.equal('comment-heading');
        await expect(el).to.be.accessible();
      });

      it(`${lang}: the thanks, as a status message with focus`, async () => {
        const el = await setup(examples.default, lang, freshPage());
        buttonNamed(el, 'yes').click();
        await settled(el);
        expect(step(el)).to.equal('thanks');
        const thanks = $(el, '.thanks')!;
        expect(textOf(thanks)).to.equal(s.thanks);
        expect(thanks.closest('[role="status"]'), 'inside a status region').to.exist;
        expect(deepActive()).to.equal(thanks);
        await expect(el).to.be.accessible();
      });

      it(`${lang}: a page already answered in this session`, async () => {
        const page = freshPage();
        const first = await setup(examples.default, lang, page);
        buttonNamed(first, 'yes').click();
        const second = await setup(examples.default, lang, page);
        expect(step(second)).to.equal('answered');
        expect(textOf($(second, '[part="thanks"]'))).to.equal(s.answered);
        expect($(second, 'button')).to.equal(null);
        await expect(second).to.be.accessible();
      });

      for (const [key, example] of Object.entries(examples)) {
        it(`${lang}: axe finds nothing in any step of "${key}" (${example.name})`, async () => {
          for (const answer of ['yes', 'no'] as const) {
            forgetVotes();
            const el = await setup(example, lang, freshPage());
            await expect(el, 'question').to.be.accessible();
            buttonNamed(el, answer).click();
            await settled(el);
            if (step(el) === 'comment') {
              await expect(el, `comment after ${answer}`).to.be.accessible();
              await typeComment(el, comments.tooLong.repeat(example.maxLength ? 1 : 30));
              buttonNamed(el, 'send').click();
              await settled(el);
              if (step(el) === 'comment') await expect(el, 'comment too long').to.be.accessible();
              buttonNamed(el, 'cancel').click();
              await settled(el);
            }
            expect(step(el)).to.equal('thanks');
            await expect(el, `thanks after ${answer}`).to.be.accessible();
          }
        });
      }
    }
  });

  describe('keyboard only', () => {
    beforeEach(() => (document.activeElement as HTMLElement | null)?.blur());

    it('Tab to Nej, Enter, Tab to the field, type, Tab to Send, Enter: focus follows each step', async () => {
      const el = await setup(examples.default, 'sv', freshPage());
      const records = recordsOf(el);
      const clock = manualClock(el);
      await tabTo(buttonNamed(el, 'yes'));
      await press('Tab');
      expect(deepActive()).to.equal(buttonNamed(el, 'no'));
      await press('Enter');
      await settled(el);
      expect(deepActive(), 'the comment heading').to.equal($(el, '#comment-heading'));
      expect(records.map((r) => r.helpful)).to.deep.equal([false]);

      await tabTo(textarea(el));
      await sendKeys({ type: comments.plain });
      await el.updateComplete;
      expect(textarea(el).value).to.equal(comments.plain);
      expect(textOf($(el, '[part="counter"]'))).to.equal(STRINGS.sv.counter(1000 - comments.plain.length));
      clock.advance(MIN_COMMENT_TIME_MS + 1);
      await press('Tab');
      expect(deepActive()).to.equal(buttonNamed(el, 'send'));
      await press('Enter');
      await settled(el);
      expect(step(el)).to.equal('thanks');
      expect(deepActive(), 'the thanks').to.equal($(el, '.thanks'));
      expect(records).to.have.length(2);
      expect(records[1]).to.include({ id: records[0]!.id, helpful: false, comment: comments.plain });
    });

    it('Space on Ja: a vote and the thanks, in English', async () => {
      const el = await setup(examples.default, 'en', freshPage());
      const records = recordsOf(el);
      await tabTo(buttonNamed(el, 'yes'));
      await press('Space');
      await settled(el);
      expect(records.map((r) => ({ helpful: r.helpful, lang: r.lang }))).to.deep.equal([{ helpful: true, lang: 'en' }]);
      expect(deepActive()).to.equal($(el, '.thanks'));
      expect(textOf($(el, '.thanks'))).to.equal(STRINGS.en.thanks);
    });

    it('Cancel by keyboard: the vote stands, no comment is sent, thanks with focus', async () => {
      const el = await setup(examples.always, 'sv', freshPage());
      const records = recordsOf(el);
      await tabTo(buttonNamed(el, 'yes'));
      await press('Enter');
      await settled(el);
      expect(textOf(textarea(el).labels[0])).to.equal(STRINGS.sv.labelYes);
      await tabTo(buttonNamed(el, 'cancel'));
      await press('Enter');
      await settled(el);
      expect(step(el)).to.equal('thanks');
      expect(deepActive()).to.equal($(el, '.thanks'));
      expect(records).to.have.length(1);
    });

    it('never lets Tab reach the spam trap', async () => {
      const el = await setup(examples.default, 'sv', freshPage());
      const trap = $<HTMLInputElement>(el, '#website')!;
      buttonNamed(el, 'no').click();
      await settled(el);
      const seen: (Element | null)[] = [];
      for (let i = 0; i < 10; i++) {
        await press('Tab');
        seen.push(deepActive());
      }
      expect(seen).not.to.include(trap);
    });
  });

  describe('comment modes', () => {
    const cases: [string, FeedbackExample, 'yes' | 'no', FeedbackStep][] = [
      ['on-no, Ja', examples.default, 'yes', 'thanks'],
      ['on-no, Nej', examples.default, 'no', 'comment'],
      ['always, Ja', examples.always, 'yes', 'comment'],
      ['always, Nej', examples.always, 'no', 'comment'],
      ['never, Ja', examples.never, 'yes', 'thanks'],
      ['never, Nej', examples.never, 'no', 'thanks'],
    ];
    for (const [name, example, answer, expected] of cases) {
      it(`${name} → ${expected}`, async () => {
        const el = await setup(example, 'sv', freshPage());
        const records = recordsOf(el);
        buttonNamed(el, answer).click();
        await settled(el);
        expect(step(el)).to.equal(expected);
        expect(records, 'the vote is sent at once').to.have.length(1);
        expect(records[0]!.helpful).to.equal(answer === 'yes');
      });
    }

    it('an unknown mode warns and asks after Nej', async () => {
      const el = await fixture<PageFeedback>(html`<page-feedback comment="sometimes" page=${freshPage()}></page-feedback>`);
      buttonNamed(el, 'no').click();
      await settled(el);
      expect(step(el)).to.equal('comment');
      expect(warnings.messages.some((m) => m.includes('comment="sometimes"'))).to.equal(true);
    });
  });

  describe('the record', () => {
    it('is { id, page, url, helpful, lang, submittedAt }, and the comment updates the same id, masked', async () => {
      const el = await fixture<PageFeedback>(html`<page-feedback></page-feedback>`);
      const records = recordsOf(el);
      const clock = manualClock(el);
      buttonNamed(el, 'no').click();
      await settled(el);
      const [first] = records;
      expect(Object.keys(first!).sort()).to.deep.equal(['helpful', 'id', 'lang', 'page', 'submittedAt', 'url']);
      expect(first!.id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(first!.page, 'default: location.pathname').to.equal(location.pathname);
      expect(first!.url, 'no query string or fragment').to.equal(location.origin + location.pathname);
      expect(first!.lang).to.equal('sv');
      expect(Date.parse(first!.submittedAt)).to.be.closeTo(Date.now(), 5000);
      clock.advance(3000);
      await typeComment(el, comments.personal);
      buttonNamed(el, 'send').click();
      await settled(el);
      const second = records[1]!;
      expect(second.id).to.equal(first!.id);
      expect(second.comment).to.equal(comments.personalMasked);
      expect(Date.parse(second.submittedAt)).to.be.above(Date.parse(first!.submittedAt));
    });

    it('fires page-feedback bubbling and composed, cancelable, before each send', async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const root = host.attachShadow({ mode: 'open' });
      const el = document.createElement('page-feedback');
      el.page = freshPage();
      root.append(el);
      await el.updateComplete;
      const seen: CustomEvent[] = [];
      document.addEventListener('page-feedback', (event) => seen.push(event as CustomEvent), { once: true });
      buttonNamed(el, 'yes').click();
      expect(seen).to.have.length(1);
      expect(seen[0]!.bubbles && seen[0]!.composed && seen[0]!.cancelable).to.equal(true);
      expect(Object.isFrozen(seen[0]!.detail)).to.equal(true);
    });

    it('remembers the vote for the session in sessionStorage, without cookies', async () => {
      const page = freshPage();
      const el = await fixture<PageFeedback>(html`<page-feedback page=${page}></page-feedback>`);
      const records = recordsOf(el);
      buttonNamed(el, 'yes').click();
      expect(votedOn(page)).to.deep.include({ id: records[0]!.id, helpful: true });
      expect(sessionStorage.getItem(`kommun-elements:feedback-vote:${page}`)).to.contain(records[0]!.id);
      expect(document.cookie).to.equal('');
      const other = await fixture<PageFeedback>(html`<page-feedback page=${freshPage()}></page-feedback>`);
      expect(step(other), 'another page is asked').to.equal('question');
    });
  });

  describe('max-length', () => {
    it('counts down, shows the excess as an error, and does not cut or send an over-long comment', async () => {
      const { el, records, clock } = await answeredNo(examples.short, 'sv');
      const counter = () => textOf($(el, '[part="counter"]'));
      expect(counter()).to.equal(STRINGS.sv.counter(40));
      expect(textOf($(el, '#limit'))).to.equal('Du kan skriva upp till 40 tecken.');
      await typeComment(el, 'a'.repeat(39));
      expect(counter()).to.equal(STRINGS.sv.counter(1));
      await typeComment(el, comments.tooLong);
      const excess = comments.tooLong.length - 40;
      expect(counter()).to.equal(STRINGS.sv.over(excess));
      expect($(el, '[part="counter"]')!.classList.contains('over')).to.equal(true);
      expect(textarea(el).getAttribute('aria-invalid'), 'no error before Send').to.equal(null);

      clock.advance(5000);
      buttonNamed(el, 'send').click();
      await settled(el);
      expect(step(el)).to.equal('comment');
      expect(records, 'not sent').to.have.length(1);
      expect(textarea(el).value, 'not cut').to.equal(comments.tooLong);
      expect(textarea(el).getAttribute('aria-invalid')).to.equal('true');
      expect(textarea(el).getAttribute('aria-describedby')).to.contain('field-error');
      expect(textOf($(el, '[part="field-error"]'))).to.equal('Fel: Kommentaren får vara högst 40 tecken. Korta den och försök igen.');
      expect(deepActive(), 'focus back in the field').to.equal(textarea(el));

      await typeComment(el, comments.tooLong.slice(0, 40));
      expect($(el, '[part="field-error"]'), 'the error goes when the text fits').to.equal(null);
      buttonNamed(el, 'send').click();
      await settled(el);
      expect(records[1]!.comment).to.equal(comments.tooLong.slice(0, 40).trim());
    });

    it('in English, with singular and plural counts', async () => {
      const el = await fixture<PageFeedback>(html`<page-feedback lang="en" max-length="5" page=${freshPage()}></page-feedback>`);
      buttonNamed(el, 'no').click();
      await settled(el);
      await typeComment(el, 'abcd');
      expect(textOf($(el, '[part="counter"]'))).to.equal('You have 1 character remaining');
      await typeComment(el, 'abcdef');
      expect(textOf($(el, '[part="counter"]'))).to.equal('You have 1 character too many');
      await typeComment(el, 'abcdefg');
      expect(textOf($(el, '[part="counter"]'))).to.equal('You have 2 characters too many');
    });

    it('announces the count politely once typing pauses, not on every keystroke', async () => {
      const el = await setup(examples.short, 'sv', freshPage());
      buttonNamed(el, 'no').click();
      await settled(el);
      const status = $(el, '#count-status')!;
      expect(status.getAttribute('aria-live')).to.equal('polite');
      expect($(el, '[part="counter"]')!.getAttribute('aria-hidden'), 'the visible count is not read twice').to.equal('true');
      await typeComment(el, 'Hej');
      await typeComment(el, 'Hej d');
      expect(textOf(status), 'silent while typing').to.equal('');
      await until(() => textOf(status) !== '', 'the count is announced', COUNT_ANNOUNCE_DELAY_MS + 2000);
      expect(textOf(status)).to.equal(STRINGS.sv.counter(35));
    });

    it("lowers a max-length above the receiver's limit to it, with a warning", async () => {
      const el = await fixture<PageFeedback>(html`<page-feedback max-length="5000" page=${freshPage()}></page-feedback>`);
      buttonNamed(el, 'no').click();
      await settled(el);
      expect(textOf($(el, '[part="counter"]'))).to.equal(STRINGS.sv.counter(2000));
      expect(warnings.messages.some((m) => m.includes('max-length="5000"') && m.includes('2000'))).to.equal(true);
      await typeComment(el, 'x'.repeat(2001));
      buttonNamed(el, 'send').click();
      await settled(el);
      expect(step(el), 'a comment the receiver would refuse is not sent').to.equal('comment');
      expect($(el, '[part="field-error"]')).to.exist;
    });

    it('falls back to 1000 with a warning for a max-length that is not a positive number', async () => {
      const el = await fixture<PageFeedback>(html`<page-feedback max-length="lots" page=${freshPage()}></page-feedback>`);
      buttonNamed(el, 'no').click();
      await settled(el);
      expect(textOf($(el, '[part="counter"]'))).to.equal(STRINGS.sv.counter(1000));
      expect(warnings.messages.some((m) => m.includes('max-length'))).to.equal(true);
    });
  });

  describe('spam', () => {
    it('a comment pasted and sent within 2 s of the form opening is held until the 2 s have passed, then sent, then the thanks', async () => {
      const { el, records, clock } = await answeredNo(examples.default, 'sv');
      await typeComment(el, comments.plain);
      clock.advance(MIN_COMMENT_TIME_MS - 600);
      buttonNamed(el, 'send').click();
      await settled(el);
      expect(step(el), 'waiting, not thanked yet').to.equal('sending');
      expect(records, 'only the vote so far').to.have.length(1);
      await until(() => records.length === 2, 'the comment goes once the 2 s have passed', 3000);
      expect(records[1]!.comment).to.equal(comments.plain);
      await until(() => step(el) === 'thanks', 'then the thanks');
      await expect(el).to.be.accessible();
    });

    it('a held comment goes at once when the element is removed', async () => {
      const { el, records, clock } = await answeredNo(examples.default, 'sv');
      await typeComment(el, comments.plain);
      clock.advance(100);
      buttonNamed(el, 'send').click();
      el.remove();
      expect(records).to.have.length(2);
    });

    it('a comment sent after 2 s is sent', async () => {
      const { el, records, clock } = await answeredNo(examples.default, 'sv');
      await typeComment(el, comments.plain);
      clock.advance(MIN_COMMENT_TIME_MS);
      buttonNamed(el, 'send').click();
      expect(records).to.have.length(2);
    });

    it('a filled honeypot: neither the vote nor the comment is sent, and the thanks still shows', async () => {
      const el = await setup(examples.default, 'sv', freshPage());
      const records = recordsOf(el);
      const clock = manualClock(el);
      const trap = $<HTMLInputElement>(el, '#website')!;
      trap.value = 'http://spam.example';
      buttonNamed(el, 'no').click();
      await settled(el);
      await typeComment(el, comments.plain);
      clock.advance(10_000);
      buttonNamed(el, 'send').click();
      await settled(el);
      expect(step(el)).to.equal('thanks');
      expect(records).to.deep.equal([]);
    });

    it('a honeypot filled only before Send drops the comment, not the vote', async () => {
      const { el, records, clock } = await answeredNo(examples.default, 'sv');
      $<HTMLInputElement>(el, '#website')!.value = 'x';
      await typeComment(el, comments.plain);
      clock.advance(10_000);
      buttonNamed(el, 'send').click();
      expect(records).to.have.length(1);
    });

    it('the honeypot is hidden from people and assistive technology and out of the tab order', async () => {
      const el = await setup(examples.default, 'sv', freshPage());
      const trap = $<HTMLInputElement>(el, '#website')!;
      expect(trap.tabIndex).to.equal(-1);
      expect(trap.closest('[aria-hidden="true"]')).to.exist;
      expect(trap.closest('[inert]')).to.exist;
      const box = trap.getBoundingClientRect();
      const host = el.getBoundingClientRect();
      expect(box.right <= host.left || box.width <= 1, 'off-screen').to.equal(true);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    });

    it('an empty comment sends nothing more', async () => {
      const { el, records, clock } = await answeredNo(examples.default, 'sv');
      await typeComment(el, '   \n ');
      clock.advance(10_000);
      buttonNamed(el, 'send').click();
      await settled(el);
      expect(step(el)).to.equal('thanks');
      expect(records).to.have.length(1);
    });
  });

  describe('inside a host <form>', () => {
    it('submits nothing: not by the buttons, not by Enter in the comment field, not by Send', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form action="/should-not-navigate" method="post">
          <input name="search" />
          <page-feedback page=${freshPage()} contact-href="/kontakt"></page-feedback>
          <button type="submit">Sök</button>
        </form>`,
      );
      let submits = 0;
      form.addEventListener('submit', (event) => {
        submits++;
        event.preventDefault();
      });
      const el = form.querySelector('page-feedback')!;
      await el.updateComplete;
      const records = recordsOf(el);
      const clock = manualClock(el);
      (document.activeElement as HTMLElement | null)?.blur();
      await tabTo(buttonNamed(el, 'no'));
      await press('Enter');
      await settled(el);
      await tabTo(textarea(el));
      await sendKeys({ type: 'Första raden' });
      await press('Enter');
      await sendKeys({ type: 'Andra raden' });
      await el.updateComplete;
      expect(textarea(el).value).to.equal('Första raden\nAndra raden');
      clock.advance(5000);
      await tabTo(buttonNamed(el, 'send'));
      await press('Enter');
      await settled(el);
      expect(step(el)).to.equal('thanks');
      expect(records.map((r) => r.comment)).to.deep.equal([undefined, 'Första raden\nAndra raden']);
      expect(submits).to.equal(0);
    });

    it('every button of the element is type=button', async () => {
      const el = await setup(examples.always, 'sv', freshPage());
      const types = [...shadow(el).querySelectorAll('button')].map((b) => b.type);
      buttonNamed(el, 'yes').click();
      await settled(el);
      types.push(...[...shadow(el).querySelectorAll('button')].map((b) => b.type));
      expect(types).to.deep.equal(['button', 'button', 'button', 'button']);
    });
  });

  describe('overrides and options', () => {
    it('takes i18n overrides, plural ones too', async () => {
      const el = await fixture<PageFeedback>(
        html`<page-feedback
          page=${freshPage()}
          max-length="10"
          i18n=${JSON.stringify({ ...swedishOverrides, remaining_one: 'Ett tecken kvar', remaining_other: '{{count}} tecken kvar' })}
        ></page-feedback>`,
      );
      expect(headingText(el)).to.equal(swedishOverrides.question);
      buttonNamed(el, 'no').click();
      await settled(el);
      expect(headingText(el)).to.equal(swedishOverrides.commentHeading);
      expect(textOf($(el, '[part="counter"]'))).to.equal('10 tecken kvar');
      await typeComment(el, '123456789');
      expect(textOf($(el, '[part="counter"]'))).to.equal('Ett tecken kvar');
      buttonNamed(el, 'cancel').click();
      await settled(el);
      expect(textOf($(el, '.thanks'))).to.equal(swedishOverrides.thanks);
      await expect(el).to.be.accessible();
    });

    it('heading-level sets the level of both headings', async () => {
      const el = await fixture<PageFeedback>(html`<page-feedback heading-level="3" page=${freshPage()}></page-feedback>`);
      expect($(el, '[part="heading"]')!.tagName).to.equal('H3');
      buttonNamed(el, 'no').click();
      await settled(el);
      expect($(el, '[part="heading"]')!.tagName).to.equal('H3');
    });

    it('leaves out the contact line without contact-href, and refuses a javascript: link', async () => {
      const el = await fixture<PageFeedback>(html`<page-feedback page=${freshPage()} contact-href="javascript:alert(1)"></page-feedback>`);
      buttonNamed(el, 'no').click();
      await settled(el);
      expect($(el, '[part="contact"]')).to.equal(null);
    });

    it('analytics="matomo" pushes a trackEvent to window._paq on each vote', async () => {
      const paq: unknown[][] = [];
      (window as { _paq?: unknown[][] })._paq = paq;
      try {
        const page = freshPage();
        const el = await fixture<PageFeedback>(html`<page-feedback analytics="matomo" page=${page}></page-feedback>`);
        buttonNamed(el, 'no').click();
        expect(paq).to.deep.equal([['trackEvent', 'Feedback', 'not-helpful', page]]);
        const yes = await fixture<PageFeedback>(html`<page-feedback analytics="matomo" page=${freshPage()}></page-feedback>`);
        buttonNamed(yes, 'yes').click();
        expect(paq[1]?.[2]).to.equal('helpful');
        const silent = await fixture<PageFeedback>(html`<page-feedback page=${freshPage()}></page-feedback>`);
        buttonNamed(silent, 'yes').click();
        expect(paq, 'nothing without the attribute').to.have.length(2);
      } finally {
        delete (window as { _paq?: unknown })._paq;
      }
    });

    it('analytics="matomo" without Matomo on the page does nothing and throws nothing', async () => {
      const el = await fixture<PageFeedback>(html`<page-feedback analytics="matomo" page=${freshPage()}></page-feedback>`);
      buttonNamed(el, 'yes').click();
      await settled(el);
      expect(step(el)).to.equal('thanks');
    });

    it('follows a change of language at run time', async () => {
      const container = await fixture<HTMLDivElement>(html`<div lang="sv"><page-feedback page=${freshPage()}></page-feedback></div>`);
      const el = container.querySelector('page-feedback')!;
      await el.updateComplete;
      expect(headingText(el)).to.equal(STRINGS.sv.question);
      container.setAttribute('lang', 'en');
      await until(() => headingText(el) === STRINGS.en.question, 'English after the lang change');
    });

    it('reports a malformed i18n attribute and keeps the built-in strings', async () => {
      const el = document.createElement('page-feedback');
      el.setAttribute('i18n', '{nope');
      const errors: Event[] = [];
      el.addEventListener('kommun-error', (event) => errors.push(event));
      document.body.append(el);
      try {
        await el.updateComplete;
        expect(errors).to.have.length(1);
        expect(headingText(el)).to.equal(STRINGS.sv.question);
      } finally {
        el.remove();
      }
    });

    it('has targets of at least 44 × 44 CSS px', async () => {
      const el = await setup(examples.default, 'sv', freshPage());
      const sizes = () => [...shadow(el).querySelectorAll('button')].map((b) => b.getBoundingClientRect());
      for (const box of sizes()) expect(Math.min(box.width, box.height)).to.be.at.least(44);
      buttonNamed(el, 'no').click();
      await settled(el);
      for (const box of sizes()) expect(Math.min(box.width, box.height)).to.be.at.least(44);
    });

    it('fits 320 px without sideways scrolling, in every step', async () => {
      const box = await fixture<HTMLDivElement>(
        html`<div style="width: 320px"><page-feedback page=${freshPage()} contact-href="/kontakt"></page-feedback></div>`,
      );
      const el = box.querySelector('page-feedback')!;
      await el.updateComplete;
      expect(el.scrollWidth).to.be.at.most(320);
      buttonNamed(el, 'no').click();
      await settled(el);
      expect(el.scrollWidth).to.be.at.most(320);
    });

    it('shows hostile override text literally', async () => {
      const hostile = '<img src=x onerror="window.__pwned=true">';
      const el = await fixture<PageFeedback>(html`<page-feedback page=${freshPage()} i18n=${JSON.stringify({ question: hostile })}></page-feedback>`);
      expect(headingText(el)).to.equal(hostile);
      expect($(el, 'img')).to.equal(null);
    });
  });
});
