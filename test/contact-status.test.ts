import { expect, fixture, html } from '@open-wc/testing';
import '../src/contact-status/contact-status.js';
import type { ContactStatus, ContactStatusChangeDetail } from '../src/contact-status/contact-status.js';
import {
  badHours,
  hostileText,
  instants,
  nightHours,
  referenceContact,
  referenceHours,
  statusCases,
  summerClosureHours,
} from '../src/contact-status/contact-status.fixtures.js';
import { captureWarnings, nextError, noticeFor, shadow, textOf, until } from './helpers.js';

const statusOf = (el: Element) => shadow(el).querySelector('[part="status"]');
const statusLineOf = (el: Element) => textOf(statusOf(el)) || undefined;
const notice = (el: Element) => shadow(el).querySelector('[part="error"]');
const heading = (el: Element) => shadow(el).querySelector('[part="heading"]');
const weekRowsOf = (el: Element) => [...shadow(el).querySelectorAll('[part="week"] tbody tr')];

async function rendered(el: ContactStatus): Promise<ContactStatus> {
  await el.updateComplete;
  return el;
}

/** An element on the page with the given attributes and properties, rendered. */
async function make(attributes: Record<string, string>, properties: Partial<ContactStatus> = {}): Promise<ContactStatus> {
  const el = document.createElement('contact-status');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  Object.assign(el, properties);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

/**
 * Fake timers: `Date.now`, `setTimeout` and `clearTimeout` replaced while a test runs, so the
 * test moves the clock and the element's own timer fires. (sinon is not a dependency; this is
 * the part of it these tests need.) Mocha keeps its own references to the real timers.
 */
class FakeClock {
  private timers = new Map<number, { at: number; run: () => void }>();
  private next = 1;
  // The originals, put back as they were (not bound copies).
  // eslint-disable-next-line @typescript-eslint/unbound-method
  private readonly real = { now: Date.now, setTimeout: window.setTimeout, clearTimeout: window.clearTimeout };

  constructor(public now: number) {
    Date.now = () => this.now;
    window.setTimeout = ((run: () => void, delay = 0) => {
      const id = this.next++;
      this.timers.set(id, { at: this.now + Math.max(0, Number(delay)), run });
      return id;
    }) as typeof window.setTimeout;
    window.clearTimeout = ((id: number) => void this.timers.delete(id)) as typeof window.clearTimeout;
  }

  /** Pending timers' delays from now. */
  get pending(): number[] {
    return [...this.timers.values()].map((timer) => timer.at - this.now);
  }

  /** Moves the clock to `instant`, running every timer due on the way (and the updates they cause). */
  async runTo(instant: string | number): Promise<void> {
    const target = typeof instant === 'number' ? instant : Date.parse(instant);
    for (;;) {
      const due = [...this.timers.entries()].filter(([, t]) => t.at <= target).sort(([, a], [, b]) => a.at - b.at)[0];
      if (!due) break;
      const [id, timer] = due;
      this.timers.delete(id);
      this.now = timer.at;
      timer.run();
      await settle();
    }
    this.now = target;
  }

  /** Moves the clock without running timers: a tab whose timers the browser held back. */
  jumpTo(instant: string): void {
    this.now = Date.parse(instant);
  }

  uninstall(): void {
    Object.assign(Date, { now: this.real.now });
    Object.assign(window, { setTimeout: this.real.setTimeout, clearTimeout: this.real.clearTimeout });
  }
}

/** Lets pending Lit updates (microtasks) run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
  const elements = [...document.querySelectorAll('contact-status')];
  await Promise.all(elements.map((el) => el.updateComplete));
}

function changes(el: HTMLElement): ContactStatusChangeDetail[] {
  const seen: ContactStatusChangeDetail[] = [];
  el.addEventListener('contact-status-change', (event) => seen.push(event.detail));
  return seen;
}

describe('<contact-status>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => {
    warnings.stop();
    document.querySelectorAll('contact-status').forEach((el) => el.remove());
  });

  describe('the reference page', () => {
    it('reads like the page: heading, text, status, phone, e-mail and the week', async () => {
      const el = await fixture<ContactStatus>(html`<contact-status .contact=${referenceContact} now=${instants.fridayEvening}></contact-status>`);
      const h = heading(el);
      expect(h?.tagName).to.equal('H2');
      expect(textOf(h)).to.equal('Kontaktcenter');
      expect(textOf(shadow(el).querySelector('[part="text"]'))).to.equal(
        'Vi svarar på frågor om kommunens service och verksamhet, ring eller skicka e-post till kontaktcenter.',
      );
      expect(statusLineOf(el)).to.equal('Stängt · Öppnar måndag 28 sep. kl. 08.00');
      const phone = shadow(el).querySelector<HTMLAnchorElement>('a[part="phone"]')!;
      expect(phone.getAttribute('href')).to.equal('tel:+4651231000');
      expect(textOf(phone)).to.equal('0512-310 00');
      const email = shadow(el).querySelector<HTMLAnchorElement>('a[part="email"]')!;
      expect(email.getAttribute('href')).to.equal('mailto:kommun@vara.se');
      expect(textOf(email)).to.equal('kommun@vara.se');
      expect(textOf(shadow(el).querySelector('[part="channels"]'))).to.equal('Telefon 0512-310 00 E-post kommun@vara.se');
      expect(el.getAttribute('state')).to.equal('closed');
      expect(el.state).to.equal('closed');
      await expect(el).to.be.accessible();
    });

    it('reads in English with lang="en"', async () => {
      const el = await fixture<ContactStatus>(html`<contact-status lang="en" .contact=${referenceContact} now=${instants.fridayEvening}></contact-status>`);
      expect(textOf(heading(el))).to.equal('Contact centre');
      expect(statusLineOf(el)).to.equal('Closed · Opens Monday 28 Sep 08:00');
      expect(textOf(shadow(el).querySelector('[part="hours-summary"]'))).to.equal('Opening hours this week');
      await expect(el).to.be.accessible();
    });

    it('reads the contact of a whole goal set from src', async () => {
      const el = await make({ src: '/data/vara-kommun.json', now: instants.open });
      await until(() => statusLineOf(el) !== undefined, 'src loads');
      expect(textOf(heading(el))).to.equal('Kontaktcenter');
      expect(statusLineOf(el)).to.equal('Öppet · Stänger kl. 16.30');
      expect(el.getAttribute('state')).to.equal('open');
    });
  });

  describe('the status line through the element (every form, sv and en)', () => {
    for (const [label, instant, expectedSv, expectedEn, hours = referenceHours, timeZone] of statusCases) {
      it(`${label} (${instant})`, async () => {
        for (const [lang, expected] of [
          ['sv', expectedSv],
          ['en', expectedEn],
        ] as const) {
          const attributes: Record<string, string> = { lang, now: instant, hours: JSON.stringify(hours) };
          if (timeZone) attributes['time-zone'] = timeZone;
          const el = await make(attributes);
          expect(statusLineOf(el), lang).to.equal(expected);
          expect(el.getAttribute('state')).to.equal(
            expected === undefined ? 'unknown' : expected.startsWith('Öppet') || expected.startsWith('Open') ? 'open' : 'closed',
          );
          el.remove();
        }
      });
    }

    it('marks the state with an icon and a word, and a class for colour', async () => {
      const el = await make({ now: instants.open, hours: JSON.stringify(referenceHours) });
      const status = statusOf(el)!;
      expect(status.classList.contains('open')).to.equal(true);
      expect(textOf(status.querySelector('.state'))).to.equal('Öppet');
      expect(status.querySelector('svg')?.getAttribute('aria-hidden')).to.equal('true');
    });
  });

  describe('data and attributes', () => {
    it('renders from attributes alone', async () => {
      const el = await make({
        name: 'Kontaktcenter',
        phone: '0512-310 00',
        email: 'kommun@vara.se',
        hours: JSON.stringify(referenceHours),
        now: instants.open,
      });
      expect(textOf(heading(el))).to.equal('Kontaktcenter');
      expect(statusLineOf(el)).to.equal('Öppet · Stänger kl. 16.30');
      expect(shadow(el).querySelector('a[part="phone"]')?.getAttribute('href')).to.equal('tel:+4651231000');
    });

    it('takes the contact from the JSON attribute and from a script child', async () => {
      const byAttribute = await make({ contact: JSON.stringify(referenceContact), now: instants.evening });
      expect(statusLineOf(byAttribute)).to.equal('Stängt · Öppnar i morgon kl. 08.00');
      const byScript = await fixture<ContactStatus>(
        html`<contact-status now=${instants.evening}>
          <script type="application/json">
            ${JSON.stringify({ contact: referenceContact })}
          </script>
        </contact-status>`,
      );
      expect(statusLineOf(byScript)).to.equal('Stängt · Öppnar i morgon kl. 08.00');
      expect(textOf(shadow(byScript).querySelector('[part="text"] p'))).to.match(/^Vi svarar på frågor/);
    });

    it('lets each attribute replace its field of the contact data', async () => {
      const el = await make(
        { phone: '08-123 456 78', name: '{"sv": "Växeln", "en": "Switchboard"}', hours: JSON.stringify(nightHours), now: instants.open },
        { contact: referenceContact },
      );
      expect(textOf(heading(el))).to.equal('Växeln');
      expect(shadow(el).querySelector('a[part="phone"]')?.getAttribute('href')).to.equal('tel:+46812345678');
      expect(shadow(el).querySelector('a[part="email"]')?.getAttribute('href')).to.equal('mailto:kommun@vara.se');
      expect(statusLineOf(el)).to.equal('Stängt · Öppnar fredag 25 sep. kl. 22.00');
      el.removeAttribute('hours');
      await rendered(el);
      expect(statusLineOf(el)).to.equal('Öppet · Stänger kl. 16.30');
    });

    it('takes hours as an object property', async () => {
      const el = await make({ now: instants.open }, { hours: referenceHours });
      expect(statusLineOf(el)).to.equal('Öppet · Stänger kl. 16.30');
    });

    it('shows no status line, no week and state="unknown" without hours', async () => {
      const el = await make({ name: 'Kontaktcenter', phone: '0512-310 00', now: instants.open });
      expect(statusOf(el)).to.equal(null);
      expect(shadow(el).querySelector('[part="hours"]')).to.equal(null);
      expect(el.getAttribute('state')).to.equal('unknown');
      expect(textOf(heading(el))).to.equal('Kontaktcenter');
      await expect(el).to.be.accessible();
    });

    it('reads now without an offset as office time', async () => {
      const el = await make({ now: '2026-09-22T16:29', hours: JSON.stringify(referenceHours) });
      expect(statusLineOf(el)).to.equal('Öppet · Stänger kl. 16.30');
    });
  });

  describe('text, heading and links', () => {
    it('shows the slotted text instead of the contact text', async () => {
      const el = await fixture<ContactStatus>(
        html`<contact-status .contact=${referenceContact} now=${instants.open}>
          <p>Ring oss!</p>
        </contact-status>`,
      );
      const part = shadow(el).querySelector('[part="text"]')!;
      expect(part.querySelector('p')).to.equal(null);
      expect(part.querySelector('slot')!.assignedElements()[0]?.textContent).to.equal('Ring oss!');
    });

    it('shows the contact text when the slot holds only blank space and the data script', async () => {
      const el = await fixture<ContactStatus>(
        html`<contact-status now=${instants.open}>
          <script type="application/json">
            ${JSON.stringify(referenceContact)}
          </script>
        </contact-status>`,
      );
      expect(textOf(shadow(el).querySelector('[part="text"] p'))).to.match(/^Vi svarar/);
    });

    it('switches between slotted text and contact text as the children change', async () => {
      const el = await fixture<ContactStatus>(html`<contact-status .contact=${referenceContact} now=${instants.open}></contact-status>`);
      expect(shadow(el).querySelector('[part="text"] p')).to.exist;
      el.append('Vi har stängt i dag.');
      await until(() => shadow(el).querySelector('[part="text"] p') === null, 'slotted text replaces the contact text');
      el.textContent = '';
      await until(() => shadow(el).querySelector('[part="text"] p') !== null, 'contact text returns');
    });

    for (const level of [2, 3, 4, 5, 6]) {
      it(`heading-level=${level} gives an h${level}`, async () => {
        const el = await make({ 'heading-level': String(level), name: 'Kontaktcenter' });
        expect(heading(el)?.tagName).to.equal(`H${level}`);
      });
    }

    it('falls back to h2 for an invalid heading-level, with a warning; no heading without a name', async () => {
      const el = await make({ 'heading-level': '1', name: 'Kontaktcenter' });
      expect(heading(el)?.tagName).to.equal('H2');
      expect(warnings.messages.some((m) => m.includes('heading-level="1"'))).to.equal(true);
      const nameless = await make({ phone: '112' });
      expect(heading(nameless)).to.equal(null);
    });

    it('marks a name shown in Swedish on an English page with lang="sv"', async () => {
      const el = await make({ lang: 'en', name: '{"sv": "Kontaktcenter"}' });
      expect(heading(el)?.getAttribute('lang')).to.equal('sv');
    });

    it('shows a phone number or e-mail that cannot be a link as text, with one warning', async () => {
      const el = await make({ phone: 'Ring växeln', email: 'kommun(at)vara.se' });
      expect(shadow(el).querySelector('a')).to.equal(null);
      expect(textOf(shadow(el).querySelector('[part="phone"]'))).to.equal('Ring växeln');
      expect(textOf(shadow(el).querySelector('[part="email"]'))).to.equal('kommun(at)vara.se');
      el.requestUpdate();
      await rendered(el);
      expect(warnings.messages.filter((m) => m.includes('Ring växeln'))).to.have.length(1);
      expect(warnings.messages.filter((m) => m.includes('kommun(at)vara.se'))).to.have.length(1);
    });
  });

  describe('the week', () => {
    it('lists Monday to Sunday in a disclosure, marks today in text and names the holidays', async () => {
      const el = await make({ now: instants.julafton, hours: JSON.stringify(referenceHours) });
      const details = shadow(el).querySelector<HTMLDetailsElement>('details[part="hours"]')!;
      expect(details.open).to.equal(false);
      expect(textOf(details.querySelector('summary'))).to.equal('Öppettider den här veckan');
      const rows = weekRowsOf(el);
      expect(rows.map((row) => textOf(row))).to.deep.equal([
        'måndag 21 dec. 08.00–16.30',
        'tisdag 22 dec. 08.00–16.30',
        'onsdag 23 dec. 08.00–16.30',
        'torsdag 24 dec. i dag Julafton Stängt',
        'fredag 25 dec. Juldagen Stängt',
        'lördag 26 dec. Annandag jul Stängt',
        'söndag 27 dec. Stängt',
      ]);
      const today = rows[3]!;
      expect(today.getAttribute('aria-current')).to.equal('date');
      expect(textOf(today.querySelector('.today-mark'))).to.equal('i dag');
      expect(rows.filter((row) => row.hasAttribute('aria-current'))).to.have.length(1);
      expect(shadow(el).querySelectorAll('[part="week"] th[scope="row"]')).to.have.length(7);
      details.open = true;
      await expect(el).to.be.accessible();
    });

    it('names holidays in English and shows a summer closure by its note', async () => {
      const el = await make({ lang: 'en', now: instants.summer, hours: JSON.stringify(summerClosureHours) });
      const rows = weekRowsOf(el).map((row) => textOf(row));
      expect(rows[0]).to.equal('Monday 20 Jul Closed for the summer Closed');
      expect(rows[2]).to.equal('Wednesday 22 Jul today Closed for the summer Closed');
      const christmas = await make({ lang: 'en', now: instants.julafton, hours: JSON.stringify(referenceHours) });
      expect(textOf(weekRowsOf(christmas)[4])).to.equal('Friday 25 Dec Christmas Day Closed');
    });
  });

  describe('the clock', () => {
    let clock: FakeClock;
    afterEach(() => clock?.uninstall());

    it('flips from open to closed by itself at the closing instant, and fires contact-status-change', async () => {
      clock = new FakeClock(Date.parse('2026-09-22T16:29:00+02:00'));
      const el = await make({ hours: JSON.stringify(referenceHours) });
      const seen = changes(el);
      expect(statusLineOf(el)).to.equal('Öppet · Stänger kl. 16.30');
      expect(el.getAttribute('state')).to.equal('open');
      expect(clock.pending).to.deep.equal([60_000]);

      await clock.runTo('2026-09-22T16:29:59.999+02:00');
      expect(el.getAttribute('state')).to.equal('open');
      expect(seen).to.have.length(0);

      await clock.runTo('2026-09-22T16:30:00+02:00');
      expect(el.getAttribute('state')).to.equal('closed');
      expect(statusLineOf(el)).to.equal('Stängt · Öppnar i morgon kl. 08.00');
      expect(seen).to.deep.equal([{ state: 'closed', changesAt: new Date('2026-09-23T08:00+02:00') }]);
    });

    it('moves "i morgon" to today at midnight without an event, then opens at 08.00 with one', async () => {
      clock = new FakeClock(Date.parse('2026-09-22T23:00+02:00'));
      const el = await make({ hours: JSON.stringify(referenceHours) });
      const seen = changes(el);
      expect(statusLineOf(el)).to.equal('Stängt · Öppnar i morgon kl. 08.00');
      await clock.runTo('2026-09-23T00:00+02:00');
      expect(statusLineOf(el)).to.equal('Stängt · Öppnar kl. 08.00');
      expect(weekRowsOf(el)[2]?.getAttribute('aria-current')).to.equal('date');
      expect(seen).to.have.length(0);
      await clock.runTo('2026-09-23T08:00+02:00');
      expect(statusLineOf(el)).to.equal('Öppet · Stänger kl. 16.30');
      expect(seen).to.deep.equal([{ state: 'open', changesAt: new Date('2026-09-23T16:30+02:00') }]);
    });

    it('waits out a five-week summer closure and opens on the day', async () => {
      clock = new FakeClock(Date.parse('2026-07-03T15:00+02:00'));
      const el = await make({ hours: JSON.stringify(summerClosureHours) });
      const seen = changes(el);
      expect(statusLineOf(el)).to.equal('Stängt · Öppnar måndag 10 aug. kl. 08.00');
      for (const delay of clock.pending) expect(delay).to.be.at.most(2 ** 31 - 1);
      await clock.runTo('2026-08-10T07:59+02:00');
      expect(statusLineOf(el)).to.equal('Stängt · Öppnar kl. 08.00');
      expect(seen).to.have.length(0);
      await clock.runTo('2026-08-10T08:00+02:00');
      expect(el.getAttribute('state')).to.equal('open');
      expect(seen.map((change) => change.state)).to.deep.equal(['open']);
    });

    it('keeps the 23-hour night: opens at 08.00 wall clock on the spring-forward Sunday', async () => {
      clock = new FakeClock(Date.parse('2026-03-28T21:00+01:00'));
      const el = await make({
        hours: JSON.stringify({ regular: [{ days: ['mon-sun'], opens: '08:00', closes: '16:00' }], holidays: 'regular', eves: 'regular' }),
      });
      await clock.runTo('2026-03-29T07:59+02:00');
      expect(el.getAttribute('state')).to.equal('closed');
      await clock.runTo('2026-03-29T08:00+02:00');
      expect(el.getAttribute('state')).to.equal('open');
    });

    it('re-checks when the tab becomes visible again', async () => {
      clock = new FakeClock(Date.parse('2026-09-22T16:00+02:00'));
      const el = await make({ hours: JSON.stringify(referenceHours) });
      const seen = changes(el);
      clock.jumpTo('2026-09-22T17:00+02:00'); // the timer was held back while the tab slept
      expect(el.getAttribute('state')).to.equal('open');
      document.dispatchEvent(new Event('visibilitychange'));
      await settle();
      expect(document.visibilityState).to.equal('visible');
      expect(el.getAttribute('state')).to.equal('closed');
      expect(statusLineOf(el)).to.equal('Stängt · Öppnar i morgon kl. 08.00');
      expect(seen).to.deep.equal([{ state: 'closed', changesAt: new Date('2026-09-23T08:00+02:00') }]);
    });

    it('runs no timer while now freezes the clock, nor after the element leaves the page', async () => {
      clock = new FakeClock(Date.parse('2026-09-22T10:00+02:00'));
      const frozen = await make({ now: instants.open, hours: JSON.stringify(referenceHours) });
      expect(clock.pending).to.deep.equal([]);
      frozen.removeAttribute('now');
      await rendered(frozen);
      expect(clock.pending).to.have.length(1);
      frozen.remove();
      expect(clock.pending).to.deep.equal([]);
      document.body.append(frozen);
      await rendered(frozen);
      expect(clock.pending).to.have.length(1);
    });

    it('fires no event when the page changes the data or now', async () => {
      clock = new FakeClock(Date.parse('2026-09-22T10:00+02:00'));
      const el = await make({ hours: JSON.stringify(referenceHours) });
      const seen = changes(el);
      el.setAttribute('now', instants.evening);
      await rendered(el);
      expect(el.getAttribute('state')).to.equal('closed');
      el.removeAttribute('hours');
      await rendered(el);
      expect(el.getAttribute('state')).to.equal('unknown');
      expect(seen).to.deep.equal([]);
    });
  });

  describe('accessibility', () => {
    it('is not a live region: no aria-live or status role on the line or around it', async () => {
      const el = await make({ now: instants.open, hours: JSON.stringify(referenceHours) });
      for (let node: Element | null = statusOf(el); node; node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null) {
        expect(node.hasAttribute('aria-live'), `${node.localName} aria-live`).to.equal(false);
        expect(['status', 'alert', 'log', 'timer', 'marquee']).not.to.include(node.getAttribute('role'));
        if (node === document.body) break;
      }
      expect(shadow(el).querySelector('[aria-live], [role="status"], [role="alert"]')).to.equal(null);
    });

    const states: [string, Record<string, string>][] = [
      ['open', { now: instants.open, hours: JSON.stringify(referenceHours) }],
      ['closed', { now: instants.fridayEvening, hours: JSON.stringify(referenceHours) }],
      ['unknown', { phone: '0512-310 00' }],
      ['error', { hours: JSON.stringify(badHours[1]!.hours) }],
    ];
    for (const lang of ['sv', 'en']) {
      for (const [state, attributes] of states) {
        it(`is accessible when ${state}, in ${lang}, with the week open`, async () => {
          const el = await make({ lang, name: 'Kontaktcenter', email: 'kommun@vara.se', ...attributes });
          expect(el.getAttribute('state')).to.equal(state === 'error' ? 'unknown' : state);
          const details = shadow(el).querySelector('details');
          if (details) details.open = true;
          await expect(el).to.be.accessible();
        });
      }
    }

    it('fits 320 px without sideways scrolling', async () => {
      const box = await fixture<HTMLDivElement>(
        html`<div style="width: 320px">
          <contact-status .contact=${referenceContact} now=${instants.julafton}></contact-status>
        </div>`,
      );
      const el = box.querySelector('contact-status')!;
      await el.updateComplete;
      shadow(el).querySelector('details')!.open = true;
      expect(el.scrollWidth).to.be.at.most(320);
    });
  });

  describe('bad input', () => {
    for (const { name, hours, path } of badHours) {
      it(`${name}: notice, kommun-error at ${path}, no status line`, async () => {
        const el = document.createElement('contact-status');
        el.setAttribute('hours', JSON.stringify(hours));
        el.setAttribute('phone', '0512-310 00');
        el.setAttribute('now', instants.open);
        const error = nextError(el);
        document.body.append(el);
        expect(await error).to.include({ code: 'value', path });
        await el.updateComplete;
        expect(textOf(notice(el))).to.contain(noticeFor('value', path));
        expect(statusOf(el)).to.equal(null);
        expect(shadow(el).querySelector('[part="hours"]')).to.equal(null);
        expect(el.getAttribute('state')).to.equal('unknown');
        expect(shadow(el).querySelector('a[part="phone"]'), 'the phone number still shows').to.exist;
        expect(warnings.messages.filter((m) => m.includes(path))).to.have.length(1);
        expect(warnings.messages[0]).to.match(/^contact-status: /);
      });
    }

    it('bad hours in the data take off only the hours: name, phone and e-mail still show', async () => {
      const contact = { ...referenceContact, hours: badHours[1]!.hours };
      for (const lang of ['sv', 'en'] as const) {
        const el = document.createElement('contact-status');
        el.lang = lang;
        el.setAttribute('now', instants.open);
        el.setAttribute('contact', JSON.stringify({ title: 'Mål', contact }));
        const error = nextError(el);
        document.body.append(el);
        expect(await error).to.include({ code: 'value', path: 'contact.hours.regular[1].closes' });
        await el.updateComplete;
        expect(textOf(notice(el))).to.contain(noticeFor('value', 'contact.hours.regular[1].closes', lang));
        expect(textOf(heading(el))).to.equal(lang === 'sv' ? 'Kontaktcenter' : 'Contact centre');
        expect(shadow(el).querySelector('a[part="phone"]')?.getAttribute('href')).to.equal('tel:+4651231000');
        expect(shadow(el).querySelector('a[part="email"]')?.getAttribute('href')).to.equal('mailto:kommun@vara.se');
        expect(statusOf(el) === null, 'no status line').to.equal(true);
        expect(shadow(el).querySelector('[part="hours"]') === null, 'no week').to.equal(true);
        expect(el.getAttribute('state')).to.equal('unknown');
        await expect(el).to.be.accessible();
        el.remove();
      }
    });

    it('does not fall back to the data hours when the hours attribute is bad', async () => {
      const el = await make({ hours: '{"regular": "mon"}', now: instants.open }, { contact: referenceContact });
      expect(notice(el)).to.exist;
      expect(statusOf(el)).to.equal(null);
      expect(textOf(heading(el))).to.equal('Kontaktcenter');
    });

    const others: [string, Record<string, string>, string, string][] = [
      ['malformed JSON in hours', { hours: '{"regular": [' }, 'json', 'hours'],
      ['malformed JSON in contact', { contact: '{oops' }, 'json', 'contact'],
      ['a goal set without a contact', { contact: '{"title": "Mål", "goals": []}' }, 'required', 'contact'],
      ['an unknown time zone', { hours: JSON.stringify(referenceHours), 'time-zone': 'Europe/Stockholmm' }, 'value', 'time-zone'],
      ['a now that is not a date', { hours: JSON.stringify(referenceHours), now: 'i morgon' }, 'value', 'now'],
    ];
    for (const [name, attributes, code, path] of others) {
      it(`${name}: notice and kommun-error at ${path}`, async () => {
        const el = document.createElement('contact-status');
        for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, value);
        const error = nextError(el);
        document.body.append(el);
        expect(await error).to.include({ code, path });
        await el.updateComplete;
        expect(notice(el)).to.exist;
        expect(statusOf(el)).to.equal(null);
        expect(el.getAttribute('state')).to.equal('unknown');
      });
    }

    it('a src that 404s: notice and kommun-error at src', async () => {
      const el = document.createElement('contact-status');
      el.src = '/test/fixtures/missing.json';
      const error = nextError(el);
      document.body.append(el);
      expect(await error).to.include({ code: 'fetch', path: 'src' });
      await until(() => notice(el) !== null, 'notice shows');
    });

    it('recovers when good hours are set, and reports a new mistake again', async () => {
      const el = await make({ hours: JSON.stringify(badHours[0]!.hours), now: instants.open });
      expect(notice(el)).to.exist;
      el.hours = referenceHours;
      await rendered(el);
      expect(notice(el)).to.equal(null);
      expect(statusLineOf(el)).to.equal('Öppet · Stänger kl. 16.30');
      const again = nextError(el);
      el.setAttribute('hours', JSON.stringify(badHours[0]!.hours));
      expect(await again).to.include({ path: 'hours.regular[0].days[0]' });
    });

    it('shows the notice in English on an English page', async () => {
      const el = await make({ lang: 'en', hours: JSON.stringify(badHours[1]!.hours) });
      expect(textOf(notice(el))).to.equal('The content could not be shown Opening hours, line 2: the closing time has a value that is not allowed.');
    });

    it('shows hostile strings literally, never as markup', async () => {
      const hours = { ...referenceHours, exceptions: [{ date: '2026-09-22', opens: '08.00', closes: '12.00', note: hostileText }] };
      const el = await fixture<ContactStatus>(
        html`<contact-status
          name=${hostileText}
          phone=${hostileText}
          email=${hostileText}
          .contact=${{ text: hostileText }}
          .hours=${hours}
          now=${instants.open}
        ></contact-status>`,
      );
      const root = shadow(el);
      expect(root.querySelector('img')).to.equal(null);
      expect(textOf(heading(el))).to.equal(hostileText);
      expect(textOf(root.querySelector('[part="text"] p'))).to.equal(hostileText);
      expect(textOf(root.querySelector('[part="phone"]'))).to.equal(hostileText);
      expect(textOf(root.querySelector('[part="email"]'))).to.equal(hostileText);
      expect(textOf(root.querySelector('tr[aria-current] .note'))).to.equal(hostileText);
      expect(root.querySelector('a')).to.equal(null);
      expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
    });
  });

  describe('language', () => {
    it('follows a lang change at run time', async () => {
      const box = await fixture<HTMLDivElement>(html`<div lang="sv"></div>`);
      const el = document.createElement('contact-status');
      el.setAttribute('now', instants.open);
      el.hours = referenceHours;
      box.append(el);
      await el.updateComplete;
      expect(statusLineOf(el)).to.equal('Öppet · Stänger kl. 16.30');
      box.setAttribute('lang', 'en');
      await until(() => statusLineOf(el) === 'Open · Closes 16:30', 'lang change re-renders');
    });

    it('takes per-element string overrides from the i18n attribute', async () => {
      const el = await make({
        now: instants.open,
        hours: JSON.stringify(referenceHours),
        i18n: '{"status": {"open": "Vi har öppet", "closes": "till {{time}}"}}',
      });
      expect(statusLineOf(el)).to.equal('Vi har öppet · till 16.30');
    });
  });

  describe('several periods a day (a lunch closure)', () => {
    const lunchHours = {
      regular: [
        { days: ['mon-fri'], opens: '08.00', closes: '12.00' },
        { days: ['mon-fri'], opens: '13.00', closes: '16.30' },
      ],
    };
    // Tuesday 22 September 2026, Stockholm summer time: whatever zone the browser runs in.
    const cases: [time: string, state: string, sv: string, en: string][] = [
      ['11:59', 'open', 'Öppet · Stänger kl. 12.00', 'Open · Closes 12:00'],
      ['12:00', 'closed', 'Stängt för lunch · Öppnar igen kl. 13.00', 'Closed for lunch · Reopens 13:00'],
      ['12:30', 'closed', 'Stängt för lunch · Öppnar igen kl. 13.00', 'Closed for lunch · Reopens 13:00'],
      ['13:00', 'open', 'Öppet · Stänger kl. 16.30', 'Open · Closes 16:30'],
    ];
    for (const [time, state, sv, en] of cases) {
      it(`at ${time}: ${sv} / ${en}, both periods in the week`, async () => {
        for (const [lang, line, periods] of [
          ['sv', sv, '08.00–12.00, 13.00–16.30'],
          ['en', en, '08:00–12:00, 13:00–16:30'],
        ] as const) {
          const el = await make({ lang, now: `2026-09-22T${time}+02:00`, hours: JSON.stringify(lunchHours) });
          expect(statusLineOf(el)).to.equal(line);
          expect(el.getAttribute('state')).to.equal(state);
          const tuesday = weekRowsOf(el)[1]!;
          expect(textOf(tuesday.querySelector('td'))).to.equal(periods);
          expect(tuesday.querySelectorAll('.period')).to.have.length(2);
          await expect(el).to.be.accessible();
          el.remove();
        }
      });
    }

    it('moves by itself from open to the lunch closure and back, at 12.00 and 13.00', async () => {
      const clock = new FakeClock(Date.parse('2026-09-22T11:59:00+02:00'));
      try {
        const el = await make({ hours: JSON.stringify(lunchHours) });
        expect(clock.pending).to.deep.equal([60_000]);
        const changes: string[] = [];
        el.addEventListener('contact-status-change', (event) => changes.push(event.detail.state));
        await clock.runTo('2026-09-22T12:00:00+02:00');
        expect(statusLineOf(el)).to.equal('Stängt för lunch · Öppnar igen kl. 13.00');
        expect(clock.pending).to.deep.equal([3_600_000]);
        await clock.runTo('2026-09-22T13:00:00+02:00');
        expect(statusLineOf(el)).to.equal('Öppet · Stänger kl. 16.30');
        expect(changes).to.deep.equal(['closed', 'open']);
      } finally {
        clock.uninstall();
      }
    });

    it('a break that is not at lunch is a break', async () => {
      const hours = {
        regular: [
          { days: ['tue'], opens: '08.00', closes: '10.00' },
          { days: ['tue'], opens: '15.00', closes: '18.00' },
        ],
      };
      const el = await make({ now: '2026-09-22T11:00+02:00', hours: JSON.stringify(hours) });
      expect(statusLineOf(el)).to.equal('Stängt för paus · Öppnar igen kl. 15.00');
    });

    it('warns about an empty or an overlapping period and shows the hours all the same', async () => {
      const hours = {
        regular: [
          { days: ['mon-fri'], opens: '08.00', closes: '12.00' },
          { days: ['tue'], opens: '11.00', closes: '16.30' },
          { days: ['sat'], opens: '10.00', closes: '10.00' },
        ],
      };
      const el = document.createElement('contact-status');
      el.setAttribute('now', '2026-09-22T12:30+02:00');
      el.setAttribute('hours', JSON.stringify(hours));
      const errors: { code: string; path: string }[] = [];
      el.addEventListener('kommun-error', (event) => errors.push(event.detail));
      document.body.append(el);
      await el.updateComplete;
      expect(errors.map((e) => `${e.code} ${e.path}`)).to.deep.equal(['value hours.regular[2].closes', 'value hours.regular[1]']);
      expect(warnings.messages.filter((m) => m.includes('hours.regular['))).to.have.length(2);
      expect(notice(el) === null, 'no notice: the hours are used').to.equal(true);
      expect(statusLineOf(el)).to.equal('Öppet · Stänger kl. 16.30');
    });
  });
});
