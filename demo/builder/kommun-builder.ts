/**
 * <kommun-builder>: the goal-set builder for web editors. A form over the goal-set object itself
 * (each control reads and writes one path in it), the live elements beside it, the library's
 * validators' problems at their fields and in a summary, the snippets to copy and the JSON to
 * download, and a paste box that opens a snippet or JSON for editing. Not part of the library.
 */
import { html, nothing } from 'lit';
import type { CSSResultGroup, PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defineElement } from '../../src/base/define.js';
import { registerLocale } from '../../src/base/i18n.js';
import { KommunElement } from '../../src/base/kommun-element.js';
import { baseStyles } from '../../src/base/styles.js';
import { dataErrorInWords } from '../../src/data/error-words.js';
import { pickText } from '../../src/data/localized-text.js';
import type { DataError, LocalizedText } from '../../src/data.js';
import { STATUS_LEVELS } from '../../src/data.js';
import { isRecord } from '../../src/lib/validate.js';
import '../../src/contact-status/contact-status.js';
import '../../src/goal-list/goal-list.js';
import '../../src/success-factors/success-factors.js';
import vara from '../../data/vara-kommun.json';
import en from './locales/en.json';
import sv from './locales/sv.json';
import { builderStyles } from './kommun-builder.styles.js';
import {
  addItem,
  blank,
  booleanValue,
  daysOf,
  daysTokens,
  fieldFor,
  getAt,
  goalSetFromPaste,
  jsonFile,
  listAt,
  moveItem,
  namesFactor,
  numberValue,
  paragraphsIn,
  PasteError,
  problemsOf,
  removeItem,
  setAt,
  snippetFor,
  textIn,
  textValue,
  withFactor,
  withLanguage,
  withParagraphs,
} from './model.js';
import type { ElementTag, GoalSetData } from './model.js';

registerLocale('sv', { 'kommun-builder': sv });
registerLocale('en', { 'kommun-builder': en });

/** The languages a LocalizedText gets a field for; others present in the data are kept as they are. */
const LANGUAGES = ['sv', 'en'] as const;
const TAGS: readonly ElementTag[] = ['goal-list', 'success-factors', 'contact-status'];
/** How long the preview waits after the last change. */
export const PREVIEW_DELAY_MS = 250;
/** A Monday, to name the days of the week with Intl. */
const A_MONDAY = Date.UTC(2024, 0, 1, 12);
/** The fields that say which kind of exception it is; the rest (its note, unknown keys) stay when the kind changes. */
const EXCEPTION_KEYS = ['date', 'from', 'to', 'opens', 'closes', 'closed'];
type ExceptionKind = 'hours' | 'closed' | 'range';

/** A control's id, from the path it writes: `goals[0].title.sv` → `f-goals-0-title-sv`. */
const idOf = (path: string) => `f-${path.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/-$/, '')}`;

interface FieldSpec {
  /** The control's own path: its id, and where problems are shown. */
  path: string;
  /** Where it writes (a LocalizedText's field writes the whole text); default `path`. */
  at?: string;
  label: string;
  hint?: string;
  show: (value: unknown) => string;
  write: (current: unknown, text: string) => unknown;
  multiline?: boolean;
  /** The language of the text typed in it. */
  lang?: string;
  inputmode?: 'numeric' | 'decimal' | 'email' | 'tel' | 'url';
  type?: 'text' | 'email' | 'tel' | 'url';
}

type Choice = readonly [value: string, text: string];

/** What the editor typed, while the data still holds what it wrote: "71," stays as typed. */
interface Draft {
  text: string;
  written: unknown;
}

/**
 * The goal-set builder.
 *
 * @tagname kommun-builder
 * @prop goalSet - The goal set being edited (the state itself: any keys, kept as they are).
 * @prop now - Freezes the contact preview's clock (an ISO instant), for stories and tests.
 */
export class KommunBuilder extends KommunElement {
  static override styles: CSSResultGroup = [baseStyles, builderStyles];
  protected static override namespace = 'kommun-builder';

  @property({ attribute: false })
  goalSet: GoalSetData = {};

  @property()
  now: string | undefined;

  @state() private pasteProblem: PasteError['reason'] | undefined;
  @state() private copied: Partial<Record<ElementTag, 'copied' | 'selected' | 'blocked'>> = {};
  @state() private announcement = '';

  /** What the preview shows: the goal set a moment after the last change, so that typing stays quick. */
  @state() private previewSet: GoalSetData = {};
  private previewTimer: ReturnType<typeof setTimeout> | undefined;

  private problems: DataError[] = [];
  private snippets: Partial<Record<ElementTag, string>> = {};
  /** Field path → the problems shown at it. */
  private shownAt = new Map<string, DataError[]>();
  /** The fields' paths in document order, while the form is walked to place the problems. */
  private fieldPaths: string[] | undefined;
  private drafts = new Map<string, Draft>();
  /** Eves and bridge days for which the editor chose "own hours" and has not typed them yet. */
  private ownHours = new Set<string>();
  /** The kind chosen for an exception whose data does not tell yet (no date, no from or to). */
  private exceptionKinds = new Map<string, ExceptionKind>();
  /** A control to focus once the form has rendered (after adding, moving or removing an item). */
  private focusNext: { id?: string; pathPrefix?: string } | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('goalSet')) {
      this.problems = problemsOf(this.goalSet);
      this.snippets = Object.fromEntries(TAGS.map((tag) => [tag, snippetFor(tag, this.goalSet)]));
      clearTimeout(this.previewTimer);
      // The first goal set at once; while typing, once the editor pauses.
      if (!changed.get('goalSet')) this.previewSet = this.goalSet;
      else this.previewTimer = setTimeout(() => (this.previewSet = this.goalSet), PREVIEW_DELAY_MS);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.previewTimer);
  }

  /** Resolves once the preview shows the current goal set. */
  get previewComplete(): Promise<void> {
    return (async () => {
      while (this.previewSet !== this.goalSet) await new Promise((resolve) => setTimeout(resolve, PREVIEW_DELAY_MS));
      await this.updateComplete;
      const previews = [
        ...this.renderRoot.querySelectorAll<HTMLElement & { updateComplete: Promise<boolean> }>('.preview > :is(goal-list, success-factors, contact-status)'),
      ];
      await Promise.all(previews.map((preview) => preview.updateComplete));
    })();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const next = this.focusNext;
    if (!next) return;
    this.focusNext = undefined;
    const root = this.renderRoot as ShadowRoot;
    const first = [...root.querySelectorAll<HTMLElement>('[data-path]')].find((el) => el.dataset['path']!.startsWith(`${next.pathPrefix}.`));
    // A group of checkboxes: its first box.
    const target = next.id ? root.getElementById(next.id) : first?.localName === 'fieldset' ? first.querySelector('input') : first;
    target?.focus();
  }

  // --- state changes ---------------------------------------------------------------------------

  /** Opens another goal set: what was typed and chosen for the old one goes. */
  private open(data: GoalSetData, announcement: string): void {
    this.drafts.clear();
    this.ownHours.clear();
    this.exceptionKinds.clear();
    this.copied = {};
    this.pasteProblem = undefined;
    this.goalSet = data;
    this.announcement = announcement;
  }

  /** A factor written as a plain string becomes `{label}` once one of its other fields is written. */
  private asObjects(data: GoalSetData, at: string): GoalSetData {
    const match = /^successFactors\[(\d+)\]\./.exec(at);
    const item = match ? getAt(data, `successFactors[${match[1]}]`) : undefined;
    return typeof item === 'string' ? setAt(data, `successFactors[${match![1]}]`, { label: item }) : data;
  }

  private write(at: string, value: (current: unknown) => unknown): void {
    const data = this.asObjects(this.goalSet, at);
    this.goalSet = setAt(data, at, value(getAt(data, at)));
  }

  /** The data as the form reads it: a factor written as a plain string is its label. */
  private read(at: string): unknown {
    const match = /^successFactors\[(\d+)\]\.label$/.exec(at);
    const item = match ? getAt(this.goalSet, `successFactors[${match[1]}]`) : undefined;
    return typeof item === 'string' ? item : getAt(this.goalSet, at);
  }

  private announce(key: string, values: Record<string, string | number> = {}): void {
    this.announcement = this.t(key, values);
  }

  // --- problems ----------------------------------------------------------------------------------

  private words(problem: DataError): string {
    return dataErrorInWords(problem.code, problem.path, (key, values) => this.t(`core:${key}`, { ...values, defaultValue: '' }));
  }

  /** Notes the path of a control while the form is walked, and gives the problems shown at it. */
  private problemsAt(path: string): DataError[] {
    this.fieldPaths?.push(path);
    return this.shownAt.get(path) ?? [];
  }

  private placeProblems(): void {
    this.shownAt = new Map();
    if (!this.problems.length) return;
    this.fieldPaths = [];
    this.renderForm();
    const fields = this.fieldPaths;
    this.fieldPaths = undefined;
    for (const problem of this.problems) {
      const field = fieldFor(problem.path, fields);
      if (field !== undefined) this.shownAt.set(field, [...(this.shownAt.get(field) ?? []), problem]);
    }
  }

  private fieldOfProblem(problem: DataError): string | undefined {
    return [...this.shownAt].find(([, problems]) => problems.includes(problem))?.[0];
  }

  private renderMessages(id: string, problems: readonly DataError[]): TemplateResult | typeof nothing {
    if (!problems.length) return nothing;
    return html`<p class="error-message" id=${`${id}-error`}>
      <span class="error-prefix">${this.t('error.prefix')}</span> ${problems.map((problem) => this.words(problem)).join(' ')}
    </p>`;
  }

  private describedBy(id: string, hint: string | undefined, problems: readonly DataError[]): string | typeof nothing {
    const ids = [hint ? `${id}-hint` : '', problems.length ? `${id}-error` : ''].filter(Boolean);
    return ids.length ? ids.join(' ') : nothing;
  }

  private renderSummary(): TemplateResult | typeof nothing {
    if (!this.problems.length) return nothing;
    return html`<div class="error-summary" id="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">${this.t('summary.title')}</h2>
      <p>${this.t('summary.intro', { count: this.problems.length })}</p>
      <ul>
        ${this.problems.map((problem) => {
          const field = this.fieldOfProblem(problem);
          return html`<li>
            ${
              field === undefined
                ? this.words(problem)
                : html`<a href=${`#${idOf(field)}`} @click=${(event: Event) => this.followProblem(event, field)}>${this.words(problem)}</a>`
            }
          </li>`;
        })}
      </ul>
    </div>`;
  }

  /** Links inside a shadow root do not reach its ids: the link moves focus itself, as GOV.UK's does. */
  private followProblem(event: Event, field: string): void {
    event.preventDefault();
    const target = this.renderRoot.querySelector<HTMLElement>(`#${idOf(field)}`);
    target?.scrollIntoView({ block: 'center' });
    target?.focus();
  }

  private focusSummary(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#error-summary')?.focus());
  }

  // --- controls ----------------------------------------------------------------------------------

  private field(spec: FieldSpec): TemplateResult {
    const at = spec.at ?? spec.path;
    const id = idOf(spec.path);
    const problems = this.problemsAt(spec.path);
    if (this.fieldPaths) return html``;
    const value = this.read(at);
    const draft = this.drafts.get(spec.path);
    const shown = draft && draft.written === value ? draft.text : spec.show(value);
    if (draft && draft.written !== value) this.drafts.delete(spec.path);
    const onInput = (event: Event) => {
      const text = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
      this.write(at, (current) => spec.write(current, text));
      this.drafts.set(spec.path, { text, written: this.read(at) });
    };
    const describedBy = this.describedBy(id, spec.hint, problems);
    const control = spec.multiline
      ? html`<textarea
          id=${id}
          data-path=${spec.path}
          rows="4"
          lang=${spec.lang ?? nothing}
          aria-describedby=${describedBy}
          aria-invalid=${problems.length ? 'true' : nothing}
          .value=${shown}
          @input=${onInput}
        ></textarea>`
      : html`<input
          id=${id}
          data-path=${spec.path}
          type=${spec.type ?? 'text'}
          lang=${spec.lang ?? nothing}
          inputmode=${spec.inputmode ?? nothing}
          autocomplete="off"
          spellcheck=${spec.inputmode || spec.type ? 'false' : nothing}
          aria-describedby=${describedBy}
          aria-invalid=${problems.length ? 'true' : nothing}
          .value=${shown}
          @input=${onInput}
        />`;
    return html`<div class="field ${problems.length ? 'field-error' : ''}">
      <label for=${id}>${spec.label}</label>
      ${spec.hint ? html`<p class="hint" id=${`${id}-hint`}>${spec.hint}</p>` : nothing} ${this.renderMessages(id, problems)} ${control}
    </div>`;
  }

  private text(path: string, label: string, extra: Partial<FieldSpec> = {}): TemplateResult {
    return this.field({
      path,
      label,
      show: (value) => (typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value)),
      write: (_, text) => textValue(text),
      ...extra,
    });
  }

  private number(path: string, label: string): TemplateResult {
    const format = new Intl.NumberFormat(this.uiLang, { useGrouping: false, maximumFractionDigits: 20 });
    return this.field({
      path,
      label,
      hint: this.t('hint.number'),
      inputmode: 'decimal',
      show: (value) => (typeof value === 'number' ? format.format(value) : typeof value === 'string' ? value : ''),
      write: (_, text) => numberValue(text),
    });
  }

  private time(path: string, label: string): TemplateResult {
    return this.text(path, label, { hint: this.t('hint.time'), inputmode: 'numeric' });
  }

  /** A LocalizedText: a field per language, each writing its language into the one text. */
  private localized(path: string, label: string, options: { multiline?: boolean; paragraphs?: boolean; hint?: string } = {}): TemplateResult[] {
    return LANGUAGES.map((lang) =>
      this.field({
        path: `${path}.${lang}`,
        at: path,
        label: this.t(`language.${lang}`, { field: label }),
        lang,
        multiline: options.multiline || options.paragraphs,
        ...(options.hint && { hint: options.hint }),
        show: (value) => (options.paragraphs ? paragraphsIn(value, lang) : textIn(value, lang)),
        write: (current, text) => (options.paragraphs ? withParagraphs(current, lang, text) : withLanguage(current, lang, text)),
      }),
    );
  }

  private select(path: string, label: string, choices: readonly Choice[], current: string, onChoose: (value: string) => void): TemplateResult {
    const id = idOf(path);
    const problems = this.problemsAt(path);
    if (this.fieldPaths) return html``;
    return html`<div class="field ${problems.length ? 'field-error' : ''}">
      <label for=${id}>${label}</label>
      ${this.renderMessages(id, problems)}
      <select
        id=${id}
        data-path=${path}
        aria-describedby=${this.describedBy(id, undefined, problems)}
        aria-invalid=${problems.length ? 'true' : nothing}
        @change=${(event: Event) => onChoose((event.target as HTMLSelectElement).value)}
      >
        ${choices.map(([value, text]) => html`<option value=${value} ?selected=${value === current}>${text}</option>`)}
      </select>
    </div>`;
  }

  /** A fieldset of checkboxes; `onToggle` gets the box's index and whether it is now checked. */
  private checkboxes(
    path: string,
    legend: string,
    boxes: readonly { label: string; checked: boolean }[],
    onToggle: (i: number, checked: boolean) => void,
  ): TemplateResult {
    const id = idOf(path);
    const problems = this.problemsAt(path);
    if (this.fieldPaths) return html``;
    return html`<fieldset
      class="checkboxes ${problems.length ? 'field-error' : ''}"
      id=${id}
      data-path=${path}
      aria-describedby=${this.describedBy(id, undefined, problems)}
    >
      <legend>${legend}</legend>
      ${this.renderMessages(id, problems)}
      ${boxes.map(
        (box, i) =>
          html`<div class="checkbox">
            <input
              type="checkbox"
              id=${`${id}-${i}`}
              .checked=${box.checked}
              @change=${(event: Event) => onToggle(i, (event.target as HTMLInputElement).checked)}
            /><label for=${`${id}-${i}`}>${box.label}</label>
          </div>`,
      )}
    </fieldset>`;
  }

  /** A button that adds an item to a list; problems with the list itself (missing, empty) show at it. */
  private addButton(path: string, label: string, item: () => unknown, noun: string): TemplateResult {
    const id = idOf(path);
    const problems = this.problemsAt(path);
    if (this.fieldPaths) return html``;
    const add = () => {
      const index = listAt(this.goalSet, path).length;
      this.goalSet = addItem(this.goalSet, path, item());
      this.focusNext = { pathPrefix: `${path}[${index}]` };
      this.announce('announce.added', { item: this.t(`item.${noun}`, { position: index + 1 }) });
    };
    return html`<div class="add ${problems.length ? 'field-error' : ''}">
      ${this.renderMessages(id, problems)}
      <button type="button" class="secondary" id=${id} data-path=${path} aria-describedby=${this.describedBy(id, undefined, problems)} @click=${add}>
        ${label}
      </button>
    </div>`;
  }

  /** Move up, move down and remove for item `index` of the list at `path`. */
  private itemActions(path: string, index: number, count: number, noun: string): TemplateResult {
    const name = this.t(`item.${noun}`, { position: index + 1 });
    const inText = this.t(`itemInText.${noun}`, { position: index + 1 });
    const itemId = idOf(`${path}[${index}]`);
    const move = (to: number, direction: 'up' | 'down') => {
      this.goalSet = moveItem(this.goalSet, path, index, to);
      const edge = (direction === 'up' && to === 0) || (direction === 'down' && to === count - 1);
      const stay = edge ? (direction === 'up' ? 'down' : 'up') : direction;
      this.focusNext = { id: `${idOf(`${path}[${to}]`)}-${stay}` };
      this.announce('announce.moved', { item: name, position: to + 1 });
    };
    const remove = () => {
      this.goalSet = removeItem(this.goalSet, path, index);
      this.focusNext = { id: idOf(path) };
      this.announce('announce.removed', { item: name });
    };
    return html`<div class="item-actions">
      <button type="button" class="secondary" id=${`${itemId}-up`} ?disabled=${index === 0} @click=${() => move(index - 1, 'up')}>
        ${this.t('action.up', { item: inText })}
      </button>
      <button type="button" class="secondary" id=${`${itemId}-down`} ?disabled=${index === count - 1} @click=${() => move(index + 1, 'down')}>
        ${this.t('action.down', { item: inText })}
      </button>
      <button type="button" class="warning" @click=${remove}>${this.t('action.remove', { item: inText })}</button>
    </div>`;
  }

  /** Each item of a list as a fieldset, with its actions, and the add button. */
  private list(path: string, noun: string, addLabel: string, newItem: () => unknown, item: (itemPath: string, index: number) => unknown): TemplateResult {
    const items = listAt(this.goalSet, path);
    return html`${items.map(
      (_, i) =>
        html`<fieldset class="item">
          <legend>${this.t(`item.${noun}`, { position: i + 1 })}</legend>
          ${item(`${path}[${i}]`, i)} ${this.itemActions(path, i, items.length, noun)}
        </fieldset>`,
    )}
    ${this.addButton(path, addLabel, newItem, noun)}`;
  }

  // --- the form ----------------------------------------------------------------------------------

  private renderForm(): TemplateResult {
    return html`
      <section aria-labelledby="set-heading">
        <h2 id="set-heading">${this.t('set.heading')}</h2>
        ${this.localized('title', this.t('set.title'))} ${this.localized('intro', this.t('set.intro'), { multiline: true })}
        ${this.localized('note', this.t('set.note'), { multiline: true })}
      </section>
      <section aria-labelledby="factors-heading">
        <h2 id="factors-heading">${this.t('factors.heading')}</h2>
        ${this.localized('successFactorsIntro', this.t('factors.intro'), { multiline: true })}
        ${this.list(
          'successFactors',
          'factor',
          this.t('factors.add'),
          () => ({}),
          (at) => this.renderFactor(at),
        )}
      </section>
      <section aria-labelledby="goals-heading">
        <h2 id="goals-heading">${this.t('goals.heading')}</h2>
        ${this.list(
          'goals',
          'goal',
          this.t('goals.add'),
          () => ({}),
          (at) => this.renderGoal(at),
        )}
      </section>
      <section aria-labelledby="contact-heading">
        <h2 id="contact-heading">${this.t('contact.heading')}</h2>
        ${this.renderContact()}
      </section>
    `;
  }

  private renderFactor(at: string): unknown {
    return [
      this.localized(`${at}.label`, this.t('factors.label')),
      this.localized(`${at}.description`, this.t('factors.description')),
      this.text(`${at}.id`, this.t('factors.id'), { hint: this.t('hint.id') }),
    ];
  }

  private renderGoal(at: string): unknown {
    const factors = listAt(this.goalSet, 'successFactors');
    const chosen = getAt(this.goalSet, `${at}.successFactors`);
    const level = getAt(this.goalSet, `${at}.status.level`);
    const levelChoice = typeof level === 'string' ? level : '';
    return html`
      ${this.localized(`${at}.title`, this.t('goals.title'))} ${this.text(`${at}.id`, this.t('goals.id'), { hint: this.t('hint.id') })}
      ${this.localized(`${at}.description`, this.t('goals.description'), { paragraphs: true, hint: this.t('hint.paragraphs') })}
      ${this.select(
        `${at}.status.level`,
        this.t('goals.status'),
        [['', this.t('goals.noStatus')], ...STATUS_LEVELS.map((l) => [l, this.t(`goal-card:status.${l}`)] as const)],
        levelChoice,
        (value) => this.write(`${at}.status.level`, () => textValue(value)),
      )}
      ${this.localized(`${at}.status.label`, this.t('goals.statusLabel'))}
      ${
        factors.length
          ? this.checkboxes(
              `${at}.successFactors`,
              this.t('goals.factors'),
              factors.map((factor) => ({ label: this.factorLabel(factor), checked: this.names(chosen, factor) })),
              (i, checked) => this.write(`${at}.successFactors`, (current) => withFactor(current, factors, i, checked)),
            )
          : nothing
      }
      <h3 class="subheading">${this.t('goals.indicators')}</h3>
      ${this.list(
        `${at}.indicators`,
        'indicator',
        this.t('indicator.add'),
        () => ({}),
        (path) => this.renderIndicator(path),
      )}
      <h3 class="subheading">${this.t('goals.links')}</h3>
      ${this.list(
        `${at}.links`,
        'link',
        this.t('link.add'),
        () => ({}),
        (path) => [
          this.text(`${path}.href`, this.t('link.href'), { type: 'url', inputmode: 'url', hint: this.t('hint.href') }),
          this.localized(`${path}.text`, this.t('link.text')),
        ],
      )}
    `;
  }

  private names(chosen: unknown, factor: unknown): boolean {
    return Array.isArray(chosen) && chosen.some((entry) => namesFactor(entry, factor));
  }

  private factorLabel(factor: unknown): string {
    const label = typeof factor === 'string' ? factor : isRecord(factor) ? factor['label'] : undefined;
    const text = typeof label === 'string' || isRecord(label) ? pickText(label as LocalizedText, this.contextLang).text : '';
    return blank(text) ? this.t('factors.unnamed') : text;
  }

  private renderIndicator(at: string): unknown {
    const higher = getAt(this.goalSet, `${at}.higherIsBetter`);
    const gender = getAt(this.goalSet, `${at}.kolada.gender`);
    return [
      this.localized(`${at}.label`, this.t('indicator.label')),
      this.number(`${at}.value`, this.t('indicator.value')),
      this.localized(`${at}.unit`, this.t('indicator.unit')),
      this.number(`${at}.target`, this.t('indicator.target')),
      this.number(`${at}.year`, this.t('indicator.year')),
      this.select(
        `${at}.higherIsBetter`,
        this.t('indicator.higherIsBetter'),
        [
          ['', this.t('indicator.higherDefault')],
          ['true', this.t('indicator.higherTrue')],
          ['false', this.t('indicator.higherFalse')],
        ],
        typeof higher === 'boolean' ? String(higher) : '',
        (value) => this.write(`${at}.higherIsBetter`, () => booleanValue(value)),
      ),
      this.localized(`${at}.source`, this.t('indicator.source')),
      this.number(`${at}.previous.value`, this.t('indicator.previousValue')),
      this.number(`${at}.previous.year`, this.t('indicator.previousYear')),
      this.text(`${at}.kolada.kpi`, this.t('indicator.kpi')),
      this.text(`${at}.kolada.municipality`, this.t('indicator.municipality'), { hint: this.t('hint.municipality'), inputmode: 'numeric' }),
      this.select(
        `${at}.kolada.gender`,
        this.t('indicator.gender'),
        [['', this.t('indicator.genderDefault')], ...(['T', 'K', 'M'] as const).map((g) => [g, this.t(`indicator.gender${g}`)] as const)],
        typeof gender === 'string' ? gender : '',
        (value) => this.write(`${at}.kolada.gender`, () => textValue(value)),
      ),
    ];
  }

  private renderContact(): unknown {
    const address = getAt(this.goalSet, 'contact.address');
    return html`
      ${this.localized('contact.name', this.t('contact.name'))} ${this.text('contact.phone', this.t('contact.phone'), { type: 'tel', inputmode: 'tel' })}
      ${this.text('contact.email', this.t('contact.email'), { type: 'email', inputmode: 'email' })}
      ${this.localized('contact.text', this.t('contact.text'), { multiline: true })}
      ${
        isRecord(address)
          ? (['streetAddress', 'postalCode', 'addressLocality', 'addressCountry'] as const).map((key) =>
              this.text(`contact.address.${key}`, this.t(`contact.${key}`)),
            )
          : this.text('contact.address', this.t('contact.address'))
      }
      ${this.text('contact.url', this.t('contact.url'), { type: 'url', inputmode: 'url', hint: this.t('hint.url') })}
      <h3 class="subheading">${this.t('hours.heading')}</h3>
      <p class="hint">${this.t('hours.intro')}</p>
      ${this.list(
        'contact.hours.regular',
        'period',
        this.t('hours.add'),
        () => ({}),
        (at) => this.renderPeriod(at),
      )}
      ${this.renderHoursSettings()}
      <h3 class="subheading">${this.t('exceptions.heading')}</h3>
      ${this.list(
        'contact.hours.exceptions',
        'exception',
        this.t('exceptions.add'),
        () => ({}),
        (at) => this.renderException(at),
      )}
    `;
  }

  private dayNames(): string[] {
    const format = new Intl.DateTimeFormat(this.uiLang, { weekday: 'long', timeZone: 'UTC' });
    return Array.from({ length: 7 }, (_, i) => format.format(A_MONDAY + i * 86_400_000));
  }

  private renderPeriod(at: string): unknown {
    const days = daysOf(getAt(this.goalSet, `${at}.days`));
    return [
      this.checkboxes(
        `${at}.days`,
        this.t('hours.days'),
        this.dayNames().map((label, i) => ({ label, checked: days.has(i) })),
        (i, checked) =>
          this.write(`${at}.days`, (current) => {
            const next = daysOf(current);
            if (checked) next.add(i);
            else next.delete(i);
            return next.size ? daysTokens(next) : undefined;
          }),
      ),
      this.time(`${at}.opens`, this.t('hours.opens')),
      this.time(`${at}.closes`, this.t('hours.closes')),
    ];
  }

  /** Holidays, eves, the day before a holiday and bridge days: each a choice the hours type allows. */
  private renderHoursSettings(): unknown {
    const at = 'contact.hours';
    const holidays = getAt(this.goalSet, `${at}.holidays`);
    return html`
      ${this.select(
        `${at}.holidays`,
        this.t('hours.holidays'),
        [
          ['', this.t('hours.defaultClosed')],
          ['closed', this.t('hours.closed')],
          ['regular', this.t('hours.regular')],
        ],
        typeof holidays === 'string' ? holidays : '',
        (value) => this.write(`${at}.holidays`, () => textValue(value)),
      )}
      ${this.renderDayKind(`${at}.eves`, this.t('hours.eves'), this.t('hours.defaultClosed'))}
      <fieldset class="group">
        <legend>${this.t('hours.dayBeforeHoliday')}</legend>
        <p class="hint">${this.t('hours.dayBeforeHolidayHint')}</p>
        ${this.time(`${at}.dayBeforeHoliday.opens`, this.t('hours.opens'))} ${this.time(`${at}.dayBeforeHoliday.closes`, this.t('hours.closes'))}
      </fieldset>
      ${this.renderDayKind(`${at}.bridgeDays`, this.t('hours.bridgeDays'), this.t('hours.defaultRegular'))}
    `;
  }

  /** "closed", "regular" or own hours (`{opens, closes}`), for eves and bridge days. */
  private renderDayKind(path: string, label: string, defaultText: string): unknown {
    const value = getAt(this.goalSet, path);
    const own = isRecord(value) || this.ownHours.has(path);
    const current = own ? 'hours' : typeof value === 'string' ? value : '';
    return html`${this.select(
      path,
      label,
      [
        ['', defaultText],
        ['closed', this.t('hours.closed')],
        ['regular', this.t('hours.regular')],
        ['hours', this.t('hours.own')],
      ],
      current,
      (choice) => {
        if (choice === 'hours') this.ownHours.add(path);
        else this.ownHours.delete(path);
        this.write(path, (old) => (choice === 'hours' ? (isRecord(old) ? old : undefined) : textValue(choice)));
      },
    )}
    ${own ? html`<div class="group">${this.time(`${path}.opens`, this.t('hours.opens'))} ${this.time(`${path}.closes`, this.t('hours.closes'))}</div>` : nothing}`;
  }

  private renderException(at: string): unknown {
    const exception = getAt(this.goalSet, at);
    const value = isRecord(exception) ? exception : {};
    const dated = value['date'] !== undefined;
    const kind: ExceptionKind =
      value['from'] !== undefined || value['to'] !== undefined
        ? 'range'
        : dated && value['closed'] === true
          ? 'closed'
          : dated
            ? 'hours'
            : (this.exceptionKinds.get(at) ?? 'hours');
    const choose = (next: string) => {
      this.exceptionKinds.set(at, next as ExceptionKind);
      this.write(at, (old) => {
        const { date, from, to, opens, closes } = isRecord(old) ? old : ({} as Record<string, unknown>);
        const rest = Object.fromEntries(Object.entries(isRecord(old) ? old : {}).filter(([key]) => !EXCEPTION_KEYS.includes(key)));
        if (next === 'range')
          return { ...(from !== undefined ? { from } : date !== undefined && { from: date }), ...(to !== undefined && { to }), closed: true, ...rest };
        const day = { ...(date !== undefined ? { date } : from !== undefined && { date: from }), ...rest };
        return next === 'closed' ? { ...day, closed: true } : { ...day, ...(opens !== undefined && { opens }), ...(closes !== undefined && { closes }) };
      });
    };
    return html`
      ${this.select(
        `${at}.closed`,
        this.t('exceptions.kind'),
        [
          ['hours', this.t('exceptions.hours')],
          ['closed', this.t('exceptions.closedDay')],
          ['range', this.t('exceptions.range')],
        ],
        kind,
        choose,
      )}
      ${
        kind === 'range'
          ? [this.date(`${at}.from`, this.t('exceptions.from')), this.date(`${at}.to`, this.t('exceptions.to'))]
          : this.date(`${at}.date`, this.t('exceptions.date'))
      }
      ${kind === 'hours' ? [this.time(`${at}.opens`, this.t('hours.opens')), this.time(`${at}.closes`, this.t('hours.closes'))] : nothing}
      ${this.localized(`${at}.note`, this.t('exceptions.note'))}
    `;
  }

  private date(path: string, label: string): TemplateResult {
    return this.text(path, label, { hint: this.t('hint.date'), inputmode: 'numeric', write: (_, text) => textValue(text.trim()) });
  }

  // --- start, import, preview, output -----------------------------------------------------------

  private renderStart(): TemplateResult {
    return html`<section aria-labelledby="start-heading" class="start">
      <h2 id="start-heading">${this.t('start.heading')}</h2>
      <div class="buttons">
        <button type="button" class="secondary" @click=${() => this.open(structuredClone(vara), this.t('announce.example'))}>${this.t('start.example')}</button>
        <button type="button" class="secondary" @click=${() => this.open({}, this.t('announce.empty'))}>${this.t('start.empty')}</button>
      </div>
      ${this.renderImport()}
    </section>`;
  }

  private renderImport(): TemplateResult {
    const problem = this.pasteProblem;
    const describedBy = ['paste-hint', problem ? 'paste-error' : ''].filter(Boolean).join(' ');
    return html`<div class="field ${problem ? 'field-error' : ''}">
        <label for="paste">${this.t('paste.label')}</label>
        <p class="hint" id="paste-hint">${this.t('paste.hint')}</p>
        ${
          problem
            ? html`<p class="error-message" id="paste-error"><span class="error-prefix">${this.t('error.prefix')}</span> ${this.t(`paste.${problem}`)}</p>`
            : nothing
        }
        <textarea id="paste" rows="4" spellcheck="false" aria-describedby=${describedBy} aria-invalid=${problem ? 'true' : nothing}></textarea>
      </div>
      <button type="button" class="secondary" @click=${() => this.openPaste()}>${this.t('paste.open')}</button>`;
  }

  private openPaste(): void {
    const textarea = this.renderRoot.querySelector<HTMLTextAreaElement>('#paste')!;
    try {
      this.open(goalSetFromPaste(textarea.value), this.t('announce.opened'));
      textarea.value = '';
    } catch (error) {
      if (!(error instanceof PasteError)) throw error;
      console.warn(`kommun-builder: paste: ${error.message}`);
      this.pasteProblem = error.reason;
      void this.updateComplete.then(() => textarea.focus());
      return;
    }
    void this.updateComplete.then(() => {
      for (const problem of this.problems) console.warn(`kommun-builder: ${problem.message}`);
      if (this.problems.length) this.focusSummary();
    });
  }

  private renderPreview(): TemplateResult {
    const data = this.previewSet;
    const shows = (tag: ElementTag) => snippetFor(tag, data) !== undefined;
    const any = TAGS.some(shows);
    return html`<section aria-labelledby="preview-heading" class="preview">
      <h2 id="preview-heading">${this.t('preview.heading')}</h2>
      ${any ? nothing : html`<p>${this.t('preview.nothing')}</p>`}
      ${shows('goal-list') ? html`<goal-list heading-level="4" .goals=${data}></goal-list>` : nothing}
      ${shows('success-factors') ? html`<success-factors heading-level="3" .factors=${data}></success-factors>` : nothing}
      ${shows('contact-status') ? html`<contact-status heading-level="3" no-json-ld now=${this.now ?? nothing} .contact=${data}></contact-status>` : nothing}
    </section>`;
  }

  private renderOutput(): TemplateResult {
    return html`<section aria-labelledby="output-heading" class="output">
      <h2 id="output-heading">${this.t('output.heading')}</h2>
      <p>${this.t('output.intro')}</p>
      ${TAGS.map((tag) => {
        const snippet = this.snippets[tag];
        if (snippet === undefined) return nothing;
        const id = `snippet-${tag}`;
        const copied = this.copied[tag];
        return html`<div class="snippet">
          <label for=${id}>${this.t(`output.${tag}`)}</label>
          <textarea id=${id} readonly rows="6" spellcheck="false" .value=${snippet}></textarea>
          <button type="button" @click=${() => void this.copy(tag)}>${this.t(`output.copy.${tag}`)}</button>
          <p role="status" class="confirmation">${copied ? this.t(`output.${copied}`) : ''}</p>
        </div>`;
      })}
      <button type="button" class="secondary" @click=${() => this.download()}>${this.t('output.download')}</button>
    </section>`;
  }

  private problemsOfPart(tag: ElementTag): DataError[] {
    const part = (path: string): ElementTag =>
      path.startsWith('successFactors') ? 'success-factors' : path.startsWith('contact') ? 'contact-status' : 'goal-list';
    return this.problems.filter((problem) => part(problem.path) === tag);
  }

  /** Copies the snippet; with problems in its part it is not copied and the summary says why. */
  private async copy(tag: ElementTag): Promise<void> {
    if (this.problemsOfPart(tag).length) {
      this.copied = { [tag]: 'blocked' };
      this.focusSummary();
      return;
    }
    const textarea = this.renderRoot.querySelector<HTMLTextAreaElement>(`#snippet-${tag}`)!;
    try {
      await navigator.clipboard.writeText(textarea.value);
      this.copied = { [tag]: 'copied' };
    } catch {
      // No clipboard (denied, or not a secure context): the text is selected for Ctrl+C.
      textarea.focus();
      textarea.select();
      this.copied = { [tag]: 'selected' };
    }
  }

  private download(): void {
    const url = URL.createObjectURL(new Blob([jsonFile(this.goalSet)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = this.t('output.fileName');
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
    this.announce('announce.downloaded', { file: link.download });
  }

  protected override renderContent(): unknown {
    this.placeProblems();
    return html`
      <h1>${this.t('heading')}</h1>
      <p class="lede">${this.t('lede')}</p>
      ${this.renderStart()} ${this.renderSummary()}
      <div class="layout">
        <form class="form" novalidate @submit=${(event: Event) => event.preventDefault()}>${this.renderForm()}</form>
        <div class="side">${this.renderPreview()} ${this.renderOutput()}</div>
      </div>
      <p role="status" class="visually-hidden">${this.announcement}</p>
    `;
  }
}

defineElement('kommun-builder', KommunBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'kommun-builder': KommunBuilder;
  }
}
