import { html, isServer, nothing } from 'lit';
import type { CSSResultGroup, PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { html as staticHtml } from 'lit/static-html.js';
import { DataError } from '../lib/data-error.js';
import type { DataErrorCode } from '../lib/data-error.js';
import { defineElement } from '../base/define.js';
import { safeHref } from '../data/safe-url.js';
import { addStrings } from '../base/i18n.js';
import { KommunElement, headingTag } from '../base/kommun-element.js';
import { baseStyles } from '../base/styles.js';
import { deliveryFor, describeRefusal, flushQueuedFeedback } from '../lib/feedback/delivery.js';
import type { DeliveryResult, DroppedDetail, FeedbackDelivery } from '../lib/feedback/delivery.js';
import { createRecord, pageUrl, withComment } from '../lib/feedback/record.js';
import type { FeedbackRecord } from '../lib/feedback/record.js';
import { LIMITS } from '../lib/feedback/wire.js';
import { rememberVote, votedOn } from './session.js';
import ar from './locales/ar.json';
import en from './locales/en.json';
import fi from './locales/fi.json';
import sv from './locales/sv.json';
import { pageFeedbackStyles } from './page-feedback.styles.js';

addStrings('page-feedback', { sv, en, fi, ar });

/**
 * Answers that wait in this browser's queue (a bad network last time) go out once the page has
 * loaded, so that they do not compete with the page itself.
 */
function flushOnLoad(): void {
  if (isServer) return;
  const start = () => void flushQueuedFeedback();
  if (document.readyState === 'complete') setTimeout(start, 0);
  else window.addEventListener('load', start, { once: true });
}
flushOnLoad();

export type CommentMode = 'on-no' | 'always' | 'never';
const COMMENT_MODES: readonly CommentMode[] = ['on-no', 'always', 'never'];

/**
 * The steps of the flow: `sending` while the receiver has not yet answered the last record,
 * `refused` when it refused one for good, `answered` for a page answered earlier in the session.
 */
export type FeedbackStep = 'question' | 'comment' | 'sending' | 'thanks' | 'refused' | 'answered';

/**
 * A comment is not sent sooner than this after its form opened (bots fill forms at once): one
 * sent sooner is held until the time has passed, then sent, so that a resident who pastes a
 * prepared text loses nothing.
 */
export const MIN_COMMENT_TIME_MS = 2000;
/** The screen-reader count is updated this long after the last keystroke, not on every one. */
export const COUNT_ANNOUNCE_DELAY_MS = 1000;
export const DEFAULT_MAX_LENGTH = 1000;
/** Stands in for the legal term while the notice is split around it (a character no translation holds). */
const TERM_MARK = '\u0000';
/**
 * The longest wait for the receiver's answer before the thanks. By then the record is safe in
 * this browser's queue and will be sent again; a refusal that comes later still replaces the thanks.
 */
export const RECEIPT_WAIT_MS = 4000;

/**
 * "Hjälpte informationen på sidan dig?": a Ja/Nej question at the end of a page, an optional
 * comment, and thanks. Each answer is sent at once as one record with an id made in the browser;
 * the comment updates the same record. Records that cannot be delivered wait in `localStorage`
 * and are sent again later, so nothing is lost and nothing counts twice.
 *
 * Light-DOM children are fallback content (for example a link to a feedback form), shown only
 * until the element is defined.
 *
 * @tagname page-feedback
 * @summary Asks whether the page helped, sends the answer and an optional comment to a receiver.
 *
 * @attr endpoint - URL the records are POSTed to (JSON). None: the element only fires events.
 * @attr page - The page's id in the records; default `location.pathname`.
 * @attr comment - When to ask for a comment: `on-no` (default: after Nej), `always`, `never`.
 * @attr max-length - Most characters in a comment (default 1000; at most the receiver's limit, 2000: a larger value is lowered to it with a warning). A longer comment is not cut: the counter and an error say how much to remove.
 * @attr contact-href - Where people with a personal errand should go instead (a contact page); shown as a link in the comment step.
 * @attr analytics - `matomo`: also push `['trackEvent', 'Feedback', 'helpful' | 'not-helpful', page]` to `window._paq` when it exists.
 * @attr heading-level - Level of the question's and the comment step's headings, 2–6 (default 2).
 * @attr i18n - JSON overrides of the UI strings, e.g. `{"question": "Fick du hjälp av informationen?"}`. Keys: those of `src/page-feedback/locales/sv.json`.
 * @attr lang - Language of the element's text; else the nearest ancestor's, else `<html lang>`, else Swedish.
 *
 * @fires page-feedback - Before each record is sent (the vote, then the comment update of the same `id`). Bubbles, composed, cancelable: `preventDefault()` stops the POST. `detail`: the record `{ id, page, url, helpful, comment?, lang, submittedAt }`.
 * @fires kommun-error - The receiver refused a record for good (a 4xx other than 408 and 429), or the `i18n` attribute is not JSON. `detail: { code, message, path }`.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart question - The question step.
 * @csspart heading - The headings of the question and the comment steps.
 * @csspart buttons - The row of the Ja and Nej buttons.
 * @csspart button - Every button; also `yes`, `no`, `send`, `cancel` on the matching one.
 * @csspart yes - The Ja button.
 * @csspart no - The Nej button.
 * @csspart form - The comment step.
 * @csspart notice - The notice that the comment becomes a public record and must hold no personal data.
 * @csspart contact - The line with the contact link (in the comment step, and when an answer was refused).
 * @csspart label - The comment field's label.
 * @csspart textarea - The comment field.
 * @csspart counter - The visible character count.
 * @csspart field-error - The message shown when the comment is too long.
 * @csspart send - The Send button.
 * @csspart cancel - The Cancel button.
 * @csspart status - The live region that holds "sending", the thanks, or the refusal.
 * @csspart refused - The message that the receiver refused the answer, with the contact link when `contact-href` is set; it takes focus.
 * @csspart thanks - The thanks, or the note that the page was already answered in this session.
 * @csspart error - The notice for a malformed `i18n` attribute (not shown: the built-in strings are used).
 *
 * @cssprop --kommun-font-family - Font family (default: inherited from the page).
 * @cssprop --kommun-color-accent - Buttons, links and the focus ring.
 * @cssprop --kommun-color-accent-contrast - Text on the Send button.
 * @cssprop --kommun-color-text - Text colour.
 * @cssprop --kommun-color-muted - The character count.
 * @cssprop --kommun-color-surface - Background of buttons and the comment field.
 * @cssprop --kommun-color-border - Border of the comment field.
 * @cssprop --kommun-color-error - An over-long comment: border, count and message.
 * @cssprop --kommun-space - Space around and between blocks.
 * @cssprop --kommun-radius - Corner radius of buttons.
 * @cssprop --kommun-focus-ring - The focus outline.
 */
export class PageFeedback extends KommunElement {
  static override styles: CSSResultGroup = [baseStyles, pageFeedbackStyles];
  protected static override namespace = 'page-feedback';
  /**
   * Not pre-rendered: without JavaScript its buttons would do nothing, so its light-DOM fallback
   * (say, a link to a contact page) shows instead.
   * @internal
   */
  static override ssr = { skip: 'it is a form that needs JavaScript to send anything' };

  /** URL the records are POSTed to; none: events only. */
  @property()
  endpoint: string | undefined;

  /** The page's id in the records; default `location.pathname`. */
  @property()
  page: string | undefined;

  /** When to ask for a comment: `on-no` (default), `always`, `never`. */
  @property()
  comment: CommentMode = 'on-no';

  /** Most characters in a comment. */
  @property({ attribute: 'max-length', type: Number })
  maxLength = DEFAULT_MAX_LENGTH;

  /** A contact page for personal errands, linked from the comment step. */
  @property({ attribute: 'contact-href' })
  contactHref: string | undefined;

  /** `matomo`: push a `trackEvent` to `window._paq` on each vote. */
  @property()
  analytics: string | undefined;

  /** Level of the headings, 2–6. */
  @property({ attribute: 'heading-level', type: Number })
  headingLevel = 2;

  /**
   * The clock, in ms since the epoch.
   * @internal For tests and previews of the 2-second rule.
   */
  clock: () => number = () => Date.now();

  @state() private step: FeedbackStep = 'question';
  @state() private text = '';
  @state() private showTooLong = false;
  @state() private announcedCount = '';

  /** The record of this element's vote (and comment); undefined until an answer. */
  private record: FeedbackRecord | undefined;
  private formOpenedAt = 0;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  /** A comment sent within 2 s of its form opening, until the 2 s have passed. */
  private holdTimer: ReturnType<typeof setTimeout> | undefined;
  private heldComment = '';
  private delivery: FeedbackDelivery | undefined;
  private warned = new Set<string>();

  /** The step shown now. */
  get currentStep(): FeedbackStep {
    return this.step;
  }

  /** The page id used in records. */
  get pageId(): string {
    return this.page || (globalThis.location?.pathname ?? '/');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.listenToDelivery();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
    // A comment held by the 2-second rule goes now: the resident sent it and is leaving.
    if (this.holdTimer !== undefined) this.releaseHeldComment();
    this.delivery?.removeEventListener('dropped', this.onDropped);
    this.delivery = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('endpoint')) this.listenToDelivery();
    // One vote per page per session: a page answered earlier shows a short note instead.
    if ((changed.has('page') || !this.hasUpdated) && this.step === 'question' && !this.record && votedOn(this.pageId)) {
      this.step = 'answered';
    }
  }

  protected override renderContent(): unknown {
    return [
      this.step === 'question' ? this.renderQuestion() : nothing,
      this.step === 'comment' ? this.renderCommentForm() : nothing,
      this.step === 'answered' ? html`<p class="answered" part="thanks">${this.t('answered')}</p>` : nothing,
      // Always in the page, so that screen readers announce what appears in it.
      html`<div class="status" role="status" part="status">
        ${this.step === 'sending' ? html`<p class="sending">${this.t('sending')}</p>` : nothing}
        ${this.step === 'thanks' ? html`<p class="thanks" part="thanks" tabindex="-1">${this.t('thanks')}</p>` : nothing}
        ${this.step === 'refused' ? this.renderRefused() : nothing}
      </div>`,
      this.renderTrap(),
    ];
  }

  /** The receiver refused the answer: say so, and offer the way to reach the municipality instead. */
  private renderRefused(): TemplateResult {
    const href = this.contactHref ? safeHref(this.contactHref) : null;
    return html`<div class="refused" part="refused" tabindex="-1">
      <p class="refused-title">${this.t('refused')}</p>
      ${href ? html`<p class="contact" part="contact">${this.t('refusedContact')} <a href=${href}>${this.t('contactLink')}</a></p>` : nothing}
    </div>`;
  }

  private renderHeading(text: string, id: string, focusable: boolean): TemplateResult {
    const tag = headingTag(this.checkedHeadingLevel(this.headingLevel));
    return staticHtml`<${tag} id=${id} part="heading" tabindex=${focusable ? '-1' : nothing}>${text}</${tag}>`;
  }

  private renderQuestion(): TemplateResult {
    return html`<div class="question" part="question">
      ${this.renderHeading(this.t('question'), 'question', false)}
      <div class="buttons" part="buttons">
        <button type="button" class="yes" part="button yes" aria-label=${this.t('yes') + this.t('yesHidden')} @click=${() => this.answer(true)}>
          ${this.t('yes')}
        </button>
        <button type="button" class="no" part="button no" aria-label=${this.t('no') + this.t('noHidden')} @click=${() => this.answer(false)}>
          ${this.t('no')}
        </button>
      </div>
    </div>`;
  }

  private renderCommentForm(): TemplateResult {
    const max = this.limit;
    const length = this.text.length;
    const over = length > max;
    const contact = this.contactHref ? safeHref(this.contactHref) : null;
    const describedBy = ['notice', 'limit', this.showTooLong ? 'field-error' : ''].filter(Boolean).join(' ');
    const label = this.record?.helpful ? this.t('commentLabelYes') : this.t('commentLabelNo');
    return html`<form class="comment" part="form" aria-labelledby="comment-heading" novalidate @submit=${this.onSubmit}>
      ${this.renderHeading(this.t('commentHeading'), 'comment-heading', true)}
      <p class="notice" id="notice" part="notice">${this.renderNotice()}</p>
      ${contact ? html`<p class="contact" part="contact">${this.t('contactText')} <a href=${contact}>${this.t('contactLink')}</a></p>` : nothing}
      <label for="comment" part="label">${label}</label>
      <p class="visually-hidden" id="limit">${this.t('limit', { max })}</p>
      ${
        this.showTooLong
          ? html`<p class="field-error" id="field-error" part="field-error">
              <span class="visually-hidden">${this.t('errorPrefix')} </span>${this.t('tooLong', { max })}
            </p>`
          : nothing
      }
      <textarea
        id="comment"
        name="comment"
        part="textarea"
        class=${over ? 'over' : ''}
        rows="5"
        spellcheck="true"
        aria-describedby=${describedBy}
        aria-invalid=${this.showTooLong ? 'true' : nothing}
        .value=${live(this.text)}
        @input=${this.onInput}
      ></textarea>
      <p class="counter ${over ? 'over' : ''}" part="counter" aria-hidden="true">${this.countText()}</p>
      <div class="visually-hidden" aria-live="polite" id="count-status">${this.announcedCount}</div>
      <div class="actions">
        <button type="button" class="primary" part="button send" @click=${this.sendComment}>${this.t('send')}</button>
        <button type="button" part="button cancel" @click=${this.cancel}>${this.t('cancel')}</button>
      </div>
    </form>`;
  }

  /**
   * The notice, with the Swedish legal term ("allmän handling") marked as Swedish wherever the
   * translation quotes it, so that a screen reader pronounces it as Swedish.
   */
  private renderNotice(): unknown {
    const term = this.t('publicRecordTerm');
    const [before = '', ...after] = this.t('notice', { term: TERM_MARK }).split(TERM_MARK);
    if (after.length === 0) return before; // an override without {{term}}
    return after.reduce<unknown[]>((parts, text) => [...parts, html`<span lang="sv">${term}</span>`, text], [before]);
  }

  /** A field for bots: off-screen, hidden from assistive technology, out of the tab order. */
  private renderTrap(): TemplateResult {
    return html`<div class="trap" aria-hidden="true" inert>
      <div>
        <label for="website">${this.t('honeypot')}</label>
        <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" />
      </div>
    </div>`;
  }

  private countText(): string {
    const left = this.limit - this.text.length;
    return left >= 0 ? this.t('remaining', { count: left }) : this.t('over', { count: -left });
  }

  /**
   * max-length, or the default when it is not a positive whole number; never more than the
   * receiver accepts (LIMITS.commentMax), or a comment the form lets through would be refused.
   */
  private get limit(): number {
    const shown = this.getAttribute('max-length') ?? this.maxLength;
    if (!Number.isInteger(this.maxLength) || this.maxLength <= 0) {
      this.warnOnce('max-length', `max-length="${shown}" is not a positive whole number; using ${DEFAULT_MAX_LENGTH}`);
      return DEFAULT_MAX_LENGTH;
    }
    if (this.maxLength > LIMITS.commentMax) {
      this.warnOnce('max-length', `max-length="${shown}" is more than the receiver accepts; using ${LIMITS.commentMax}`);
      return LIMITS.commentMax;
    }
    return this.maxLength;
  }

  private get commentMode(): CommentMode {
    if (COMMENT_MODES.includes(this.comment)) return this.comment;
    this.warnOnce('comment', `comment="${String(this.comment)}" is not one of ${COMMENT_MODES.join(', ')}; using on-no`);
    return 'on-no';
  }

  private warnOnce(key: string, message: string): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    console.warn(`${this.localName}: ${message}`);
  }

  private get trapFilled(): boolean {
    const field = this.renderRoot.querySelector<HTMLInputElement>('#website');
    return !!field && field.value !== '';
  }

  private answer(helpful: boolean): void {
    if (this.step !== 'question' || this.record) return; // a double click answers once
    const record = createRecord({ page: this.pageId, url: pageUrl(globalThis.location), helpful, lang: this.uiLang, now: this.clock() });
    this.record = record;
    rememberVote(this.pageId, { id: record.id, helpful, at: record.submittedAt });
    let receipt: Promise<DeliveryResult> | undefined;
    if (!this.trapFilled) {
      receipt = this.deliver(record);
      this.track(helpful);
    }
    const mode = this.commentMode;
    const asks = mode === 'always' || (mode === 'on-no' && !helpful);
    if (asks) {
      // The form opens at once; a refusal of the vote, if it comes, replaces it (onDropped).
      this.formOpenedAt = this.clock();
      this.goTo('comment', '#comment-heading');
    } else {
      this.finish(receipt);
    }
  }

  private readonly onInput = (event: Event): void => {
    this.text = (event.target as HTMLTextAreaElement).value;
    if (this.showTooLong && this.text.length <= this.limit) this.showTooLong = false;
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => (this.announcedCount = this.countText()), COUNT_ANNOUNCE_DELAY_MS);
  };

  private readonly onSubmit = (event: Event): void => {
    event.preventDefault(); // never a navigation; and a submit event does not leave the shadow root
    this.sendComment();
  };

  private readonly sendComment = (): void => {
    if (this.step !== 'comment' || !this.record) return;
    const text = this.text.trim();
    if (text.length > this.limit) {
      // Not cut: the person decides what to remove. The error is tied to the field, which gets focus.
      this.showTooLong = true;
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#comment')?.focus());
      return;
    }
    // A comment with the trap filled is a bot's: it is dropped without a word, and the thanks
    // shows as for anyone.
    if (text === '' || this.trapFilled) {
      this.finish(undefined);
      return;
    }
    // One sent within 2 s of its form opening waits out the rest of the 2 s, then goes.
    const early = MIN_COMMENT_TIME_MS - (this.clock() - this.formOpenedAt);
    if (early <= 0) {
      this.sendCommentNow(text);
      return;
    }
    clearTimeout(this.announceTimer);
    this.step = 'sending';
    this.heldComment = text;
    this.holdTimer = setTimeout(this.releaseHeldComment, early);
  };

  private readonly releaseHeldComment = (): void => {
    clearTimeout(this.holdTimer);
    this.holdTimer = undefined;
    // Not sent if the vote was refused meanwhile: the resident has been told already.
    if (this.step === 'sending') this.sendCommentNow(this.heldComment);
  };

  private sendCommentNow(text: string): void {
    this.record = withComment(this.record!, text, this.clock());
    this.finish(this.deliver(this.record));
  }

  private readonly cancel = (): void => {
    if (this.step === 'comment') this.finish(undefined);
  };

  /**
   * The thanks once the receiver has the answer (or it waits safely in the queue), never for an
   * answer it refused. Nothing sent (no endpoint, a listener that took the record): thanks at once.
   */
  private finish(receipt: Promise<DeliveryResult> | undefined): void {
    clearTimeout(this.announceTimer);
    if (!receipt) {
      this.goTo('thanks', '.thanks');
      return;
    }
    this.step = 'sending';
    const waited = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), RECEIPT_WAIT_MS));
    void Promise.race([receipt, waited]).then((result) => {
      if (this.step !== 'sending') return; // refused meanwhile (onDropped)
      if (result?.outcome === 'dropped') this.goTo('refused', '.refused');
      else this.goTo('thanks', '.thanks');
    });
  }

  private goTo(step: FeedbackStep, focusSelector: string): void {
    this.step = step;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(focusSelector)?.focus());
  }

  /**
   * `page-feedback`, then the POST unless a listener cancelled it or there is no endpoint.
   * Returns the receiver's answer to come, or undefined when nothing was sent.
   */
  private deliver(record: FeedbackRecord): Promise<DeliveryResult> | undefined {
    const proceed = this.emit('page-feedback', Object.freeze({ ...record }), { cancelable: true });
    if (!proceed || !this.endpoint) return undefined;
    this.listenToDelivery();
    if (this.delivery) return this.delivery.send(record);
    this.reportError(new DataError('value', 'endpoint', `endpoint="${this.endpoint}" is not a URL; the answer was not sent`));
    return undefined;
  }

  /** Analytics never stand in the way of the answer: whatever the host's tracker does, the vote goes. */
  private track(helpful: boolean): void {
    if (this.analytics !== 'matomo') return;
    try {
      const paq = (globalThis as { _paq?: { push?: (entry: unknown[]) => unknown } })._paq;
      if (typeof paq?.push === 'function') paq.push(['trackEvent', 'Feedback', helpful ? 'helpful' : 'not-helpful', this.pageId]);
    } catch (error) {
      this.warnOnce('analytics', `window._paq.push threw (${error instanceof Error ? error.message : String(error)}); the answer is sent all the same`);
    }
  }

  /** Follows the delivery of the current endpoint, to report records it drops. */
  private listenToDelivery(): void {
    if (!this.isConnected) return;
    let next: FeedbackDelivery | undefined;
    try {
      next = this.endpoint ? deliveryFor(this.endpoint, document.baseURI) : undefined;
    } catch {
      next = undefined; // not a URL: reported when the first answer cannot be sent
    }
    if (next === this.delivery) return;
    this.delivery?.removeEventListener('dropped', this.onDropped);
    this.delivery = next;
    this.delivery?.addEventListener('dropped', this.onDropped);
  }

  /**
   * A record refused by the receiver: the element that gave it says so instead of thanking (also
   * when the refusal comes late), and `kommun-error` goes out once, whichever element hears it.
   */
  private readonly onDropped = (event: Event): void => {
    const { detail } = event as CustomEvent<DroppedDetail>;
    if (detail.record.id === this.record?.id && this.step !== 'refused') {
      clearTimeout(this.announceTimer);
      this.goTo('refused', '.refused');
    }
    if (event.defaultPrevented || detail.record.page !== this.pageId) return;
    event.preventDefault();
    const field = detail.error.field;
    const code: DataErrorCode = detail.status === 413 ? 'too-large' : field ? 'value' : 'fetch';
    const path = !field ? 'endpoint' : field === 'page' || field === 'comment' ? field : `record.${field}`;
    this.reportError(new DataError(code, path, `${this.endpoint ?? ''} refused the answer (${describeRefusal(detail)}); it is not sent again`));
  };
}

defineElement('page-feedback', PageFeedback);

declare global {
  interface HTMLElementTagNameMap {
    'page-feedback': PageFeedback;
  }
  interface HTMLElementEventMap {
    /** Before each record is sent; cancelable (`preventDefault()` stops the POST). */
    'page-feedback': CustomEvent<Readonly<FeedbackRecord>>;
  }
}
