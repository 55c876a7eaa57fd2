// `kolada-live`: goals whose indicators name a Kolada KPI fetch their figures in the browser, from a
// local server on another origin that answers in Kolada's v3 shape (test/kolada-server.js).
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/goal-card/goal-card.js';
import '../src/goal-list/goal-list.js';
import type { GoalCard } from '../src/goal-card/goal-card.js';
import type { GoalList } from '../src/goal-list/goal-list.js';
import type { GoalInput } from '../src/data/types.js';
import type { KommunErrorDetail } from '../src/lib/data-error.js';
import { captureWarnings, nextError, shadow, textOf, until } from './helpers.js';

const KPI = { kpi: 'N01951', municipality: '1470', gender: 'T' } as const;

/** A goal with a written value (60 % in 2020) for the KPI the server knows, or `kolada` alone. */
const goal = (
  written = true,
  kolada: GoalInput['indicators'] extends readonly (infer I)[] | undefined ? I : never = { label: 'Andel', unit: '%', kolada: KPI },
): GoalInput => ({
  title: 'Livskraft',
  indicators: [written ? { ...kolada, value: 60, year: 2020 } : kolada],
});

const server = () => executeServerCommand<{ base: string; requests: number }, undefined>('kolada-server');

/** A data cell's text without the column name it repeats for the narrow layout. */
function cellText(cell: Element | undefined): string {
  const copy = cell?.cloneNode(true) as Element | undefined;
  copy?.querySelector('.cell-label')?.remove();
  return textOf(copy);
}

/** The value and year cells and the source line of the first indicator. */
function shown(el: Element) {
  const row = shadow(el).querySelector('tbody tr');
  const [value, year] = row?.querySelectorAll('td') ?? [];
  return { value: cellText(value), year: cellText(year), source: textOf(row?.querySelector('.source')) };
}

describe('kolada-live', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.stop());

  for (const [lang, value, trend, source] of [
    ['sv', '71 %', 'Bättre än 2022 (69,5 %)', 'Källa: Kolada'],
    ['en', '71%', 'Better than 2022 (69.5%)', 'Source: Kolada'],
  ] as const) {
    it(`${lang}: shows Kolada's latest value, its year, the year before as a trend and the source`, async () => {
      const { base } = await server();
      const el = await fixture<GoalCard>(html`<goal-card lang=${lang} kolada-live kolada-api=${`${base}/v3`} .goal=${goal()}></goal-card>`);
      await until(() => shown(el).value.startsWith(value), 'Kolada’s value arrives');
      expect(shown(el).value).to.include(trend);
      expect(shown(el).year).to.include('2023');
      expect(shown(el).source).to.equal(source);
      expect(shadow(el).querySelector('.trend svg')?.getAttribute('aria-label')).to.equal(lang === 'sv' ? 'Ökning' : 'Increase');
      expect(warnings.messages).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  }

  it('an indicator with only a Kolada reference shows the value as missing until it arrives', async () => {
    const { base } = await server();
    const el = await fixture<GoalCard>(html`<goal-card kolada-live kolada-api=${`${base}/slow/v3`} .goal=${goal(false)}></goal-card>`);
    expect(shown(el).value).to.equal('–Saknas');
    await expect(el).to.be.accessible();
    el.remove(); // Leaving the page stops the fetch: nothing is told about it.
  });

  it('a slow Kolada: the written value shows meanwhile and stays after 8 s, told as a timeout', async function () {
    this.timeout(20000);
    const { base } = await server();
    const el = await fixture<GoalCard>(html`<goal-card kolada-live kolada-api=${`${base}/slow/v3`} .goal=${goal()}></goal-card>`);
    const error = nextError(el);
    expect(shown(el).value).to.equal('60 %');
    const started = performance.now();
    expect(await error).to.include({ code: 'timeout', path: 'goal.indicators[0].kolada' });
    expect(performance.now() - started).to.be.within(7000, 10000);
    expect(shown(el).value).to.equal('60 %');
    expect(shown(el).year).to.equal('2020');
    expect(shadow(el).querySelector('[part~="error"]'), 'no notice: the goal is shown with its written figures').to.equal(null);
    expect(warnings.messages.some((m) => m.includes('goal.indicators[0].kolada') && m.includes('N01951'))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  for (const [name, path, code] of [
    ['a failing Kolada (503)', 'fail/v3', 'fetch'],
    ['a Kolada that does not allow this origin (CORS)', 'nocors/v3', 'fetch'],
  ] as const) {
    it(`${name}: the written value stays, told once naming the indicator`, async () => {
      const { base } = await server();
      const el = document.createElement('goal-card');
      el.koladaLive = true;
      el.koladaApi = `${base}/${path}`;
      el.goal = goal();
      const error = nextError(el);
      document.body.append(el);
      try {
        expect(await error).to.include({ code, path: 'goal.indicators[0].kolada' });
        await el.updateComplete;
        expect(shown(el).value).to.equal('60 %');
        expect(warnings.messages.filter((m) => m.includes('goal.indicators[0].kolada'))).to.have.length(1);
        await expect(el).to.be.accessible();
      } finally {
        el.remove();
      }
    });
  }

  it('a KPI Kolada has no value for: the written value stays, told', async () => {
    const { base } = await server();
    const el = document.createElement('goal-card');
    el.setAttribute('kolada-live', '');
    el.setAttribute('kolada-api', `${base}/v3`);
    el.goal = goal(true, { label: 'Okänd', kolada: { kpi: 'U00000', municipality: '1470' } });
    const error = nextError(el);
    document.body.append(el);
    try {
      expect(await error).to.include({ code: 'value', path: 'goal.indicators[0].kolada' });
      expect(shown(el).value).to.equal('60');
    } finally {
      el.remove();
    }
  });

  it('without kolada-live nothing is fetched and the written figures show', async () => {
    const { base, requests } = await server();
    const el = await fixture<GoalCard>(html`<goal-card kolada-api=${`${base}/v3`} .goal=${goal()}></goal-card>`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await server()).requests).to.equal(requests);
    expect(shown(el)).to.deep.include({ value: '60 %', year: '2020' });
  });

  it('kolada-api that is not an http(s) URL: nothing fetched, told at kolada-api', async () => {
    const { requests } = await server();
    const el = document.createElement('goal-card');
    el.koladaLive = true;
    el.koladaApi = 'javascript:alert(1)';
    el.goal = goal();
    const error = nextError(el);
    document.body.append(el);
    try {
      expect((await error) satisfies KommunErrorDetail).to.include({ code: 'value', path: 'kolada-api' });
      expect((await server()).requests).to.equal(requests);
      expect(shown(el).value).to.equal('60 %');
    } finally {
      el.remove();
    }
  });

  it('<goal-list>: each KPI is asked once for the whole list, and every goal naming it shows it', async () => {
    const { base, requests } = await server();
    const goals = [goal(), { ...goal(false), title: 'Hållbar ekonomi' }];
    const el = await fixture<GoalList>(html`<goal-list kolada-live kolada-api=${`${base}/v3`} .goals=${goals}></goal-list>`);
    const values = () => [...shadow(el).querySelectorAll('tbody tr')].map((row) => cellText(row.querySelector('td') ?? undefined));
    await until(() => values().every((text) => text.startsWith('71 %')), 'both goals show Kolada’s value');
    expect((await server()).requests - requests, 'two pages, once').to.equal(2);
    await expect(el).to.be.accessible();
  });
});
