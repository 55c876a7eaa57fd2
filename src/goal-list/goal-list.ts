import { html, nothing } from 'lit';
import type { CSSResultGroup, PropertyValues, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { html as staticHtml } from 'lit/static-html.js';
import { DataSource } from '../base/data-source.js';
import { defineElement } from '../base/define.js';
import { addStrings } from '../base/i18n.js';
import { KommunElement, headingTag } from '../base/kommun-element.js';
import type { HeadingLevel } from '../base/kommun-element.js';
import { baseStyles } from '../base/styles.js';
import type { Goal, GoalsInput, LocalizedText } from '../data/types.js';
import { GoalCard } from '../goal-card/goal-card.js';
import { goalStyles } from '../goal-card/goal-card.styles.js';
import { LIST_MARKUP, LinkWarnings, focusHeading, headingId, renderGoal } from '../goal-card/goal-render.js';
import { KoladaFigures } from '../goal-card/kolada-figures.js';
import type { GoalContext } from '../goal-card/goal-render.js';
import { goalHref, goalIdFromHash, goalListFrom, setTitleLevel } from './goal-list-data.js';
import { goalListStyles } from './goal-list.styles.js';
import ar from './locales/ar.json';
import en from './locales/en.json';
import fi from './locales/fi.json';
import sv from './locales/sv.json';

addStrings('goal-list', { sv, en, fi, ar });

/** The ids of the goal at `index`: unique in the list's shadow root, whatever the goals' own ids. */
const goalIds = (index: number) => `goal-${index}-`;

/** Nodes in the order of the document. */
function inDocumentOrder<T extends Node>(nodes: Iterable<T>): T[] {
  return [...nodes].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

/**
 * A municipality's overarching goals (övergripande mål): the goal set's title, intro and note
 * when given, an optional summary of the goal titles linking to the goals, and each goal as
 * `<goal-card>` shows one: an `<article>` named by its heading, in an item of one list (the same
 * markup, rendered in the list's own shadow root).
 *
 * **Headings.** `heading-level` is the level of each goal's title (default 2). The goal set's
 * title sits one level above the goals, but never above h2 (h1 is the page's): with the default
 * the page's h1 is followed by the set's title and the goals, all h2, as on the reference page;
 * `heading-level="3"` nests the goals (h3) under the set's title (h2).
 *
 * **Bad data.** The list is valid as a whole or not shown: one bad goal (say `goals[2].title`
 * missing) shows the notice naming it, with the light-DOM fallback, instead of the other goals.
 * Two goals with the same id are an error too (`goals[3].id`), since the id is the goal's address.
 *
 * **Deep links.** A goal's address is `#<goal id>` (`id` from the data, else a slug of the Swedish
 * title: `#hallbar-ekonomi`). Ids inside shadow roots are out of reach of the browser's own
 * fragment navigation, so the list does it: when the page loads with such a fragment, or the
 * fragment changes (`hashchange`, the summary links, the back button), the goal is brought
 * into view and focus moves to its heading. With several lists on a page sharing goal ids (a
 * Swedish and an English list, or this period's goals and the next one's), a summary link leads
 * to the goal in its own list; a fragment in the URL on load, or changed otherwise (the back
 * button), to the goal in the first list, in document order, that has it.
 *
 * @tagname goal-list
 * @summary A municipality's goals, from one data file, in Swedish and English.
 *
 * @attr goals - JSON: a list of goals, or a whole goal set (`{"title", "intro", "note", "goals", "successFactors", …}`).
 * @attr src - URL of a JSON file holding the same (a goal set serves every element).
 * @attr lang - Language of the element's text; else the nearest ancestor's, else `<html lang>`, else Swedish.
 *
 * @slot - Fallback content (for example a plain `<ul>` of the goal titles), shown until the data renders, when scripts fail, and with the notice when the data is bad.
 *
 * @fires kommun-error - The data could not be used, or (with `kolada-live`) Kolada's figures could not be fetched. `detail: { code, message, path }`.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart title - The goal set's title.
 * @csspart intro - The goal set's intro.
 * @csspart summary - The `<nav>` with the list of goal titles (with `summary`).
 * @csspart note - The goal set's note.
 * @csspart list - The `<ul>` of goals.
 * @csspart item - Each `<li>` of the list.
 * @csspart card - Each goal's `<article>` (also `card-article`).
 * @csspart card-article - Each goal's `<article>`, as `<goal-card>`'s part `article`.
 * @csspart card-heading - Each goal's heading.
 * @csspart card-description - Each goal's paragraphs.
 * @csspart card-status - Each goal's status line.
 * @csspart card-factors - Each goal's success factors.
 * @csspart card-indicators - Each goal's table of indicators.
 * @csspart card-links - Each goal's links.
 * @csspart error - The notice shown instead of the goals when the data is bad.
 *
 * @cssprop --kommun-font-family - Font family (default: inherited from the page).
 * @cssprop --kommun-color-text - Text colour.
 * @cssprop --kommun-color-muted - Colour of secondary text.
 * @cssprop --kommun-color-accent - The rule under the set's title, the rim on each goal, list markers, links and the focus ring.
 * @cssprop --kommun-color-surface - Background of the cards and notices.
 * @cssprop --kommun-color-border - Border of the cards.
 * @cssprop --kommun-color-error - Border of the error notice.
 * @cssprop --kommun-space - Space between blocks and cards.
 * @cssprop --kommun-radius - Corner radius of cards and notices.
 * @cssprop --kommun-grid-min - Narrowest column of the `grid` layout (default `20em`); narrower containers get one column.
 * @cssprop --kommun-scroll-margin - Space kept above a goal's heading when it is brought into view (for sticky page headers). Default `1em`.
 */
export class GoalList extends KommunElement {
  static override styles: CSSResultGroup = [baseStyles, goalStyles, goalListStyles];
  protected static override namespace = 'goal-list';
  protected static override alsoNamespaces = ['goal-card'];
  protected static override dataAttributes = ['goals'];
  /** How `kommun-elements render` pre-renders it. @internal */
  static override ssr = { data: 'goals', src: true };

  /**
   * The goals as data (highest priority): a list of goals, a goal set, or JSON text. Validated
   * as a whole when set; ids are filled in from the titles.
   */
  @property({ attribute: false })
  goals: GoalsInput | string | undefined;

  /** URL of a JSON file with the goals or a goal set; used when no other source gives data. */
  @property({ reflect: true })
  src: string | undefined;

  /** The level of each goal's heading, 2–6; the set's title is one level above (h2 at the highest). */
  @property({ attribute: 'heading-level', type: Number })
  headingLevel = 2;

  /** Shows a list of the goal titles first, each a link to its goal. */
  @property({ type: Boolean, reflect: true })
  summary = false;

  /** `list` (one goal under another, default) or `grid` (columns that reflow to one on narrow screens). */
  @property({ reflect: true })
  layout: 'list' | 'grid' = 'list';

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
    attribute: 'goals',
    property: () => this.goals,
    src: () => this.src,
    parse: goalListFrom,
  });

  private readonly kolada = new KoladaFigures(this, {
    live: () => this.koladaLive,
    api: () => this.koladaApi,
    goals: () => this.data.value?.goals.map((goal, i) => ({ goal, path: `goals[${i}]` })) ?? [],
  });

  private readonly warnings = new LinkWarnings(this);

  /** The lists on the page: a fragment's goal is focused in one of them only. */
  private static readonly connected = new Set<GoalList>();

  /** The summary link just followed: the hashchange it causes belongs to its own list. */
  private static followed: { list: GoalList; hash: string } | undefined;

  /** One listener for every list, so that one of them, not each, answers a fragment. */
  private static readonly onHashChange = () => {
    const { followed } = GoalList;
    GoalList.followed = undefined;
    const id = goalIdFromHash(location.hash);
    if (id === undefined) return;
    const own = followed?.hash === location.hash ? followed.list : undefined;
    const list = own ?? inDocumentOrder(GoalList.connected).find((each) => each.hasGoal(id));
    if (list?.hasGoal(id)) void list.focusGoal(id);
  };

  /** A goal named in the URL when the element arrived, shown once its data is there. */
  private pendingId: string | undefined;

  private arrived = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // Only on arrival: a list moved around the page later must not pull focus to itself.
    if (!this.arrived) this.pendingId = goalIdFromHash(location.hash);
    this.arrived = true;
    if (!GoalList.connected.size) window.addEventListener('hashchange', GoalList.onHashChange);
    GoalList.connected.add(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    GoalList.connected.delete(this);
    if (!GoalList.connected.size) window.removeEventListener('hashchange', GoalList.onHashChange);
  }

  /**
   * Brings the goal with this id into view and moves focus to its heading. Resolves to false
   * when the list has no such goal.
   */
  async focusGoal(id: string): Promise<boolean> {
    await this.updateComplete;
    const index = this.data.value?.goals.findIndex((goal) => goal.id === id) ?? -1;
    const heading = index < 0 ? null : this.renderRoot.querySelector<HTMLElement>(`#${headingId(goalIds(index))}`);
    if (!heading) return false;
    focusHeading(heading);
    return true;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.pendingId !== undefined) GoalList.settleDeepLink(this.pendingId);
  }

  /**
   * The first list in document order that has the goal a URL named on arrival takes focus, and
   * no other. A list still loading may have it: the lists after it wait for its data.
   */
  private static settleDeepLink(id: string): void {
    const waiting = inDocumentOrder([...GoalList.connected].filter((list) => list.pendingId === id));
    for (const list of waiting) {
      if (!list.hasUpdated || list.data.loading) return; // It settles this when its data is there.
      if (list.hasGoal(id)) {
        for (const each of waiting) each.pendingId = undefined;
        void list.focusGoal(id);
        return;
      }
      // Its first data decides: a fragment naming none of its goals is someone else's anchor.
      if (list.data.value) list.pendingId = undefined;
    }
  }

  private hasGoal(id: string): boolean {
    return this.data.value?.goals.some((goal) => goal.id === id) ?? false;
  }

  protected override renderContent(): unknown {
    const { value, error } = this.data;
    if (!value) return [this.renderError(error), this.renderFallback()];
    const level = this.checkedHeadingLevel(this.headingLevel);
    const { goals, set } = value;
    // Validated once, with the goals (goalListFrom): nothing here checks a goal again.
    const factors = set?.successFactors ?? [];
    const context: Omit<GoalContext, 'ids' | 'path'> = {
      t: (key, values) => this.t(key, values),
      lang: this.contextLang,
      uiLang: this.uiLang,
      level,
      markup: LIST_MARKUP,
      warnings: this.warnings,
    };
    return html`
      ${set?.title ? this.renderTitle(set.title, setTitleLevel(level)) : nothing} ${this.renderText(set?.intro, 'intro')}
      ${this.summary ? this.renderSummary(goals) : nothing} ${this.renderText(set?.note, 'note')}
      <ul class="goals" part="list" role="list">
        ${goals.map((goal, i) => renderGoal(this.kolada.apply(goal), factors, { ...context, ids: goalIds(i), path: `goals[${i}]` }))}
      </ul>
    `;
  }

  private renderTitle(title: LocalizedText, level: HeadingLevel): TemplateResult {
    const tag = headingTag(level);
    const picked = this.pick(title);
    return staticHtml`<${tag} class="title" part="title" lang=${picked.lang ?? nothing}>${picked.text}</${tag}>`;
  }

  private renderText(text: LocalizedText | undefined, part: 'intro' | 'note'): TemplateResult | typeof nothing {
    if (!text) return nothing;
    const picked = this.pick(text);
    return html`<p class=${part} part=${part} lang=${picked.lang ?? nothing}>${picked.text}</p>`;
  }

  private renderSummary(goals: Goal[]): TemplateResult {
    return html`<nav class="summary" part="summary" aria-label=${this.t('summary')} @click=${this.onSummaryClick}>
      <ul>
        ${goals.map((goal) => {
          const title = this.pick(goal.title);
          return html`<li><a href=${goalHref(goal.id)} lang=${title.lang ?? nothing}>${title.text}</a></li>`;
        })}
      </ul>
    </nav>`;
  }

  /**
   * A summary link is a real link (it can be copied, opened in a new tab, and it updates the URL);
   * a plain click also moves focus to the goal at once, since the browser cannot reach into the
   * shadow root to do it. The `hashchange` that follows is this list's, not another's with the
   * same goal. One listener on the summary serves all its links.
   */
  private readonly onSummaryClick = (event: MouseEvent) => {
    const link = (event.target as Element).closest('a');
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const id = goalIdFromHash(link.hash);
    if (id === undefined) return;
    // A link to the fragment the URL already has changes nothing: no hashchange follows.
    GoalList.followed = link.hash === location.hash ? undefined : { list: this, hash: link.hash };
    void this.focusGoal(id);
  };
}

// goal-list.js has always brought <goal-card> too: a page that loads only it may show both.
// Registered by name, so that no bundler's tree shaking can leave the card undefined
// (registering twice is a no-op).
defineElement('goal-card', GoalCard);
defineElement('goal-list', GoalList);

declare global {
  interface HTMLElementTagNameMap {
    'goal-list': GoalList;
  }
}
