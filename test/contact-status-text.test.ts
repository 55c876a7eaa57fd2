import { expect } from '@open-wc/testing';
import { translator } from '../src/base/i18n.js';
import { localDate, openingStatus, weekSchedule } from '../src/lib/hours/opening-hours.js';
import type { OpeningHours, OpeningStatus } from '../src/lib/hours/opening-hours.js';
import { isTimeZone } from '../src/lib/hours/zoned-time.js';
import { MAX_DELAY, mailtoHref, nextCheck, parseInstant, telHref, timerDelay } from '../src/contact-status/contact-data.js';
import { referenceHours, statusCases, summerClosureHours, withException } from '../src/contact-status/contact-status.fixtures.js';
import { formatClock, formatDate, formatPeriods, periodParts, statusLine, statusText, weekRows } from '../src/contact-status/status-text.js';
import type { Wording } from '../src/contact-status/status-text.js';
// Registers the element's strings with the library's i18next instance.
import '../src/contact-status/contact-status.js';

/** The wording the element uses in a language. */
function wording(lang: 'sv' | 'en'): Wording {
  const t = translator(lang, ['contact-status'], undefined);
  return { locale: lang, t: (key, values) => t(key, values) };
}
const sv = wording('sv');
const en = wording('en');

const STOCKHOLM = 'Europe/Stockholm';

function line(hours: OpeningHours, instant: string, lang: Wording, timeZone = STOCKHOLM): string | undefined {
  const at = new Date(instant);
  const result = statusLine(openingStatus(hours, at, timeZone), at, timeZone, lang);
  return result && statusText(result);
}

describe('contact-status: status text', () => {
  for (const [label, instant, expectedSv, expectedEn, hours = referenceHours, timeZone] of statusCases) {
    it(`${label} (${instant})`, () => {
      expect(line(hours, instant, sv, timeZone), 'sv').to.equal(expectedSv);
      expect(line(hours, instant, en, timeZone), 'en').to.equal(expectedEn);
    });
  }

  it('gives the parts separately, for styling', () => {
    const at = new Date('2026-09-22T10:15+02:00');
    expect(statusLine(openingStatus(referenceHours, at), at, STOCKHOLM, sv)).to.deep.equal({
      state: 'open',
      label: 'Öppet',
      separator: ' · ',
      change: 'Stänger kl. 16.30',
    });
  });

  it('is undefined for an unknown state', () => {
    expect(statusLine({ state: 'unknown' }, 0, STOCKHOLM, sv)).to.equal(undefined);
  });

  it('says only the state when a closed status has no opening (defensive)', () => {
    const status: OpeningStatus = { state: 'closed' };
    expect(statusLine(status, 0, STOCKHOLM, en)).to.deep.equal({ state: 'closed', label: 'Closed', separator: ' · ' });
  });
});

describe('contact-status: times and dates', () => {
  it('writes Swedish times with a period and English with a colon, always two digits', () => {
    expect(formatClock(8, 0, sv)).to.equal('08.00');
    expect(formatClock(16, 30, sv)).to.equal('16.30');
    expect(formatClock(8, 5, en)).to.equal('08:05');
    expect(formatClock(24, 0, en)).to.equal('24:00');
  });

  it('writes the weekday, day and month from Intl in the template order', () => {
    expect(formatDate('2026-09-28', sv)).to.equal('måndag 28 sep.');
    expect(formatDate('2026-09-28', en)).to.equal('Monday 28 Sep');
    expect(formatDate('2026-03-01', sv)).to.equal('söndag 1 mars');
    expect(formatDate('2026-05-01', en)).to.equal('Friday 1 May');
  });

  it('lists the periods of a split day', () => {
    const periods = [
      { opens: '08:00', closes: '12:00' },
      { opens: '13:00', closes: '16:30' },
    ];
    expect(formatPeriods(periods, sv)).to.equal('08.00–12.00, 13.00–16.30');
    expect(formatPeriods(periods, en)).to.equal('08:00–12:00, 13:00–16:30');
    expect(formatPeriods([{ opens: '22:00', closes: '02:00' }], sv)).to.equal('22.00–02.00');
    expect(periodParts(periods, sv)).to.deep.equal([
      { value: '08.00–12.00', period: true },
      { value: ', ', period: false },
      { value: '13.00–16.30', period: true },
    ]);
  });
});

describe('contact-status: the week', () => {
  const rows = (hours: OpeningHours, instant: string, lang: Wording) =>
    weekRows(weekSchedule(hours, new Date(instant)), localDate(new Date(instant), STOCKHOLM), lang);

  it('lists the Easter week Monday to Sunday, marks today and names the holidays', () => {
    const week = rows(referenceHours, '2026-04-02T10:00+02:00', sv);
    expect(week.map((r) => [r.day, r.today, r.hours, r.note])).to.deep.equal([
      ['måndag 30 mars', false, '08.00–16.30', undefined],
      ['tisdag 31 mars', false, '08.00–16.30', undefined],
      ['onsdag 1 apr.', false, '08.00–16.30', undefined],
      ['torsdag 2 apr.', true, '08.00–12.00', { sv: 'Skärtorsdagen', en: 'Maundy Thursday', fi: 'Kiirastorstai', ar: 'خميس العهد' }],
      ['fredag 3 apr.', false, 'Stängt', { sv: 'Långfredagen', en: 'Good Friday', fi: 'Pitkäperjantai', ar: 'الجمعة العظيمة' }],
      ['lördag 4 apr.', false, 'Stängt', { sv: 'Påskafton', en: 'Easter Eve', fi: 'Pääsiäisaatto', ar: 'عشية عيد الفصح' }],
      ['söndag 5 apr.', false, 'Stängt', { sv: 'Påskdagen', en: 'Easter Sunday', fi: 'Pääsiäispäivä', ar: 'عيد الفصح' }],
    ]);
    expect(week.map((r) => r.closed)).to.deep.equal([false, false, false, false, true, true, true]);
  });

  it('says closed in English, and names an exception by its note or in general', () => {
    const week = rows(summerClosureHours, '2026-07-22T10:00+02:00', en);
    expect(week[0]).to.deep.include({ day: 'Monday 20 Jul', hours: 'Closed', today: false });
    expect(week[0]!.note).to.deep.equal({ sv: 'Sommarstängt', en: 'Closed for the summer' });
    expect(week[2]!.today).to.equal(true);
    const unnamed = rows(withException({ date: '2026-09-22', closed: true }), '2026-09-22T10:00+02:00', en);
    expect(unnamed[1]).to.deep.include({ hours: 'Closed', note: 'Special opening hours' });
  });
});

describe('contact-status: links', () => {
  const phones: [string, string | undefined][] = [
    ['0512-310 00', 'tel:+4651231000'],
    ['0512 - 31 000', 'tel:+4651231000'],
    ['+46 512 310 00', 'tel:+4651231000'],
    ['+46 (0)512-310 00', 'tel:+4651231000'],
    ['+46 0512-310 00', 'tel:+4651231000'],
    ['0046 512 310 00', 'tel:+4651231000'],
    ['08-123 456 78', 'tel:+46812345678'],
    ['070.123 45 67', 'tel:+46701234567'],
    ['(0512) 310 00', 'tel:+4651231000'],
    ['112', 'tel:112'],
    ['1177', 'tel:1177'],
    ['+1 (212) 555-0100', 'tel:+12125550100'],
    ['ring växeln', undefined],
    ['0512-310 00 (växel)', undefined],
    ['12', undefined],
    ['javascript:alert(1)', undefined],
  ];
  for (const [phone, href] of phones) {
    it(`tel: "${phone}" → ${String(href)}`, () => expect(telHref(phone)).to.equal(href));
  }

  const emails: [string, string | undefined][] = [
    ['kommun@vara.se', 'mailto:kommun@vara.se'],
    [' kommun@vara.se ', 'mailto:kommun@vara.se'],
    ['fornamn.efternamn@kommun.example.se', 'mailto:fornamn.efternamn@kommun.example.se'],
    ['info@vårgårda.se', 'mailto:info@vårgårda.se'],
    ['kommun@vara.se?bcc=other@example.com', undefined],
    ['kommun@vara.se&subject=x', undefined],
    ['two words@vara.se', undefined],
    ['kommun(at)vara.se', undefined],
    ['kommun@vara', undefined],
    ['<kommun@vara.se>', undefined],
    ['javascript:alert(1)//@x.se', undefined],
  ];
  for (const [email, href] of emails) {
    it(`mailto: "${email}" → ${String(href)}`, () => expect(mailtoHref(email)).to.equal(href));
  }
});

describe('contact-status: now, time zone and timer', () => {
  it('reads now with an offset as that instant', () => {
    expect(parseInstant('2026-09-28T08:00+02:00', STOCKHOLM)).to.equal(Date.parse('2026-09-28T06:00:00Z'));
    expect(parseInstant('2026-09-28T06:00:00.250Z', STOCKHOLM)).to.equal(Date.parse('2026-09-28T06:00:00.250Z'));
    expect(parseInstant('2026-09-28T08:00+0200', STOCKHOLM)).to.be.a('number');
  });

  it('reads now without an offset as the office wall clock, whatever the machine zone', () => {
    expect(parseInstant('2026-09-28T08:00', STOCKHOLM)).to.equal(Date.parse('2026-09-28T08:00+02:00'));
    expect(parseInstant('2026-12-24T10:00:30', STOCKHOLM)).to.equal(Date.parse('2026-12-24T10:00:30+01:00'));
    expect(parseInstant('2026-09-28', STOCKHOLM)).to.equal(Date.parse('2026-09-28T00:00+02:00'));
    expect(parseInstant('2026-09-28T08:00', 'America/New_York')).to.equal(Date.parse('2026-09-28T08:00-04:00'));
  });

  for (const bad of ['tomorrow', '2026-02-30T08:00', '2026-09-28T25:00', '28/9/2026', '2026-09-28T08:00+25:00', '']) {
    it(`rejects now="${bad}" with a DataError at now`, () => {
      expect(() => parseInstant(bad, STOCKHOLM))
        .to.throw()
        .with.property('path', 'now');
    });
  }

  it('knows the IANA time zones', () => {
    expect(isTimeZone('Europe/Stockholm')).to.equal(true);
    expect(isTimeZone('America/New_York')).to.equal(true);
    expect(isTimeZone('Europe/Stockholmm')).to.equal(false);
  });

  it('looks again at the next change, or at the office midnight when that comes first', () => {
    const at = (instant: string) => Date.parse(instant);
    const check = (hours: OpeningHours, instant: string) => nextCheck(openingStatus(hours, at(instant)), at(instant), STOCKHOLM);
    expect(check(referenceHours, '2026-09-22T10:15+02:00')).to.equal(at('2026-09-22T16:30+02:00'));
    expect(check(referenceHours, '2026-09-22T19:00+02:00')).to.equal(at('2026-09-23T00:00+02:00'));
    expect(check(referenceHours, '2026-10-24T19:00+02:00')).to.equal(at('2026-10-25T00:00+02:00'));
    expect(check(referenceHours, '2026-03-28T19:00+01:00')).to.equal(at('2026-03-29T00:00+01:00'));
    expect(nextCheck({ state: 'open' }, at('2026-09-22T10:00+02:00'), STOCKHOLM)).to.equal(at('2026-09-23T00:00+02:00'));
    expect(nextCheck({ state: 'open' }, at('2026-09-22T10:00+02:00'), 'Nowhere/Else')).to.equal(undefined);
  });

  it('clamps the delay to what setTimeout takes, and never below zero', () => {
    expect(MAX_DELAY).to.equal(2_147_483_647);
    expect(timerDelay(1_000, 400)).to.equal(600);
    expect(timerDelay(400, 1_000)).to.equal(0);
    expect(timerDelay(40 * 86_400_000, 0)).to.equal(MAX_DELAY);
  });
});
