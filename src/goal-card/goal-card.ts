import { html, nothing, svg } from 'lit';
import type { CSSResultGroup, PropertyValues, SVGTemplateResult, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { html as staticHtml } from 'lit/static-html.js';
import { DataSource } from '../base/data-source.js';
import { defineElement } from '../base/define.js';
import { parseFactor, parseGoal } from '../data/goal-set.js';
import { addStrings } from '../base/i18n.js';
import { KommunElement, headingTag } from '../base/kommun-element.js';
import { paragraphs } from '../data/localized-text.js';
import { baseStyles } from '../base/styles.js';
import type { Factor, Goal, GoalStatus, Indicator, StatusLevel } from '../data/types.js';
import { DataError } from '../lib/data-error.js';
import { list } from '../lib/validate.js';
import { goalCardStyles } from './goal-card.styles.js';
import { formatQuantity, resolveFactors, safeLinks, standing } from './goal-view.js';
import type { ShownLink } from './goal-view.js';
import en from './locales/en.json';
import sv from './locales/sv.json';

addStrings('goal-card', sv, en);

/** A shape per level, so that the status never rests on colour alone (the text says it too). */
const STATUS_ICONS: Record<StatusLevel, SVGTemplateResult> = {
  achieved: svg`<path d="M3.5 8.5l3 3 6-7" />`,
  'on-track': svg`<path d="M3 8h9M8.5 4.5 12 8l-3.5 3.5" />`,
  'at-risk': svg`<path d="M8 3v6" /><path d="M8 12.5v.5" />`,
  'off-track': svg`<path d="M4.5 4.5l7 7M11.5 4.5l-7 7" />`,
  'not-assessed': svg`<path d="M4 8h8" />`,
};

/**
 * One overarching goal (övergripande mål): an `<article>` named by its heading, the goal's
 * paragraphs, its status as text, the success factors it names as a list, its indicators as a
 * small table and its links.
 *
 * Text missing in the element's language is shown in Swedish (else the first language given)
 * and marked with its own `lang`. Links keep only `http:`, `https:`, `mailto:` and `tel:`; any
 * other link is left out with a warning that names it (`goal.links[0].href`).
 *
 * @tagname goal-card
 * @summary One goal, from JSON in an attribute, a script child or a property.
 *
 * @attr goal - JSON: a Goal (`{"title", "description"?, "status"?, "successFactors"?, "indicators"?, "links"?}`).
 * @attr lang - Language of the element's text; else the nearest ancestor's, else `<html lang>`, else Swedish.
 *
 * @slot - Fallback content (for example the goal's title and text as plain HTML), shown until the data renders and when scripts fail.
 *
 * @fires kommun-error - The data could not be used. `detail: { code, message, path }`.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart article - The `<article>`.
 * @csspart heading - The goal's title (a real heading at `heading-level`).
 * @csspart description - The paragraphs.
 * @csspart status - The status line.
 * @csspart factors - The goal's success factors (a label and a `<ul>`).
 * @csspart indicators - The table of indicators.
 * @csspart links - The links (a label and a `<ul>`).
 * @csspart error - The notice shown instead of the goal when the data is bad.
 *
 * @cssprop --kommun-font-family - Font family (default: inherited from the page).
 * @cssprop --kommun-color-text - Text colour.
 * @cssprop --kommun-color-muted - Colour of secondary text (labels, sources).
 * @cssprop --kommun-color-accent - Links, focus ring and the heading's rule.
 * @cssprop --kommun-color-surface - Background of the card.
 * @cssprop --kommun-color-border - Border of the card, the status and the table.
 * @cssprop --kommun-color-open - Status mark of achieved and on-track goals.
 * @cssprop --kommun-color-warning - Status mark of goals at risk.
 * @cssprop --kommun-color-closed - Status mark of goals off track.
 * @cssprop --kommun-color-error - Border of the error notice.
 * @cssprop --kommun-space - Space inside the card and below blocks.
 * @cssprop --kommun-radius - Corner radius of the card and the status.
 * @cssprop --kommun-scroll-margin - Space kept above the heading when a link brings it into view (for sticky page headers). Default `1em`.
 */
export class GoalCard extends KommunElement {
  static override styles: CSSResultGroup = [baseStyles, goalCardStyles];
  protected static override namespace = 'goal-card';
  protected static override dataAttributes = ['goal'];

  /** The goal as data (highest priority): a Goal, or JSON text. Validated when set; the id is filled in from the title. */
  @property({ attribute: false })
  goal: Partial<Goal> | string | undefined;

  /**
   * The known success factors (for example a goal set's `successFactors`), so that the ids a goal
   * names are shown as their labels. A name no factor matches is shown as written.
   * `<goal-list>` passes its goal set's factors.
   */
  @property({ attribute: false })
  factors: readonly (Factor | string)[] | undefined;

  /** The level of the goal's heading, 2–6. */
  @property({ attribute: 'heading-level', type: Number })
  headingLevel = 2;

  /**
   * Where the goal sits in the data, for warnings: `goals[2]` when `<goal-list>` shows it.
   * @internal
   */
  @property({ attribute: false })
  dataPath = 'goal';

  private readonly data = new DataSource(this, {
    attribute: 'goal',
    property: () => this.goal,
    src: () => undefined,
    parse: parseGoal,
  });

  private knownFactors: Factor[] = [];
  private warnedLinks = new Set<string>();

  /**
   * Moves focus to the goal's heading and brings it into view, as following a link to the goal
   * does. Resolves to false when there is no goal to show.
   */
  async focusHeading(): Promise<boolean> {
    await this.updateComplete;
    const heading = this.renderRoot.querySelector<HTMLElement>('[part="heading"]');
    if (!heading) return false;
    // `auto` follows the page's own `scroll-behavior` (and so its reduced-motion choice).
    heading.scrollIntoView({ block: 'start', behavior: 'auto' });
    heading.focus({ preventScroll: true });
    return true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('factors')) this.knownFactors = this.readFactors();
  }

  private readFactors(): Factor[] {
    if (!this.factors) return [];
    try {
      return list(parseFactor)(this.factors, 'factors');
    } catch (error) {
      // The goal still shows; its factors are written as they are named.
      if (error instanceof DataError) this.reportError(error);
      return [];
    }
  }

  protected override renderContent(): unknown {
    const { value: goal, error } = this.data;
    if (!goal) return [this.renderError(error), this.renderFallback()];
    const tag = headingTag(this.checkedHeadingLevel(this.headingLevel));
    const title = this.pick(goal.title);
    return html`<article part="article" aria-labelledby="heading">
      ${staticHtml`<${tag} id="heading" class="heading" part="heading" tabindex="-1" lang=${title.lang ?? nothing}>${title.text}</${tag}>`}
      ${goal.status ? this.renderStatus(goal.status) : nothing}
      ${this.renderDescription(goal)}
      ${goal.successFactors?.length ? this.renderFactors(goal.successFactors) : nothing}
      ${goal.indicators?.length ? this.renderIndicators(goal.indicators) : nothing}
      ${goal.links?.length ? this.renderLinks(this.shownLinks(goal)) : nothing}
    </article>`;
  }

  private renderStatus(status: GoalStatus): TemplateResult {
    const label = status.label ? this.pick(status.label) : { text: this.t(`status.${status.level}`), lang: undefined };
    return html`<p class="status" part="status" data-level=${status.level}>
      <svg class="status-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${STATUS_ICONS[status.level]}</svg>
      <span class="status-heading">${this.t('status.heading')}</span>
      <span class="status-label" lang=${label.lang ?? nothing}>${label.text}</span>
    </p>`;
  }

  private renderDescription(goal: Goal): TemplateResult | typeof nothing {
    const parts = paragraphs(goal.description, this.contextLang, this.uiLang);
    if (!parts.length) return nothing;
    return html`<div class="description" part="description">
      ${parts.map((p) => html`<p lang=${p.lang ?? nothing}>${p.text}</p>`)}
    </div>`;
  }

  private renderFactors(names: string[]): TemplateResult {
    return html`<div class="factors" part="factors">
      <p class="label" id="factors-label">${this.t('factors')}</p>
      <ul aria-labelledby="factors-label">
        ${resolveFactors(names, this.knownFactors).map((label) => {
          const picked = this.pick(label);
          return html`<li lang=${picked.lang ?? nothing}>${picked.text}</li>`;
        })}
      </ul>
    </div>`;
  }

  private renderIndicators(indicators: Indicator[]): TemplateResult {
    const hasTarget = indicators.some((indicator) => indicator.target !== undefined);
    const hasYear = indicators.some((indicator) => indicator.year !== undefined);
    const column = (key: string) => html`<th scope="col">${this.t(`indicators.${key}`)}</th>`;
    return html`<table class="indicators" part="indicators">
      <caption>${this.t('indicators.caption')}</caption>
      <thead>
        <tr>
          ${column('label')} ${column('value')} ${hasTarget ? column('target') : nothing} ${hasYear ? column('year') : nothing}
          ${hasTarget ? column('standing') : nothing}
        </tr>
      </thead>
      <tbody>
        ${indicators.map((indicator) => this.renderIndicator(indicator, hasTarget, hasYear))}
      </tbody>
    </table>`;
  }

  private renderIndicator(indicator: Indicator, hasTarget: boolean, hasYear: boolean): TemplateResult {
    const label = this.pick(indicator.label);
    const source = indicator.source ? this.pick(indicator.source) : undefined;
    const unit = indicator.unit ? this.pick(indicator.unit).text : undefined;
    const where = standing(indicator);
    return html`<tr>
      <th scope="row">
        <span lang=${label.lang ?? nothing}>${label.text}</span>
        ${source
          ? html`<span class="source">${this.t('indicators.source')} <span lang=${source.lang ?? nothing}>${source.text}</span></span>`
          : nothing}
      </th>
      ${this.cell('value', formatQuantity(indicator.value, unit, this.uiLang))}
      ${hasTarget ? this.cell('target', indicator.target === undefined ? undefined : formatQuantity(indicator.target, unit, this.uiLang)) : nothing}
      ${hasYear ? this.cell('year', indicator.year === undefined ? undefined : String(indicator.year)) : nothing}
      ${hasTarget ? this.cell('standing', where && this.t(`indicators.${where}`), where) : nothing}
    </tr>`;
  }

  /**
   * A data cell. Its column's name is repeated inside it (hidden from assistive technology, which
   * has the header) for the stacked layout of narrow cards.
   */
  private cell(column: string, text: string | undefined, standingClass?: string): TemplateResult {
    return html`<td class=${standingClass ? `standing ${standingClass}` : nothing}>
      <span class="cell-label" aria-hidden="true">${this.t(`indicators.${column}`)}</span>
      ${text === undefined
        ? html`<span aria-hidden="true">–</span><span class="visually-hidden">${this.t('indicators.none')}</span>`
        : html`<span>${text}</span>`}
    </td>`;
  }

  private renderLinks(links: ShownLink[]): TemplateResult | typeof nothing {
    if (!links.length) return nothing;
    return html`<div class="links" part="links">
      <p class="label" id="links-label">${this.t('links')}</p>
      <ul aria-labelledby="links-label">
        ${links.map((link) => {
          const text = this.pick(link.text);
          return html`<li><a href=${link.href} lang=${text.lang ?? nothing}>${text.text}</a></li>`;
        })}
      </ul>
    </div>`;
  }

  /** The goal's safe links; each link left out is named in one warning. */
  private shownLinks(goal: Goal): ShownLink[] {
    const { shown, dropped } = safeLinks(goal.links ?? [], this.dataPath);
    for (const { path, href } of dropped) {
      const key = `${path} ${href}`;
      if (this.warnedLinks.has(key)) continue;
      this.warnedLinks.add(key);
      console.warn(`${this.localName}: ${path} ${JSON.stringify(href.slice(0, 60))} is not an http, https, mailto or tel link; the link is left out`);
    }
    return shown;
  }
}

defineElement('goal-card', GoalCard);

declare global {
  interface HTMLElementTagNameMap {
    'goal-card': GoalCard;
  }
}
