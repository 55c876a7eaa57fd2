/**
 * Breaks found by trying the elements as editors and hostile pages would (issue 15), each
 * guarded here through the public surface: an unparseable `src`, goals titled in non-Latin scripts,
 * the summary's bullets, contact-status in forced colours and its week disclosure's focus ring.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { instants, referenceContact } from '../src/contact-status/contact-status.fixtures.js';
import type { ContactStatus } from '../src/contact-status/contact-status.js';
import { goalIdFromHash, goalListFrom } from '../src/goal-list/goal-list-data.js';
import type { GoalList } from '../src/goal-list/goal-list.js';
import { slug } from '../src/lib/validate.js';
import { captureWarnings, nextError, shadow, textOf, until } from './helpers.js';

describe('an editor\'s placeholder as src ("http://[")', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.stop());

  for (const tag of ['goal-list', 'success-factors', 'contact-status']) {
    it(`${tag}: no uncaught error; the notice, and kommun-error at src`, async () => {
      const uncaught: unknown[] = [];
      const onError = (event: ErrorEvent) => uncaught.push(event.error);
      window.addEventListener('error', onError);
      const el = document.createElement(tag);
      el.setAttribute('src', 'http://[');
      const error = nextError(el);
      document.body.append(el);
      try {
        expect(await error).to.include({ code: 'value', path: 'src' });
        await until(() => el.shadowRoot?.querySelector('[part~="error"]') != null, 'the notice shows');
        expect(uncaught).to.deep.equal([]);
        expect(warnings.messages.some((m) => m.includes('http://['))).to.equal(true);
      } finally {
        window.removeEventListener('error', onError);
        el.remove();
      }
    });
  }
});

describe('ids for goals titled in any script', () => {
  it('slug keeps letters and digits of every script, and takes the accents off Latin letters only', () => {
    expect(slug('Hållbar ekonomi')).to.equal('hallbar-ekonomi');
    expect(slug('Устойчивая экономика')).to.equal('устойчивая-экономика');
    expect(slug('اقتصاد مستدام')).to.equal('اقتصاد-مستدام');
    expect(slug('Ελληνικά 2030')).to.equal('ελληνικά-2030');
    expect(slug('हिन्दी भाषा')).to.equal('हिन्दी-भाषा');
    expect(slug('  — !')).to.equal('');
  });

  it('two goals titled only in Arabic and Cyrillic get two ids, and the list shows both, each reachable by its anchor', async () => {
    const goals = [{ title: 'اقتصاد مستدام' }, { title: 'Устойчивая экономика' }];
    expect(goalListFrom(goals, 'goals').goals.map((goal) => goal.id)).to.deep.equal(['اقتصاد-مستدام', 'устойчивая-экономика']);
    const el = await fixture<GoalList>(html`<goal-list lang="sv" .goals=${goals}></goal-list>`);
    await el.updateComplete;
    expect(shadow(el).querySelector('[part~="error"]')).to.equal(null);
    const headings = [...shadow(el).querySelectorAll('article h2, article h3')].map((heading) => textOf(heading));
    expect(headings).to.deep.equal(['اقتصاد مستدام', 'Устойчивая экономика']);
    // The address of each: its fragment, percent-encoded as a URL gives it, names it again.
    for (const id of ['اقتصاد-مستدام', 'устойчивая-экономика']) expect(goalIdFromHash(new URL(`#${id}`, location.href).hash)).to.equal(id);
  });
});

describe("goal-list's summary", () => {
  it('a link that wraps keeps its bullet on its first line', async () => {
    const goals = [{ title: 'Ett attraktivt Vara med livskraft för alla, god livskvalitet och en hållbar utveckling' }, { title: 'Kort' }];
    const box = await fixture<HTMLDivElement>(html`<div style="width: 14em"><goal-list summary .goals=${goals}></goal-list></div>`);
    const el = box.querySelector('goal-list')!;
    await el.updateComplete;
    const item = shadow(el).querySelector('.summary li')!;
    const link = item.querySelector('a')!;
    expect(link.getClientRects().length === 1 && link.getBoundingClientRect().height > 40, 'the link wraps').to.equal(true);
    // An empty inline probe sits on the item's first line box, where the bullet (::marker) is drawn.
    const probe = document.createElement('span');
    probe.textContent = '\u200b';
    item.prepend(probe);
    try {
      const line = probe.getBoundingClientRect();
      const top = link.getBoundingClientRect().top;
      expect(line.bottom - top, 'the bullet is on the first line').to.be.below(link.getBoundingClientRect().height / 2);
    } finally {
      probe.remove();
    }
  });
});

/**
 * Applies the element's `@media (forced-colors: active)` rules as if the media matched, in their
 * place at the end of its styles (this headless Chromium does not emulate forced colours).
 */
function forceColours(el: Element): void {
  const root = el.shadowRoot!;
  const rules = root.adoptedStyleSheets
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active'))
    .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText));
  const forced = new CSSStyleSheet();
  forced.replaceSync(rules.join('\n'));
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, forced];
}

describe('contact-status', () => {
  for (const [state, now] of [
    ['open', instants.open],
    ['closed', instants.fridayEvening],
  ] as const) {
    it(`in forced colours, the ${state} icon and word take the system text colour, not their own`, async () => {
      const el = await fixture<ContactStatus>(html`<contact-status .contact=${referenceContact} now=${now}></contact-status>`);
      await el.updateComplete;
      const icon = shadow(el).querySelector<SVGElement>('[part~="status-icon"]')!;
      expect(icon.closest(`.${state}`), state).to.exist;
      const own = getComputedStyle(icon).color;
      forceColours(el);
      const probe = document.createElement('span');
      probe.style.color = 'CanvasText';
      document.body.append(probe);
      try {
        const system = getComputedStyle(probe).color;
        expect(own, 'coloured without forced colours').to.not.equal(system);
        expect(getComputedStyle(icon).color).to.equal(system);
        expect(getComputedStyle(shadow(el).querySelector('.state')!).color).to.equal(system);
      } finally {
        probe.remove();
      }
    });
  }

  it("the week disclosure's focus ring hugs its words, not the whole column", async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div style="width: 40em"><contact-status .contact=${referenceContact} now=${instants.open}></contact-status></div>`,
    );
    const el = box.querySelector<ContactStatus>('contact-status')!;
    await el.updateComplete;
    const summary = shadow(el).querySelector<HTMLElement>('[part~="hours-summary"]')!;
    const details = summary.closest('details')!;
    expect(summary.getBoundingClientRect().width).to.be.below(details.getBoundingClientRect().width / 2);
  });
});
