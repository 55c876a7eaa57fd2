import { expect } from '@open-wc/testing';
import '../src/contact-status/contact-status.js';
import type { ContactStatus } from '../src/contact-status/contact-status.js';
import { compileHours } from '../src/lib/hours/opening-hours.js';
import { governmentOffice } from '../src/contact-status/json-ld.js';

// The exact object, written out by hand from the calendar (test/fixtures/vara-json-ld.json); the
// render command's test (test/ssr/json-ld.test.mjs) checks that it writes the same.
const NOW = '2026-09-25T18:00:00+02:00';
const expected = (await (await fetch(new URL('./fixtures/vara-json-ld.json', import.meta.url))).json()) as Record<string, unknown>;

async function make(attributes: Record<string, string>): Promise<ContactStatus> {
  const el = document.createElement('contact-status');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  document.body.append(el);
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
  await el.updateComplete;
  return el;
}

const scriptOf = (el: Element) => el.querySelector(':scope > script[type="application/ld+json"]');

describe('<contact-status> JSON-LD', () => {
  afterEach(() => document.querySelectorAll('contact-status').forEach((el) => el.remove()));

  it('is the exact GovernmentOffice for the reference data at a fixed instant, in light DOM', async () => {
    const el = await make({ src: '/data/vara-kommun.json', now: NOW });
    await waitFor(() => el.jsonLd !== undefined);
    expect(el.jsonLd).to.deep.equal(expected);
    const script = scriptOf(el);
    expect(script, 'a script in light DOM').to.exist;
    expect(JSON.parse(script!.textContent ?? 'null')).to.deep.equal(expected);
    await expect(el).to.be.accessible();
  });

  it('is left out with no-json-ld, and removed when the attribute is set later', async () => {
    const off = await make({ src: '/data/vara-kommun.json', now: NOW, 'no-json-ld': '' });
    await waitFor(() => off.jsonLd !== undefined);
    expect(scriptOf(off)).to.equal(null);
    const on = await make({ src: '/data/vara-kommun.json', now: NOW });
    await waitFor(() => scriptOf(on) !== null);
    on.noJsonLd = true;
    await on.updateComplete;
    expect(scriptOf(on)).to.equal(null);
  });

  it('keeps the ways to make contact when the hours are bad, and leaves the hours out', async () => {
    const el = await make({ contact: JSON.stringify({ name: 'Kontaktcenter', phone: '0512-310 00', hours: { regular: 'mon' } }), now: NOW });
    expect(el.jsonLd).to.deep.equal({ '@context': 'https://schema.org', '@type': 'GovernmentOffice', name: 'Kontaktcenter', telephone: '+4651231000' });
  });

  it('writes a closed day as 00:00–00:00, a night past midnight with closes before opens, a whole day to 23:59, and the address', () => {
    const hours = compileHours({
      regular: [
        { days: ['fri'], opens: '18.00', closes: '02.00' },
        { days: ['sat'], opens: '00.00', closes: '24.00' },
      ],
    });
    const office = governmentOffice(
      { name: 'Jour', address: { streetAddress: 'Stationsgatan 1', postalCode: '534 31', addressLocality: 'Vara' } },
      hours,
      '2026-09-21',
    );
    expect(office.address).to.deep.equal({ '@type': 'PostalAddress', streetAddress: 'Stationsgatan 1', postalCode: '534 31', addressLocality: 'Vara' });
    const days = (names: string[]) => names.map((d) => `https://schema.org/${d}`);
    expect(office.openingHoursSpecification).to.deep.equal([
      { '@type': 'OpeningHoursSpecification', dayOfWeek: days(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Sunday']), opens: '00:00', closes: '00:00' },
      { '@type': 'OpeningHoursSpecification', dayOfWeek: days(['Friday']), opens: '18:00', closes: '02:00' },
      { '@type': 'OpeningHoursSpecification', dayOfWeek: days(['Saturday']), opens: '00:00', closes: '23:59' },
    ]);
    // Holidays and eves close: långfredagen and påskafton 2027 (Friday, Saturday) are one closed entry.
    expect(office.specialOpeningHoursSpecification).to.deep.include({
      '@type': 'OpeningHoursSpecification',
      validFrom: '2027-03-26',
      validThrough: '2027-03-27',
      opens: '00:00',
      closes: '00:00',
    });
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition(), 'waited for the data').to.equal(true);
}
