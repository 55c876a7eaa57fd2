/**
 * Themes that reach every element, and contrast that holds without any theme: on a light host
 * page and on a dark one (color-scheme: dark), measured on every text node an element shows.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/index.js';
import type { ContactStatus, PageFeedback } from '../src/index.js';
import { instants, referenceContact } from '../src/contact-status/contact-status.fixtures.js';
import { indicatorGoal, linkGoal, referenceFactors, statusGoals } from '../src/goal-card/goal-card.fixtures.js';
import { referenceSet } from '../src/goal-list/goal-list.fixtures.js';
import { shadow } from './helpers.js';

const ACCENT = 'rgb(106, 27, 154)'; // a purple that meets 4.5:1 on white

/** Each element in its default state: no layout, no links, only what every page would show. */
const defaults: [string, () => TemplateResult][] = [
  ['contact-status', () => html`<contact-status .contact=${referenceContact} now=${instants.open}></contact-status>`],
  ['goal-card', () => html`<goal-card goal='{"title": "Hållbar ekonomi"}'></goal-card>`],
  ['goal-list', () => html`<goal-list goals='{"title": "Mål för Vara", "goals": [{"title": "Hållbar ekonomi"}, {"title": "Trygg uppväxt"}]}'></goal-list>`],
  ['success-factors', () => html`<success-factors factors='["Folkhälsa", "Samverkan"]'></success-factors>`],
  ['page-feedback', () => html`<page-feedback page="/theme"></page-feedback>`],
];

/** A colour as [r, g, b, a] (0–255, alpha 0–1), whatever syntax the computed style uses. */
const canvas = document.createElement('canvas').getContext('2d')!;
function rgba(color: string): [number, number, number, number] {
  canvas.fillStyle = '#000';
  canvas.fillStyle = color;
  canvas.fillRect(0, 0, 1, 1);
  canvas.clearRect(0, 0, 1, 1);
  canvas.fillStyle = color;
  canvas.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0, a = 0] = canvas.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

/** Every colour a part of the element is drawn in: text, borders, backgrounds, strokes, list markers. */
function coloursOf(el: Element): string[] {
  const colours: string[] = [];
  for (const node of shadow(el).querySelectorAll('*')) {
    if (node.getClientRects().length === 0) continue;
    const style = getComputedStyle(node);
    colours.push(style.color, style.backgroundColor, style.stroke, style.outlineColor);
    for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
      if (parseFloat(style[`border${side}Width`]) > 0) colours.push(style[`border${side}Color`]);
    }
    if (style.display === 'list-item' && style.listStyleType !== 'none') colours.push(getComputedStyle(node, '::marker').color);
  }
  return colours;
}

const same = (a: string, b: string) => rgba(a).slice(0, 3).join() === rgba(b).slice(0, 3).join();

describe('a theme reaches every element in its default state', () => {
  for (const [name, template] of defaults) {
    it(`${name}: a visible part takes the page's --kommun-color-accent`, async () => {
      const page = await fixture<HTMLDivElement>(html`<div style="--kommun-color-accent: ${ACCENT}">${template()}</div>`);
      const el = page.firstElementChild as ContactStatus;
      await el.updateComplete;
      expect(coloursOf(el).some((colour) => same(colour, ACCENT))).to.equal(true);
      // Without the theme it is the default accent instead.
      const plain = await fixture<ContactStatus>(template());
      expect(coloursOf(plain).some((colour) => same(colour, ACCENT))).to.equal(false);
    });
  }
});

// --- contrast ------------------------------------------------------------------------------

const luminance = ([r, g, b]: number[]) => {
  const channel = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
};
const ratio = (a: number[], b: number[]) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
};
/** `top` (with alpha) over an opaque `bottom`. */
const over = (top: number[], bottom: number[]) => [0, 1, 2].map((i) => top[i]! * top[3]! + bottom[i]! * (1 - top[3]!));

/** The opaque colour behind `node`: its own and its ancestors' backgrounds, across shadow roots, down to the page's. */
function backgroundBehind(node: Element): number[] {
  const layers: number[][] = [];
  for (let at: Element | null = node; at; at = at.parentElement ?? (at.getRootNode() as ShadowRoot).host ?? null) {
    const colour = rgba(getComputedStyle(at).backgroundColor);
    if (colour[3] > 0) layers.push(colour);
    if (colour[3] === 1) break;
  }
  return layers.reduceRight<number[]>((bottom, top) => over(top, bottom), [255, 255, 255]);
}

/** The contrast of every visible text node of the element: [text, ratio]. */
function textContrasts(el: Element): [string, number][] {
  const found: [string, number][] = [];
  const walker = document.createTreeWalker(shadow(el), NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const parent = text.parentElement!;
    if (!text.textContent?.trim() || parent.getClientRects().length === 0 || parent.closest('.visually-hidden, [aria-hidden="true"], .trap')) continue;
    const behind = backgroundBehind(parent);
    found.push([text.textContent.trim().slice(0, 30), ratio(over(rgba(getComputedStyle(parent).color), behind), behind)]);
  }
  return found;
}

/** A page id per page-feedback: an answered page would show the thanks instead of the question. */
let pagesShown = 0;

/** Every element in the states that add colours: the week open, an over-long comment, errors. */
async function everyElement(page: HTMLElement): Promise<Element[]> {
  const states: TemplateResult[] = [
    html`<contact-status .contact=${referenceContact} now=${instants.open}></contact-status>`,
    html`<contact-status .contact=${referenceContact} now=${instants.fridayEvening}></contact-status>`,
    html`<contact-status hours='{"regular": [{"days": ["mon"], "opens": "08.00", "closes": "25.00"}]}'></contact-status>`,
    ...statusGoals.map((goal) => html`<goal-card .goal=${goal} .factors=${referenceFactors}></goal-card>`),
    html`<goal-card .goal=${indicatorGoal}></goal-card>`,
    html`<goal-card .goal=${linkGoal}></goal-card>`,
    html`<goal-list .goals=${referenceSet}></goal-list>`,
    html`<success-factors .factors=${referenceFactors}></success-factors>`,
    html`<success-factors layout="chips" .factors=${referenceFactors}></success-factors>`,
    html`<page-feedback page=${`/contrast/${++pagesShown}`}></page-feedback>`,
    html`<page-feedback page=${`/contrast/${++pagesShown}`} max-length="5"></page-feedback>`,
  ];
  const elements: Element[] = [];
  for (const state of states) {
    const holder = document.createElement('div');
    page.append(holder);
    const el = await fixture(state, { parentNode: holder });
    await (el as ContactStatus).updateComplete;
    shadow(el).querySelector('details')?.setAttribute('open', '');
    elements.push(el);
  }
  const form = elements.at(-1) as PageFeedback;
  shadow(form).querySelector<HTMLButtonElement>('button[part~="no"]')!.click();
  await form.updateComplete;
  const field = shadow(form).querySelector('textarea')!;
  field.value = 'för lång kommentar';
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await form.updateComplete;
  return elements;
}

const pages = {
  light: 'background: #ffffff; color: #1b1b1b',
  'light with grey text': 'background: #ffffff; color: #595959',
  dark: 'color-scheme: dark; background: #121212; color: #e8e8e8',
  'dark navy': 'color-scheme: dark; background: #10243e; color: #f2f2f2',
};

describe('contrast with the default theme', () => {
  for (const [name, style] of Object.entries(pages)) {
    it(`every text node meets 4.5:1 on a ${name} host page`, async () => {
      const page = await fixture<HTMLDivElement>(html`<div style=${style}></div>`);
      const elements = await everyElement(page);
      const measured = elements.flatMap((el) => textContrasts(el).map(([text, value]): [string, string, number] => [el.localName, text, value]));
      expect(measured.length).to.be.greaterThan(100);
      const failing = measured.filter(([, , value]) => value < 4.5).map(([tag, text, value]) => `${tag} "${text}": ${value.toFixed(2)}`);
      expect(failing).to.deep.equal([]);
      for (const el of elements) await expect(el).to.be.accessible();
    });
  }

  it('text follows the host page, unless a theme sets it', async () => {
    const page = await fixture<HTMLDivElement>(html`<div style="color: rgb(10, 60, 20)"><success-factors factors='["Folkhälsa"]'></success-factors></div>`);
    const el = page.firstElementChild!;
    await (el as ContactStatus).updateComplete;
    expect(getComputedStyle(shadow(el).querySelector('li')!).color).to.equal('rgb(10, 60, 20)');
    (el as HTMLElement).style.setProperty('--kommun-color-text', 'rgb(1, 2, 3)');
    expect(getComputedStyle(shadow(el).querySelector('li')!).color).to.equal('rgb(1, 2, 3)');
  });

  it('surfaces follow the host page colour scheme: no white island on a dark page', async () => {
    const page = await fixture<HTMLDivElement>(html`<div style=${pages.dark}><goal-card goal='{"title": "Hållbar ekonomi"}'></goal-card></div>`);
    const card = page.firstElementChild!;
    await (card as ContactStatus).updateComplete;
    expect(luminance(rgba(getComputedStyle(shadow(card).querySelector('article')!).backgroundColor))).to.be.lessThan(0.05);
  });

  it('text on the accent stays readable for a themed accent, light or dark', async () => {
    for (const accent of [ACCENT, 'rgb(0, 90, 140)', 'rgb(108, 184, 230)', 'rgb(255, 200, 0)']) {
      const page = await fixture<HTMLDivElement>(
        html`<div style="--kommun-color-accent: ${accent}"><page-feedback page=${`/accent/${++pagesShown}`}></page-feedback></div>`,
      );
      const el = page.firstElementChild as PageFeedback;
      await el.updateComplete;
      shadow(el).querySelector<HTMLButtonElement>('button[part~="no"]')!.click();
      await el.updateComplete;
      const send = shadow(el).querySelector('button[part~="send"]')!;
      const style = getComputedStyle(send);
      expect(same(style.backgroundColor, accent), accent).to.equal(true);
      expect(ratio(rgba(style.color), rgba(style.backgroundColor)), accent).to.be.at.least(4.5);
    }
  });
});
