import { html, nothing } from 'lit';
import type { CSSResultGroup } from 'lit';
import { property } from 'lit/decorators.js';
import { html as staticHtml } from 'lit/static-html.js';
import { DataSource } from '../base/data-source.js';
import { defineElement } from '../base/define.js';
import { factorsFrom } from '../data/goal-set.js';
import { addStrings } from '../base/i18n.js';
import { KommunElement, headingTag } from '../base/kommun-element.js';
import { baseStyles } from '../base/styles.js';
import { localizedAttribute } from '../data/localized-text.js';
import type { Factor, FactorsInput } from '../data/types.js';
import ar from './locales/ar.json';
import en from './locales/en.json';
import fi from './locales/fi.json';
import sv from './locales/sv.json';
import { successFactorsStyles } from './success-factors.styles.js';

addStrings('success-factors', { sv, en, fi, ar });

/**
 * The success factors (framgångsfaktorer) of a municipality's goals, as a heading, an optional
 * intro and a real list.
 *
 * @tagname success-factors
 * @summary A list of success factors, from JSON in an attribute, a script child or a file.
 *
 * @attr factors - JSON: a list of factors (`"Folkhälsa"` or `{"id", "label", "description"?}`), or a whole goal set.
 * @attr src - URL of a JSON file holding the same (a goal set serves every element).
 * @attr lang - Language of the element's text; else the nearest ancestor's, else `<html lang>`, else Swedish.
 *
 * @slot - Fallback content (for example a plain `<ul>`), shown until the data renders and when scripts fail.
 *
 * @fires kommun-error - The data could not be used. `detail: { code, message, path }`.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart heading - The heading.
 * @csspart intro - The intro paragraph.
 * @csspart list - The `<ul>` of factors.
 * @csspart item - Each `<li>`.
 * @csspart error - The notice shown instead of the list when the data is bad.
 *
 * @cssprop --kommun-font-family - Font family (default: inherited from the page).
 * @cssprop --kommun-color-accent - List markers, the chips' leading edge and the focus ring.
 * @cssprop --kommun-color-text - Text colour.
 * @cssprop --kommun-color-muted - Colour of secondary text (descriptions).
 * @cssprop --kommun-color-surface - Background of chips and notices.
 * @cssprop --kommun-color-border - Border of chips.
 * @cssprop --kommun-color-error - Border of the error notice.
 * @cssprop --kommun-space - Space below blocks.
 * @cssprop --kommun-radius - Corner radius of notices.
 */
export class SuccessFactors extends KommunElement {
  static override styles: CSSResultGroup = [baseStyles, successFactorsStyles];
  protected static override namespace = 'success-factors';
  protected static override dataAttributes = ['factors'];
  /** How `kommun-elements render` pre-renders it. @internal */
  static override ssr = { data: 'factors', src: true };

  /** The factors as data (highest priority): a list of Factor, a goal set, or JSON text. */
  @property({ attribute: false })
  factors: FactorsInput | string | undefined;

  /** URL of a JSON file with the factors or a goal set; used when no other source gives data. */
  @property({ reflect: true })
  src: string | undefined;

  /** The heading's text (plain text, or LocalizedText JSON). Default: "Framgångsfaktorer" / "Success factors". `heading=""` leaves the heading out. */
  @property()
  heading: string | undefined;

  /** The level of the heading, 2–6. */
  @property({ attribute: 'heading-level', type: Number })
  headingLevel = 2;

  /** An intro shown below the heading (plain text, or LocalizedText JSON); else the goal set's `successFactorsIntro`. */
  @property()
  intro: string | undefined;

  /** `list` (bullets, default) or `chips` (wrapped labels). */
  @property({ reflect: true })
  layout: 'list' | 'chips' = 'list';

  private readonly data = new DataSource(this, {
    attribute: 'factors',
    property: () => this.factors,
    src: () => this.src,
    parse: factorsFrom,
  });

  protected override renderContent(): unknown {
    const { value, error } = this.data;
    if (!value) return [this.renderError(error), this.renderFallback()];
    const tag = headingTag(this.checkedHeadingLevel(this.headingLevel));
    const heading = this.heading === '' ? undefined : this.pick(localizedAttribute(this.heading) ?? this.t('heading'));
    const introText = localizedAttribute(this.intro) ?? value.intro;
    const intro = introText ? this.pick(introText) : undefined;
    return html`
      ${heading ? staticHtml`<${tag} part="heading" lang=${heading.lang ?? nothing}>${heading.text}</${tag}>` : nothing}
      ${intro ? html`<p class="intro" part="intro" lang=${intro.lang ?? nothing}>${intro.text}</p>` : nothing}
      <ul part="list">
        ${value.factors.map((factor) => this.renderFactor(factor))}
      </ul>
    `;
  }

  private renderFactor(factor: Factor): unknown {
    const label = this.pick(factor.label);
    const description = factor.description ? this.pick(factor.description) : undefined;
    return html`<li part="item" data-id=${factor.id}>
      <span class="label" lang=${label.lang ?? nothing}>${label.text}</span>${
        description ? html` <span class="description" lang=${description.lang ?? nothing}>${description.text}</span>` : nothing
      }
    </li>`;
  }
}

defineElement('success-factors', SuccessFactors);

declare global {
  interface HTMLElementTagNameMap {
    'success-factors': SuccessFactors;
  }
}
