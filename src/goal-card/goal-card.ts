import type { CSSResultGroup, PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { DataSource } from '../base/data-source.js';
import { defineElement } from '../base/define.js';
import { parseFactor, parseGoal } from '../data/goal-set.js';
import { KommunElement } from '../base/kommun-element.js';
import { baseStyles } from '../base/styles.js';
import type { Factor, FactorInput, GoalInput } from '../data/types.js';
import { DataError } from '../lib/data-error.js';
import { list } from '../lib/validate.js';
import { goalStyles } from './goal-card.styles.js';
import { KoladaFigures } from './kolada-figures.js';
import { CARD_MARKUP, LinkWarnings, focusHeading, headingId, renderGoal } from './goal-render.js';

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
 * @fires kommun-error - The data could not be used, or (with `kolada-live`) Kolada's figures could not be fetched. `detail: { code, message, path }`.
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
 * @cssprop --kommun-color-accent - The rim on top of the card, list markers, links and the focus ring.
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
  static override styles: CSSResultGroup = [baseStyles, goalStyles];
  protected static override namespace = 'goal-card';
  protected static override dataAttributes = ['goal'];
  /** How `kommun-elements render` pre-renders it. @internal */
  static override ssr = { data: 'goal' };

  /** The goal as data (highest priority): a Goal, or JSON text. Validated when set; the id is filled in from the title. */
  @property({ attribute: false })
  goal: GoalInput | string | undefined;

  /**
   * The known success factors (for example a goal set's `successFactors`), so that the ids a goal
   * names are shown as their labels. A name no factor matches is shown as written.
   * `<goal-list>` passes its goal set's factors.
   */
  @property({ attribute: false })
  factors: readonly FactorInput[] | undefined;

  /** The level of the goal's heading, 2–6. */
  @property({ attribute: 'heading-level', type: Number })
  headingLevel = 2;

  /**
   * Fetches the figures of indicators that name a Kolada KPI (`"kolada": {"kpi", "municipality"}`)
   * from Kolada in the browser: the latest value and year, the year before as a trend, "Källa: Kolada".
   * The written values show meanwhile, and stay if Kolada does not answer within 8 s. The page's
   * CSP must allow `connect-src https://api.kolada.se`.
   */
  @property({ attribute: 'kolada-live', type: Boolean })
  koladaLive = false;

  /** The Kolada API's base URL for `kolada-live` (default `https://api.kolada.se/v3`): a mirror or a test server. */
  @property({ attribute: 'kolada-api' })
  koladaApi: string | undefined;

  private readonly data = new DataSource(this, {
    attribute: 'goal',
    property: () => this.goal,
    src: () => undefined,
    parse: parseGoal,
  });

  private readonly kolada = new KoladaFigures(this, {
    live: () => this.koladaLive,
    api: () => this.koladaApi,
    goals: () => (this.data.value ? [{ goal: this.data.value, path: 'goal' }] : []),
  });

  private knownFactors: Factor[] = [];
  private readonly warnings = new LinkWarnings(this);

  /**
   * Moves focus to the goal's heading and brings it into view, as following a link to the goal
   * does. Resolves to false when there is no goal to show.
   */
  async focusHeading(): Promise<boolean> {
    await this.updateComplete;
    const heading = this.renderRoot.querySelector<HTMLElement>(`#${headingId('')}`);
    if (!heading) return false;
    focusHeading(heading);
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
    return renderGoal(this.kolada.apply(goal), this.knownFactors, {
      t: (key, values) => this.t(key, values),
      lang: this.contextLang,
      uiLang: this.uiLang,
      level: this.checkedHeadingLevel(this.headingLevel),
      ids: '',
      markup: CARD_MARKUP,
      path: 'goal',
      warnings: this.warnings,
    });
  }
}

defineElement('goal-card', GoalCard);

declare global {
  interface HTMLElementTagNameMap {
    'goal-card': GoalCard;
  }
}
