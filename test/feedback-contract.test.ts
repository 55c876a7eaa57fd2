/**
 * The element and the receiver agree at their edges: what <page-feedback> can produce (page ids,
 * languages registered with registerLocale, comments at the longest max-length, a visitor's clock
 * days ahead or years behind) is posted through the element to the REAL receiver
 * (test/receiver-plugin.js), and every answer is stored, once, as it was sent.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { registerLocale } from '../src/index.js';
import type { FeedbackRecord } from '../src/lib/feedback/record.js';
import { resetDeliveries } from '../src/lib/feedback/delivery.js';
import { LIMITS } from '../src/lib/feedback/wire.js';
import { forgetVotes } from '../src/page-feedback/session.js';
import type { PageFeedback } from '../src/page-feedback/page-feedback.js';
import sv from '../src/page-feedback/locales/sv.json';
import { captureWarnings, shadow, until } from './helpers.js';
import { receiver } from './receiver.js';
import type { Row } from './receiver.js';

async function rowWith(id: string, done: (row: Row) => boolean = () => true): Promise<Row> {
  const start = performance.now();
  for (;;) {
    const row = (await receiver.rows()).find((each) => each.id === id);
    if (row && done(row)) return row;
    if (performance.now() - start > 8000) throw new Error(`no row for ${id}: ${JSON.stringify(await receiver.posts())}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const DAY = 86_400_000;

describe('<page-feedback> and the real receiver agree at the edges', function () {
  this.timeout(20_000);
  let endpoint: string;
  let warnings: ReturnType<typeof captureWarnings>;

  before(() => {
    // Languages a municipality may add: Ume and Pite Sami, two Romani varieties (the strings are stand-ins).
    for (const lang of ['sju', 'sje', 'rmf', 'rmu']) registerLocale(lang, { 'page-feedback': sv });
  });

  beforeEach(async () => {
    ({ endpoint } = await receiver.reset());
    localStorage.clear();
    resetDeliveries();
    forgetVotes();
    warnings = captureWarnings();
  });

  afterEach(() => {
    warnings.stop();
    resetDeliveries();
  });

  /** Answers Nej on a fresh element and returns the record it sent. */
  async function vote(el: PageFeedback): Promise<FeedbackRecord> {
    const sent: FeedbackRecord[] = [];
    el.addEventListener('page-feedback', (event) => sent.push((event as CustomEvent<FeedbackRecord>).detail));
    shadow(el).querySelector<HTMLButtonElement>('button.no')!.click();
    await until(() => sent.length === 1, 'the vote is sent');
    return sent[0]!;
  }

  const pages = ['/', '/sök/å ä ö', `/${'a'.repeat(LIMITS.pageMax - 1)}`, 'overgripande-mal', 'målbild_2024.v2', 's'.repeat(LIMITS.slugMax)];
  for (const page of pages) {
    it(`the page id ${JSON.stringify(page.length > 40 ? `${page.slice(0, 12)}… (${page.length})` : page)}`, async () => {
      const el = await fixture<PageFeedback>(html`<page-feedback endpoint=${endpoint} page=${page} comment="never"></page-feedback>`);
      const record = await vote(el);
      expect((await rowWith(record.id)).page).to.equal(page);
      await until(() => el.currentStep === 'thanks', 'thanked');
    });
  }

  for (const lang of ['sju', 'sje', 'rmf', 'rmu', 'sv-FI', 'en-GB']) {
    it(`a question asked in ${lang}`, async () => {
      const el = await fixture<PageFeedback>(html`<page-feedback lang=${lang} endpoint=${endpoint} page="/test/lang" comment="never"></page-feedback>`);
      const record = await vote(el);
      expect((await rowWith(record.id)).lang).to.equal(record.lang);
      expect(record.lang.split('-')[0]).to.equal(lang.split('-')[0]);
    });
  }

  for (const [name, offset] of [
    ['days ahead', 5 * DAY],
    ['years behind', -12 * 365 * DAY],
  ] as const) {
    it(`a visitor's clock ${name}: the vote and the comment are stored`, async () => {
      const el = await fixture<PageFeedback>(html`<page-feedback endpoint=${endpoint} page="/test/clock"></page-feedback>`);
      let now = Date.now() + offset;
      el.clock = () => now;
      const record = await vote(el);
      now += 5000;
      const field = shadow(el).querySelector('textarea')!;
      field.value = 'Klockan går fel.';
      field.dispatchEvent(new Event('input'));
      await el.updateComplete;
      shadow(el).querySelector<HTMLButtonElement>('[part~="send"]')!.click();
      const row = await rowWith(record.id, (each) => each.comment !== null);
      expect(row.comment).to.equal('Klockan går fel.');
      expect(Math.abs(Date.parse(row.submittedAt) - now)).to.be.below(1000);
      await until(() => el.currentStep === 'thanks', 'thanked, not refused');
    });
  }

  for (const lang of ['sv', 'en']) {
    it(`${lang}: a comment of the longest max-length, whose masking makes it longer, is stored`, async () => {
      const el = await fixture<PageFeedback>(html`<page-feedback lang=${lang} endpoint=${endpoint} page="/test/longest" max-length="100000"></page-feedback>`);
      let now = Date.now();
      el.clock = () => now;
      const record = await vote(el);
      now += 5000;
      const comment = '850709-9805 a@b.se '.repeat(200).slice(0, LIMITS.commentMax);
      const field = shadow(el).querySelector('textarea')!;
      field.value = comment;
      field.dispatchEvent(new Event('input'));
      await el.updateComplete;
      shadow(el).querySelector<HTMLButtonElement>('[part~="send"]')!.click();
      const row = await rowWith(record.id, (each) => each.comment !== null);
      expect(row.comment!.length).to.be.at.most(LIMITS.commentMax);
      expect(row.comment!.startsWith(lang === 'en' ? '[ID number] [e-mail] ' : '[personnummer] [e-post] ')).to.equal(true);
      expect(warnings.messages.some((m) => m.includes('max-length="100000"'))).to.equal(true);
      await until(() => el.currentStep === 'thanks', 'thanked, not refused');
    });
  }
});
