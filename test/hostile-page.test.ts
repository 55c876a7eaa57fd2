/**
 * A host page whose CSS fights the elements: resets of buttons, lists, headings, line-height and
 * box-sizing, and `html { font-size: 62.5% }` (with the body set back to 1.6rem, as such sites do).
 * Every element must stay readable: text at the page's size, list markers, targets ≥ 24 px.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { referenceFactors } from '../src/success-factors/success-factors.fixtures.js';
import { shadow } from './helpers.js';

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
});
