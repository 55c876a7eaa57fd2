/**
 * A host page whose CSS fights the elements: resets of buttons, lists, headings, line-height and
 * box-sizing, and `html { font-size: 62.5% }` (with the body set back to 1.6rem, as such sites do).
 * Every element must stay readable: text at the page's size, list markers, targets ≥ 24 px.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { referenceContact } from '../src/contact-status/contact-status.fixtures.js';
import { referenceSet } from '../src/goal-list/goal-list.fixtures.js';
import { referenceFactors } from '../src/success-factors/success-factors.fixtures.js';
import { shadow, until } from './helpers.js';

/** The element nearest `node` that holds text, computed-style-wise. */
const fontSize = (node: Element) => parseFloat(getComputedStyle(node).fontSize);

const HOSTILE_CSS = `
  html { font-size: 62.5%; }
  body { font-size: 1.6rem; line-height: 1; }
  * { box-sizing: content-box; margin: 0; padding: 0; }
  ul, ol, li { list-style: none; }
  h1, h2, h3, h4, h5, h6 { font-size: 1rem; font-weight: normal; }
  button { all: unset; font-size: 0.5rem; }
  a { color: inherit; text-decoration: none; }
  p, li, span { font-size: 1rem; letter-spacing: 0.3em; text-transform: uppercase; }
`;

describe('on a hostile host page', () => {
  let style: HTMLStyleElement;
  before(() => {
    style = document.createElement('style');
    style.textContent = HOSTILE_CSS;
    document.head.append(style);
  });
  after(() => style.remove());

  it('<success-factors> keeps the page text size, its heading larger, real list markers and no transformed text', async () => {
    const el = await fixture(html`<success-factors .factors=${referenceFactors}></success-factors>`);
    const root = shadow(el);
    const item = root.querySelector('li')!;
    const heading = root.querySelector('h2')!;
    const itemStyle = getComputedStyle(item);
    expect(parseFloat(itemStyle.fontSize)).to.equal(16);
    expect(parseFloat(getComputedStyle(heading).fontSize)).to.be.above(16);
    expect(itemStyle.listStyleType).to.equal('disc');
    expect(itemStyle.textTransform).to.equal('none');
    expect(itemStyle.letterSpacing).to.equal('normal');
    expect(parseFloat(itemStyle.lineHeight)).to.be.at.least(16 * 1.4);
  });

  it('<goal-list> keeps text at the page size, marks its summary list and keeps card headings larger', async () => {
    const el = await fixture(html`<goal-list summary .goals=${referenceSet}></goal-list>`);
    await until(() => shadow(el).querySelectorAll('[part~="card"]').length === 4, 'goals render');
    const summaryItem = shadow(el).querySelector('[part~="summary"] li')!;
    expect(getComputedStyle(summaryItem).listStyleType).to.not.equal('none');
    const paragraph = shadow(el).querySelector('[part~="card-description"] p')!;
    expect(fontSize(paragraph)).to.equal(16);
    expect(getComputedStyle(paragraph).textTransform).to.equal('none');
    expect(fontSize(shadow(el).querySelector('[part~="card-heading"]')!)).to.be.above(16);
  });

  it('<contact-status> keeps its text and its disclosure readable', async () => {
    const el = await fixture(html`<contact-status .contact=${referenceContact} now="2026-09-25T18:00:00+02:00"></contact-status>`);
    const status = shadow(el).querySelector('[part~="status"]')!;
    expect(fontSize(status)).to.be.at.least(16);
    const summary = shadow(el).querySelector('summary')!;
    expect(summary.getBoundingClientRect().height).to.be.at.least(24);
  });

  it('<page-feedback> buttons stay buttons with targets of at least 24 × 24 px', async () => {
    const el = await fixture(html`<page-feedback></page-feedback>`);
    const buttons = [...shadow(el).querySelectorAll('button')].filter((b) => b.getBoundingClientRect().width > 0);
    expect(buttons.length).to.be.at.least(2);
    for (const button of buttons) {
      const box = button.getBoundingClientRect();
      expect(box.width, button.textContent ?? '').to.be.at.least(24);
      expect(box.height, button.textContent ?? '').to.be.at.least(24);
      expect(fontSize(button)).to.be.at.least(16);
    }
  });
});
