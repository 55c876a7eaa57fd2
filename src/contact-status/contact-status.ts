import { html, isServer, nothing, svg } from 'lit';
import type { CSSResultGroup, PropertyValues, SVGTemplateResult, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { html as staticHtml } from 'lit/static-html.js';
import { DataError } from '../lib/data-error.js';
import { DataSource } from '../base/data-source.js';
import { defineElement } from '../base/define.js';
import { contactPartsFrom } from '../data/contact.js';
import type { ContactParts } from '../data/contact.js';
import { addStrings } from '../base/i18n.js';
import { KommunElement, headingTag } from '../base/kommun-element.js';
import { localizedAttribute } from '../data/localized-text.js';
import { closedSince, compileHours, localDate, openingStatus, weekSchedule } from '../lib/hours/opening-hours.js';
import type { CompiledHours, OpeningStatus } from '../lib/hours/opening-hours.js';
import { isTimeZone } from '../lib/hours/zoned-time.js';
import { baseStyles } from '../base/styles.js';
import type { Contact, ContactSource, OpeningHoursInput } from '../data/types.js';
import { parseJson } from '../lib/validate.js';
import { contactStatusStyles } from './contact-status.styles.js';
import { mailtoHref, nextCheck, parseInstant, telHref, timerDelay } from './contact-data.js';
import ar from './locales/ar.json';
import en from './locales/en.json';
import fi from './locales/fi.json';
import sv from './locales/sv.json';
import { governmentOffice, jsonLdText } from './json-ld.js';
import type { GovernmentOffice } from './json-ld.js';
import { statusLine, weekRows } from './status-text.js';
import type { StatusLine, WeekRow, Wording } from './status-text.js';

addStrings('contact-status', { sv, en, fi, ar });

export type ContactState = 'open' | 'closed' | 'unknown';

/** The `detail` of `contact-status-change`. */
export interface ContactStatusChangeDetail {
  state: ContactState;
  /** The next opening or closing, when one is in sight. */
  changesAt: Date | undefined;
}

/** A shape per state, so that open and closed differ without colour (the words say it too). */
const ICONS: Record<'open' | 'closed', SVGTemplateResult> = {
  open: svg`<circle cx="8" cy="8" r="6.5" /><path d="M5 8.25l2 2 4-4.5" />`,
  closed: svg`<circle cx="8" cy="8" r="6.5" /><path d="M5.5 8h5" />`,
};

const DEFAULT_TIME_ZONE = 'Europe/Stockholm';

/** What one update shows, worked out after the data source has read its input. */
interface View {
  contact: Contact;
  /** The contact's hours, compiled once when they arrived; what the status, the week and the timer read. */
  hours: CompiledHours | undefined;
  error: DataError | undefined;
  status: OpeningStatus;
  instant: number;
  timeZone: string;
}

/**
 * A contact centre (kontaktcenter): its name, a short text, whether it is open now and when
 * that changes, its phone number and e-mail address, and the week's opening hours.
 *
 * **Data.** A Contact (`{"name", "phone", "email", "text", "hours"}`) or a goal set (its
 * `contact` is used) comes, highest priority first, from the `contact` property, the `contact`
 * attribute (JSON), a child `<script type="application/json">`, or the file named by `src`.
 * Each of the attributes `name`, `phone`, `email` and `hours` then replaces that one field, so
 * `<contact-status src="mal.json" phone="0512-310 00">` takes everything from the file but the
 * number. Either source is used whole or not at all: bad hours in the `hours` attribute do not
 * fall back to the file's hours.
 *
 * **Status line.** `Öppet · Stänger kl. 16.30`, `Stängt · Öppnar kl. 08.00`,
 * `Stängt · Öppnar i morgon kl. 08.00`, `Stängt · Öppnar måndag 28 sep. kl. 08.00` (English:
 * `Open · Closes 16:30`, `Closed · Opens tomorrow 08:00`, `Closed · Opens Monday 28 Sep 08:00`),
 * in the office's time zone whatever the visitor's computer says. Without hours, or when the
 * engine cannot tell (no opening within a year), there is no status line: nothing false. The
 * line is not a live region; it changes by itself at the next opening or closing (and at the
 * office's midnight, when "i morgon" becomes today), and when the tab becomes visible again.
 *
 * **Text.** The default slot is the free text ("Vi svarar på frågor …"), always shown; when it
 * is empty, the contact's `text` is shown instead. There is no other fallback content: anything
 * put in the element stays visible as part of the text.
 *
 * **Bad input** (JSON, an unknown day name, `25.00`, a date that does not exist, a range that
 * ends before it starts, an unknown `time-zone`, a `now` that is not a date): a notice naming
 * the field (`hours.regular[1].closes`), `kommun-error`, state `unknown` and no status line or
 * week. The name, text, phone and e-mail of the sources that are valid still show, so that a
 * resident can still call: bad `hours` in the data take off only the status line and the week.
 * Hours that can be used but look wrong (an empty period, two periods of one day that overlap)
 * are shown, with a console warning and `kommun-error` (code `value`) naming the period. A phone number or e-mail address that cannot be made into a link is
 * shown as text, with a console warning.
 *
 * The live clock is `Date.now()` with `setTimeout`, so fake timers in tests drive it.
 *
 * @tagname contact-status
 * @summary Open or closed now, by the Swedish calendar, with the phone number, e-mail and the week's hours.
 *
 * @attr contact - JSON: a Contact, or a goal set (its `contact`).
 * @attr src - URL of a JSON file holding a Contact or a goal set.
 * @attr lang - Language of the element's text; else the nearest ancestor's, else `<html lang>`, else Swedish.
 *
 * @slot - Free text about the contact centre, shown below the name. Empty: the contact's `text`.
 *
 * @fires contact-status-change - The state changed by itself as time passed (an opening or a closing). `detail: { state, changesAt }`. Not fired on the first render nor when the page changes data or `now`.
 * @fires kommun-error - The data could not be used. `detail: { code, message, path }`.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart heading - The name (a real heading at `heading-level`).
 * @csspart text - The free text (the slot, or the contact's `text`).
 * @csspart status - The status line.
 * @csspart status-icon - The status line's icon (decorative; the words carry the meaning).
 * @csspart channels - The list of phone number and e-mail address.
 * @csspart phone - The phone link.
 * @csspart email - The e-mail link.
 * @csspart hours - The `<details>` with the week's hours.
 * @csspart hours-summary - Its `<summary>`.
 * @csspart week - The table of the week's hours.
 * @csspart error - The notice shown when the data is bad.
 *
 * @cssprop --kommun-font-family - Font family (default: inherited from the page).
 * @cssprop --kommun-color-text - Text colour.
 * @cssprop --kommun-color-muted - Colour of labels and notes.
 * @cssprop --kommun-color-accent - Links, the disclosure, the focus ring, today's row.
 * @cssprop --kommun-color-open - Icon and word of the open state.
 * @cssprop --kommun-color-closed - Icon and word of the closed state.
 * @cssprop --kommun-color-surface - Background.
 * @cssprop --kommun-color-border - Lines of the week's table.
 * @cssprop --kommun-color-error - Border of the error notice.
 * @cssprop --kommun-space - Space below blocks.
 * @cssprop --kommun-radius - Corner radius of the notice and the "today" mark.
 * @cssprop --kommun-focus-ring - The focus outline.
 */
export class ContactStatus extends KommunElement {
  static override styles: CSSResultGroup = [baseStyles, contactStatusStyles];
  protected static override namespace = 'contact-status';
  protected static override dataAttributes = ['contact'];
  /** How `kommun-elements render` pre-renders it. @internal */
  static override ssr = { data: 'contact', src: true, freeText: true };

  /** The contact as data (highest priority): a Contact, a goal set, or JSON text. */
  @property({ attribute: false })
  contact: ContactSource | string | undefined;

  /** URL of a JSON file with a Contact or a goal set; used when no other source gives one. */
  @property({ reflect: true })
  src: string | undefined;

  /** The name (plain text, or LocalizedText JSON); replaces the data's `name`. */
  @property()
  name: string | undefined;

  /** The phone number as it is to be shown ("0512-310 00"); the link is made international (`tel:+4651231000`). */
  @property()
  phone: string | undefined;

  /** The e-mail address; replaces the data's `email`. */
  @property()
  email: string | undefined;

  /** The opening hours (JSON OpeningHours, or the object); replace the data's `hours`. */
  @property()
  hours: OpeningHoursInput | string | undefined;

  /** The office's IANA time zone: "today", "tomorrow" and every time shown are in it. */
  @property({ attribute: 'time-zone' })
  timeZone = DEFAULT_TIME_ZONE;

  /**
   * Freezes the clock at this instant, for previews and tests: an ISO 8601 instant
   * (`2026-09-28T08:00+02:00`), or a date and time without offset, read in `time-zone`.
   * No timer runs while it is set.
   */
  @property()
  now: string | undefined;

  /** The level of the name's heading, 2–6. */
  @property({ attribute: 'heading-level', type: Number })
  headingLevel = 2;

  /** Leaves out the JSON-LD the element otherwise adds to its light DOM. */
  @property({ attribute: 'no-json-ld', type: Boolean })
  noJsonLd = false;

  /**
   * The contact centre as schema.org JSON-LD (a GovernmentOffice: name, telephone, email, url,
   * address, the regular week and the dated hours of the coming twelve months), in the element's
   * language and the office's time zone; undefined without valid data.
   */
  get jsonLd(): GovernmentOffice | undefined {
    const { contact, hours, error, instant, timeZone } = this.view;
    if (this.data.error || Object.keys(contact).length === 0) return undefined;
    const usable = !error || error === this.data.value?.hoursError;
    const facts = {
      ...(contact.name !== undefined && { name: this.pick(contact.name).text }),
      ...(contact.phone && telHref(contact.phone) && { telephone: telHref(contact.phone)!.slice('tel:'.length) }),
      ...(contact.email && mailtoHref(contact.email) && { email: contact.email }),
      ...(contact.url !== undefined && { url: contact.url }),
      ...(contact.address !== undefined && { address: contact.address }),
    };
    return governmentOffice(facts, usable ? hours : undefined, localDate(instant, usable ? timeZone : DEFAULT_TIME_ZONE));
  }

  /** The text of the JSON-LD script, as the element and `kommun-elements render` write it. @internal */
  get jsonLdScript(): string | undefined {
    const office = this.noJsonLd ? undefined : this.jsonLd;
    return office && jsonLdText(office);
  }

  /** Open or closed now; `unknown` without (valid) hours. Reflected as the `state` attribute. */
  get state(): ContactState {
    return this.view.status.state;
  }

  private readonly data = new DataSource(this, {
    attribute: 'contact',
    property: () => this.contact,
    src: () => this.src,
    parse: readContact,
  });
  /** The compiled hours whose warnings were reported. */
  private warnedHours: CompiledHours | undefined;

  private view: View = { contact: {}, hours: undefined, error: undefined, status: { state: 'unknown' }, instant: 0, timeZone: DEFAULT_TIME_ZONE };
  private parsedHours: { input: unknown; value?: CompiledHours; error?: DataError } = { input: undefined };
  private reported: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private clockMoved = false;
  private changed = false;
  private readonly warned = new Set<string>();

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.onVisibilityChange);
    this.requestUpdate(); // Back on the page: look at the clock and set the timer again.
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.stopTimer();
  }

  /** Runs after the data source has read its input, before each render. */
  protected override beforeRender(): void {
    const before = this.view.status.state;
    this.view = this.resolve();
    if (this.clockMoved && this.view.status.state !== before) this.changed = true;
    this.clockMoved = false;
    if (isServer) this.reportProblems(); // No updated() on the server: `kommun-elements render` hears them here.
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const { status } = this.view;
    if (this.getAttribute('state') !== status.state) this.setAttribute('state', status.state);
    this.reportProblems();
    this.publishJsonLd();
    this.armTimer();
    if (this.changed) {
      this.changed = false;
      this.emit('contact-status-change', { state: status.state, changesAt: status.changesAt });
    }
  }

  /**
   * The errors the data source does not report itself (the hours, the attributes), once each,
   * and the warnings of hours that are used all the same (an empty or an overlapping period).
   */
  private reportProblems(): void {
    const { error, hours } = this.view;
    const own = error && !this.data.error ? `${error.path} ${error.message}` : undefined;
    if (error && own !== this.reported) this.reportError(error);
    this.reported = own;
    if (hours !== this.warnedHours) {
      this.warnedHours = hours;
      for (const warning of hours?.warnings ?? []) this.reportError(warning);
    }
  }

  /** The contact (data source, then the attributes), the first error, and the status at the element's clock. */
  private resolve(): View {
    const contact: Contact = { ...this.data.value?.contact };
    const name = localizedAttribute(this.name);
    if (name !== undefined) contact.name = name;
    if (this.phone?.trim()) contact.phone = this.phone.trim();
    if (this.email?.trim()) contact.email = this.email.trim();
    const fromAttribute = this.readHours();
    if (fromAttribute.error) delete contact.hours;
    else if (fromAttribute.value) contact.hours = fromAttribute.value.hours;
    // The data source's hours were validated and compiled as it read them: this only looks them up.
    const hours = fromAttribute.value ?? (contact.hours && compileHours(contact.hours, 'hours'));

    const timeZone = this.timeZone?.trim() || DEFAULT_TIME_ZONE;
    // Bad hours in the data take off only the hours: the name and the ways to call still show.
    let error = this.data.error ?? fromAttribute.error ?? (fromAttribute.value ? undefined : this.data.value?.hoursError);
    if (!error && !isTimeZone(timeZone)) {
      error = new DataError('value', 'time-zone', `time-zone: "${timeZone}" is not a time zone this browser knows (expected one like Europe/Stockholm)`);
    }
    // Pre-rendered HTML is stored and shown later: a status baked in at render time would turn
    // false. Without a frozen clock the server leaves the line out; the browser adds it.
    if (isServer && !this.now?.trim()) return { contact, hours, error, status: { state: 'unknown' }, instant: Date.now(), timeZone };
    let instant = Date.now();
    if (!error && this.now?.trim()) {
      try {
        instant = parseInstant(this.now, timeZone);
      } catch (problem) {
        error = problem as DataError;
      }
    }
    const status: OpeningStatus = error || !hours ? { state: 'unknown' } : openingStatus(hours, instant, timeZone);
    return { contact, hours, error, status, instant, timeZone };
  }

  /** The `hours` attribute or property, validated and compiled once per value. */
  private readHours(): { value?: CompiledHours; error?: DataError } {
    const input = this.hours;
    if (input === this.parsedHours.input) return this.parsedHours;
    let result: { value?: CompiledHours; error?: DataError } = {};
    if (input !== undefined && input !== null && input !== '') {
      try {
        result = { value: compileHours(typeof input === 'string' ? parseJson(input, 'hours') : input, 'hours') };
      } catch (problem) {
        result = { error: problem instanceof DataError ? problem : new DataError('value', 'hours', String(problem)) };
      }
    }
    this.parsedHours = { input, ...result };
    return result;
  }

  /**
   * Puts the JSON-LD in the light DOM (crawlers do not read shadow DOM), replacing the one a
   * server render or an earlier update put there. Under Trusted Types it goes through a policy
   * of its own; where the page allows none, nothing is added and nothing is said.
   */
  private publishJsonLd(): void {
    const old = this.querySelector<HTMLScriptElement>(`:scope > ${JSON_LD_SCRIPT}`);
    const text = this.jsonLdScript;
    if (text === undefined) {
      old?.remove();
      return;
    }
    if (old?.textContent === text) return;
    const script = document.createElement('script');
    if (!setScriptText(script, text)) return;
    script.type = 'application/ld+json';
    script.dataset['kommunJsonLd'] = '';
    if (old) old.replaceWith(script);
    else this.append(script);
  }

  // -------------------------------------------------------------------------------------------
  // The clock

  private readonly onClock = (): void => {
    this.timer = undefined;
    this.clockMoved = true;
    this.requestUpdate();
  };

  private readonly onVisibilityChange = (): void => {
    if (document.visibilityState === 'visible') this.onClock();
  };

  /** Sets one timer to the next opening, closing or midnight; none while the clock is frozen. */
  private armTimer(): void {
    this.stopTimer();
    const { status, error, instant, timeZone, hours } = this.view;
    if (!this.isConnected || error || !hours || this.now?.trim()) return;
    const at = nextCheck(status, instant, timeZone);
    if (at !== undefined) this.timer = setTimeout(this.onClock, timerDelay(at, Date.now()));
  }

  private stopTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  // -------------------------------------------------------------------------------------------
  // Rendering

  private get wording(): Wording {
    return { locale: this.uiLang, t: (key, values) => this.t(key, values) };
  }

  protected override renderContent(): unknown {
    const { contact, hours, error, status, instant, timeZone } = this.view;
    const wording = this.wording;
    const line = error || !hours ? undefined : statusLine(status, instant, timeZone, wording, closedSince(hours, instant, timeZone));
    const week = line && hours ? weekRows(weekSchedule(hours, instant, timeZone), localDate(instant, timeZone), wording) : [];
    return html`
      ${this.renderError(error)} ${this.renderName(contact)} ${this.renderText(contact)} ${line ? this.renderStatus(line) : nothing}
      ${this.renderChannels(contact)} ${week.length ? this.renderWeek(week) : nothing}
    `;
  }

  private renderName(contact: Contact): unknown {
    if (contact.name === undefined) return nothing;
    const name = this.pick(contact.name);
    const tag = headingTag(this.checkedHeadingLevel(this.headingLevel));
    return staticHtml`<${tag} part="heading" lang=${name.lang ?? nothing}>${name.text}</${tag}>`;
  }

  private renderText(contact: Contact): TemplateResult {
    const text = !this.hasFreeText() && contact.text !== undefined ? this.pick(contact.text) : undefined;
    return html`<div class="text" part="text">
      <slot @slotchange=${() => this.requestUpdate()}></slot>${text ? html`<p lang=${text.lang ?? nothing}>${text.text}</p>` : nothing}
    </div>`;
  }

  private renderStatus(line: StatusLine): TemplateResult {
    return html`<p class="status ${line.state}" part="status">
      <svg class="icon" part="status-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${ICONS[line.state]}</svg>
      <span class="state">${line.label}</span>${
        line.change === undefined ? nothing : html`<span class="separator">${line.separator}</span><span class="change">${line.change}</span>`
      }
    </p>`;
  }

  private renderChannels(contact: Contact): unknown {
    if (!contact.phone && !contact.email) return nothing;
    // Written left to right in any language: in Arabic, "08-123 45 67" would otherwise show its groups reversed.
    const link = (text: string, href: string | undefined, part: 'phone' | 'email') => {
      if (href) return html`<a part=${part} href=${href} dir="ltr">${text}</a>`;
      this.warnOnce(`${this.localName}: ${part} "${text}" cannot be made into a link; it is shown as text`);
      return html`<span part=${part} dir="ltr">${text}</span>`;
    };
    return html`<dl class="channels" part="channels">
      ${
        contact.phone
          ? html`<div>
              <dt>${this.t('phone')}</dt>
              <dd>${link(contact.phone, telHref(contact.phone), 'phone')}</dd>
            </div>`
          : nothing
      }
      ${
        contact.email
          ? html`<div>
              <dt>${this.t('email')}</dt>
              <dd>${link(contact.email, mailtoHref(contact.email), 'email')}</dd>
            </div>`
          : nothing
      }
    </dl>`;
  }

  private renderWeek(rows: WeekRow[]): TemplateResult {
    return html`<details class="hours" part="hours">
      <summary part="hours-summary">${this.t('week.summary')}</summary>
      <table part="week">
        <thead>
          <tr>
            <th scope="col">${this.t('week.day')}</th>
            <th scope="col">${this.t('week.hours')}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map((row) => {
            const note = row.note === undefined ? undefined : this.pick(row.note);
            return html`<tr class=${row.today ? 'today' : nothing} aria-current=${row.today ? 'date' : nothing} data-date=${row.date}>
              <th scope="row">
                <span class="day">${row.day}</span>${row.today ? html` <span class="today-mark">${this.t('week.today')}</span>` : nothing}
                ${note ? html`<span class="note" lang=${note.lang ?? nothing}>${note.text}</span>` : nothing}
              </th>
              <td>${row.parts.map((part) => (part.period ? html`<span class="period">${part.value}</span>` : part.value))}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </details>`;
  }

  private warnOnce(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    console.warn(message);
  }
}

/** The JSON-LD script the element (and `kommun-elements render`) puts in its light DOM. */
const JSON_LD_SCRIPT = 'script[type="application/ld+json"][data-kommun-json-ld]';

/** What the element needs of the Trusted Types API (not yet in TypeScript's DOM types). */
interface ScriptPolicy {
  createScript(text: string): unknown;
}
interface ScriptPolicyFactory {
  createPolicy(name: string, rules: { createScript(text: string): string }): ScriptPolicy;
}

let scriptPolicy: ScriptPolicy | null | undefined;

/**
 * Sets a script's text; false when the page's Trusted Types allow no policy for it. The policy
 * only ever receives the JSON this module serialised (`<` escaped).
 */
function setScriptText(script: HTMLScriptElement, text: string): boolean {
  const factory = (globalThis as { trustedTypes?: ScriptPolicyFactory }).trustedTypes;
  if (!factory) {
    script.text = text;
    return true;
  }
  if (scriptPolicy === undefined) {
    try {
      scriptPolicy = factory.createPolicy('kommun-elements', { createScript: (json) => json });
    } catch {
      scriptPolicy = null; // The page's `trusted-types` directive does not name us: no JSON-LD.
    }
  }
  if (!scriptPolicy) return false;
  script.text = scriptPolicy.createScript(text) as string;
  return true;
}

/** A Contact, or a goal set's `contact`; a value that holds no contact at all is an error rather than an empty box. */
function readContact(raw: unknown, path: string): ContactParts {
  const parts = contactPartsFrom(raw, path);
  if (Object.keys(parts.contact).length === 0 && !parts.hoursError) {
    throw new DataError('required', path, `${path}: no contact found; expected {"name", "phone", "email", "text", "hours"} or a goal set with "contact"`);
  }
  return parts;
}

defineElement('contact-status', ContactStatus);

declare global {
  interface HTMLElementTagNameMap {
    'contact-status': ContactStatus;
  }
  interface HTMLElementEventMap {
    'contact-status-change': CustomEvent<ContactStatusChangeDetail>;
  }
}
