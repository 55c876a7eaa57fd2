/**
 * A goal's markup, shared by `<goal-card>` (one goal in its own shadow root) and `<goal-list>`
 * (every goal of the list in the list's shadow root): plain functions from validated data to
 * Lit templates, so that neither element copies the other and a server render can use them
 * (nothing here touches the DOM while rendering).
 */
import { html, nothing, svg } from 'lit';
import type { SVGTemplateResult, TemplateResult } from 'lit';
// Named apart from lit's `html`: the build's template minifier leaves these alone (see scripts/minify.mjs).
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { StaticValue } from 'lit/static-html.js';
import { addStrings } from '../base/i18n.js';
import { headingTag } from '../base/kommun-element.js';
import type { HeadingLevel } from '../base/kommun-element.js';
import { paragraphs, pickText } from '../data/localized-text.js';
import type { PickedText } from '../data/localized-text.js';
import type { Factor, Goal, GoalStatus, Indicator, LocalizedText, StatusLevel } from '../data/types.js';
import { barScale, formatQuantity, resolveFactors, safeLinks, standing, trend } from './goal-view.js';
import type { DroppedLink, ShownLink } from './goal-view.js';
import ar from './locales/ar.json';
import en from './locales/en.json';
import fi from './locales/fi.json';
import sv from './locales/sv.json';

addStrings('goal-card', { sv, en, fi, ar });

type Name = 'article' | 'heading' | 'description' | 'status' | 'factors' | 'indicators' | 'links';

/**
 * The `part` names of a goal's elements, and what opens and closes around its article (`<li>`
 * in a list). Static values: they are written into the templates, not set on every goal's
 * elements. Only this module's own constants become static values, never data.
 */
export type GoalMarkup = Record<Name | 'open' | 'close', StaticValue>;

function markup(names: Record<Name | 'open' | 'close', string>): GoalMarkup {
  return Object.fromEntries(Object.entries(names).map(([key, name]) => [key, unsafeStatic(name)])) as GoalMarkup;
}

/** `<goal-card>`: the parts as the card documents them. */
export const CARD_MARKUP = markup({
  article: 'article',
  heading: 'heading',
  description: 'description',
  status: 'status',
  factors: 'factors',
  indicators: 'indicators',
  links: 'links',
  open: '',
  close: '',
});

/** `<goal-list>`: each goal an item of the list, its parts named `card-…` as the list documents them. */
export const LIST_MARKUP = markup({
  article: 'card card-article',
  heading: 'card-heading',
  description: 'card-description',
  status: 'card-status',
  factors: 'card-factors',
  indicators: 'card-indicators',
  links: 'card-links',
  open: '<li part="item">',
  close: '</li>',
});

/** What a goal is rendered with, from the element that shows it. */
export interface GoalContext {
  /** The element's translator; keys are those of the goal-card locale files (`status.heading`). */
  t: (key: string, values?: Record<string, string>) => string;
  /** The language around the element (its `lang`, an ancestor's, or the page's). */
  lang: string;
  /** The language of the UI strings (and of the numbers). */
  uiLang: string;
  level: HeadingLevel;
  /** Prefix of the goal's ids, so that several goals share one shadow root: `goal-3-`. */
  ids: string;
  markup: GoalMarkup;
  /** Where the goal sits in the data, for warnings: `goal`, `goals[2]`. */
  path: string;
  warnings: LinkWarnings;
}

/** A shape per level, so that the status never rests on colour alone (the text says it too). */
const STATUS_ICONS: Record<StatusLevel, SVGTemplateResult> = {
  achieved: svg`<path d="M3.5 8.5l3 3 6-7" />`,
  'on-track': svg`<path d="M3 8h9M8.5 4.5 12 8l-3.5 3.5" />`,
  'at-risk': svg`<path d="M8 3v6" /><path d="M8 12.5v.5" />`,
  'off-track': svg`<path d="M4.5 4.5l7 7M11.5 4.5l-7 7" />`,
  'not-assessed': svg`<path d="M4 8h8" />`,
};

/** The id of a goal's heading, which names its article. */
export function headingId(ids: string): string {
  return `${ids}heading`;
}

/**
 * One goal: an `<article>` named by its real heading, then its status, paragraphs, success
 * factors (labelled from `factors`, the known ones, already validated), indicators and links.
 * The article's template is written without whitespace between its elements: in a list of a
 * thousand goals every text node counts.
 */
export function renderGoal(goal: Goal, factors: readonly Factor[], context: GoalContext): TemplateResult {
  const { markup: m } = context;
  const tag = headingTag(context.level);
  const title = pick(goal.title, context);
  const id = headingId(context.ids);
  return staticHtml`${m.open}<article part="${m.article}" aria-labelledby=${id}><${tag} id=${id} class="heading" part="${m.heading}" tabindex="-1" lang=${title.lang ?? nothing}>${title.text}</${tag}>${
    goal.status ? renderStatus(goal.status, context) : nothing
  }${renderDescription(goal, context)}${goal.successFactors?.length ? renderFactors(goal.successFactors, factors, context) : nothing}${
    goal.indicators?.length ? renderIndicators(goal.indicators, context) : nothing
  }${goal.links?.length ? renderLinks(context.warnings.shown(goal, context.path), context) : nothing}</article>${m.close}`;
}

function pick(value: LocalizedText, context: GoalContext): PickedText {
  return pickText(value, context.lang, context.uiLang);
}

function renderStatus(status: GoalStatus, context: GoalContext): TemplateResult {
  const { t } = context;
  const label = status.label ? pick(status.label, context) : { text: t(`status.${status.level}`), lang: undefined };
  return staticHtml`<p class="status" part="${context.markup.status}" data-level=${status.level}>
    <svg class="status-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${STATUS_ICONS[status.level]}</svg>
    <span class="status-heading">${t('status.heading')}</span>
    <span class="status-label" lang=${label.lang ?? nothing}>${label.text}</span>
  </p>`;
}

function renderDescription(goal: Goal, context: GoalContext): TemplateResult | typeof nothing {
  const parts = paragraphs(goal.description, context.lang, context.uiLang);
  if (!parts.length) return nothing;
  return staticHtml`<div class="description" part="${context.markup.description}">${parts.map((p) => html`<p lang=${p.lang ?? nothing}>${p.text}</p>`)}</div>`;
}

function renderFactors(names: readonly string[], factors: readonly Factor[], context: GoalContext): TemplateResult {
  const label = `${context.ids}factors-label`;
  return staticHtml`<div class="factors" part="${context.markup.factors}">
    <p class="label" id=${label}>${context.t('factors')}</p>
    <ul aria-labelledby=${label}>
      ${resolveFactors(names, factors).map((name) => {
        const picked = pick(name, context);
        return html`<li lang=${picked.lang ?? nothing}>${picked.text}</li>`;
      })}
    </ul>
  </div>`;
}

function renderIndicators(indicators: readonly Indicator[], context: GoalContext): TemplateResult {
  const { t } = context;
  const hasTarget = indicators.some((indicator) => indicator.target !== undefined);
  const hasYear = indicators.some((indicator) => indicator.year !== undefined);
  const column = (key: string) => html`<th scope="col">${t(`indicators.${key}`)}</th>`;
  // The frame is what the narrow layout measures (goal.styles.ts): the goal's own width, in a grid column too.
  return staticHtml`<div class="indicators-frame">
    <table class="indicators" part="${context.markup.indicators}">
      <caption>${t('indicators.caption')}</caption>
      <thead>
        <tr>
          ${column('label')} ${column('value')} ${hasTarget ? column('target') : nothing} ${hasYear ? column('year') : nothing}
          ${hasTarget ? column('standing') : nothing}
        </tr>
      </thead>
      <tbody>
        ${indicators.map((indicator) => renderIndicator(indicator, hasTarget, hasYear, context))}
      </tbody>
    </table>
  </div>`;
}

function renderIndicator(indicator: Indicator, hasTarget: boolean, hasYear: boolean, context: GoalContext): TemplateResult {
  const { t, uiLang } = context;
  const label = pick(indicator.label, context);
  const source = indicator.source ? pick(indicator.source, context) : undefined;
  const unit = indicator.unit ? pick(indicator.unit, context).text : undefined;
  const where = standing(indicator);
  return html`<tr>
    <th scope="row">
      <span lang=${label.lang ?? nothing}>${label.text}</span>
      ${source ? html`<span class="source">${t('indicators.source')} <span lang=${source.lang ?? nothing}>${source.text}</span></span>` : nothing}
    </th>
    ${cell('value', indicator.value === undefined ? undefined : formatQuantity(indicator.value, unit, uiLang), t, undefined, renderTrend(indicator, unit, context))}
    ${hasTarget ? cell('target', indicator.target === undefined ? undefined : formatQuantity(indicator.target, unit, uiLang), t) : nothing}
    ${hasYear ? cell('year', indicator.year === undefined ? undefined : String(indicator.year), t) : nothing}
    ${hasTarget ? cell('standing', where && t(`indicators.${where}`), t, where, renderBar(indicator)) : nothing}
  </tr>`;
}

/** Arrows by the value's direction; the words say whether that is better or worse. */
const TREND_ICONS = {
  up: svg`<path d="M8 13V3M4 7l4-4 4 4" />`,
  down: svg`<path d="M8 3v10M4 9l4 4 4-4" />`,
  same: svg`<path d="M3 8h10M9 4l4 4-4 4" />`,
};

/** "Bättre än 2023 (71 %)", with an arrow named by the direction ("Ökning"): never colour alone. */
function renderTrend(indicator: Indicator, unit: string | undefined, context: GoalContext): TemplateResult | typeof nothing {
  const moved = trend(indicator);
  if (!moved || !indicator.previous) return nothing;
  const { t, uiLang } = context;
  const words = t(`indicators.trend.${moved.verdict}`, {
    year: String(indicator.previous.year),
    value: formatQuantity(indicator.previous.value, unit, uiLang),
  });
  return html`<span class="trend ${moved.verdict}"
    ><svg class="trend-icon" viewBox="0 0 16 16" role="img" aria-label=${t(`indicators.trend.${moved.direction}`)}>${TREND_ICONS[moved.direction]}</svg>
    <span>${words}</span></span
  >`;
}

/** The value against the target as a small bar; decorative, as the numbers stand in the text beside it. styleMap sets CSSOM properties, which a strict CSP allows. */
function renderBar(indicator: Indicator): TemplateResult | typeof nothing {
  const scale = barScale(indicator);
  if (!scale) return nothing;
  return html`<span class="bar" aria-hidden="true"
    ><span class="bar-value" style=${styleMap({ inlineSize: `${(scale.value * 100).toFixed(1)}%` })}></span
    ><span class="bar-target" style=${styleMap({ insetInlineStart: `${(scale.target * 100).toFixed(1)}%` })}></span
  ></span>`;
}

/**
 * A data cell. Its column's name is repeated inside it (hidden from assistive technology, which
 * has the header) for the stacked layout of narrow goals.
 */
function cell(column: string, text: string | undefined, t: GoalContext['t'], standingClass?: string, extra: unknown = nothing): TemplateResult {
  return html`<td class=${standingClass ? `standing ${standingClass}` : nothing}>
    <span class="cell-label" aria-hidden="true">${t(`indicators.${column}`)}</span>
    ${text === undefined ? html`<span aria-hidden="true">–</span><span class="visually-hidden">${t('indicators.none')}</span>` : html`<span>${text}</span>`}${extra}
  </td>`;
}

function renderLinks(links: readonly ShownLink[], context: GoalContext): TemplateResult | typeof nothing {
  if (!links.length) return nothing;
  const label = `${context.ids}links-label`;
  return staticHtml`<div class="links" part="${context.markup.links}">
    <p class="label" id=${label}>${context.t('links')}</p>
    <ul aria-labelledby=${label}>
      ${links.map((link) => {
        const text = pick(link.text, context);
        return html`<li><a href=${link.href} lang=${text.lang ?? nothing}>${text.text}</a></li>`;
      })}
    </ul>
  </div>`;
}

/** An element's warnings about links left out: each one named once, however often it renders. */
export class LinkWarnings {
  private readonly warned = new Set<string>();

  /** `element`: the one that shows the goals, named in the warnings. */
  constructor(private readonly element: Element) {}

  /** The goal's safe links; each link left out is named in one warning. */
  shown(goal: Goal, path: string): ShownLink[] {
    const { shown, dropped } = safeLinks(goal.links ?? [], path);
    for (const link of dropped) this.warn(link);
    return shown;
  }

  private warn({ path, href }: DroppedLink): void {
    const key = `${path} ${href}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    console.warn(`${this.element.localName}: ${path} ${JSON.stringify(href.slice(0, 60))} is not an http, https, mailto or tel link; the link is left out`);
  }
}

/**
 * Moves focus to a goal's heading and brings it into view, as following a link to it does.
 * `auto` follows the page's own `scroll-behavior` (and so its reduced-motion choice).
 */
export function focusHeading(heading: HTMLElement): void {
  heading.scrollIntoView({ block: 'start', behavior: 'auto' });
  heading.focus({ preventScroll: true });
}
