/**
 * Live figures from Kolada for `<goal-card kolada-live>` and `<goal-list kolada-live>`: each
 * indicator that names a KPI gets Kolada's latest value and year, the year before as its trend,
 * and "Källa: Kolada". The values written in the data are shown until the figures arrive, and
 * stay when Kolada does not answer in time, answers with an error, or has no value; each such
 * case is told once (console and `kommun-error`, naming the indicator's path), never shown as
 * an error on the page: the goal is still there, with the figures it was given.
 */
import { isServer } from 'lit';
import type { ReactiveController } from 'lit';
import type { KommunElement } from '../base/kommun-element.js';
import { safeHref } from '../data/safe-url.js';
import type { Goal, Indicator, KoladaRef } from '../data/types.js';
import { DataError } from '../lib/data-error.js';
import { KOLADA_API, koladaFields, latestValues } from '../lib/kolada/kolada.js';

/** How long Kolada may take before the written values stay (one round, every indicator). */
export const KOLADA_TIMEOUT_MS = 8000;

type Fields = NonNullable<ReturnType<typeof koladaFields>>;

/** What the element tells the controller, read on each update. */
export interface KoladaFiguresOptions {
  live: () => boolean;
  /** The `kolada-api` attribute: the API's base URL (default Kolada's own). */
  api: () => string | undefined;
  /** The goals shown, each with the path it sits at in the data (`goal`, `goals[2]`). */
  goals: () => readonly { goal: Goal; path: string }[];
}

const refKey = ({ kpi, municipality, gender = 'T' }: KoladaRef) => `${kpi} ${municipality} ${gender}`;

export class KoladaFigures implements ReactiveController {
  /** Fetched figures by `kpi municipality gender`; null where Kolada had none. */
  private figures = new Map<string, Fields | null>();
  /** What the current round asks for (`base` + keys), so that an update that changes neither fetches nothing. */
  private asked = '';
  private round: AbortController | undefined;

  constructor(
    private readonly host: KommunElement,
    private readonly options: KoladaFiguresOptions,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    if (isServer) return; // A server render shows the written figures; the browser fetches when it hydrates.
    const wanted = this.options.live() ? this.wanted() : new Map<string, { ref: KoladaRef; path: string }>();
    const api = this.options.api() ?? '';
    const asked = wanted.size ? `${api}\n${[...wanted.keys()].sort().join('\n')}` : '';
    if (asked === this.asked) return;
    this.asked = asked;
    this.stop();
    this.figures = new Map();
    const base = wanted.size ? this.base(api) : undefined;
    if (base !== undefined) void this.fetchAll(base, wanted);
  }

  hostDisconnected(): void {
    this.stop();
    this.asked = ''; // Connected again, it asks again.
  }

  /** The goal with Kolada's figures in its indicators, where they have arrived. */
  apply(goal: Goal): Goal {
    if (!this.figures.size || !goal.indicators?.some((indicator) => indicator.kolada)) return goal;
    return { ...goal, indicators: goal.indicators.map((indicator) => this.withFigures(indicator)) };
  }

  private withFigures(indicator: Indicator): Indicator {
    const fields = indicator.kolada && this.figures.get(refKey(indicator.kolada));
    if (!fields) return indicator;
    const { previous, ...latest } = fields;
    const filled: Indicator = { ...indicator, ...latest };
    if (previous) filled.previous = previous;
    else delete filled.previous; // The written trend belongs to the written value.
    return filled;
  }

  /** Each KPI asked once, with the path of the first indicator that names it (for what is told). */
  private wanted(): Map<string, { ref: KoladaRef; path: string }> {
    const wanted = new Map<string, { ref: KoladaRef; path: string }>();
    for (const { goal, path } of this.options.goals()) {
      goal.indicators?.forEach((indicator, i) => {
        if (indicator.kolada && !wanted.has(refKey(indicator.kolada)))
          wanted.set(refKey(indicator.kolada), { ref: indicator.kolada, path: `${path}.indicators[${i}].kolada` });
      });
    }
    return wanted;
  }

  /** The API's base URL; undefined (nothing fetched, told) when `kolada-api` is not an http(s) URL. */
  private base(api: string): string | undefined {
    if (api === '') return KOLADA_API;
    const href = safeHref(api, document.baseURI);
    if (href && /^https?:/.test(href)) return href;
    this.host.reportError(
      new DataError('value', 'kolada-api', `kolada-api: expected an http(s) URL, got ${JSON.stringify(api.slice(0, 60))}; the written values are shown`),
    );
    return undefined;
  }

  private async fetchAll(base: string, wanted: Map<string, { ref: KoladaRef; path: string }>): Promise<void> {
    const round = (this.round = new AbortController());
    const timer = setTimeout(() => round.abort(new DOMException('Kolada did not answer in time', 'TimeoutError')), KOLADA_TIMEOUT_MS);
    await Promise.all(
      [...wanted].map(async ([key, { ref, path }]) => {
        try {
          const fields = koladaFields(await latestValues(ref, { base, signal: round.signal }));
          if (round.signal.aborted) return;
          this.figures.set(key, fields ?? null);
          if (fields) this.host.requestUpdate();
          else
            this.host.reportError(
              new DataError('value', path, `${path}: Kolada has no value for ${ref.kpi} in ${ref.municipality}; the written value is shown`),
            );
        } catch (problem) {
          if (round !== this.round) return; // Stopped: the element left the page or asks for something else.
          const timedOut = round.signal.aborted;
          const why = timedOut ? `no answer within ${KOLADA_TIMEOUT_MS / 1000} s` : String(problem instanceof Error ? problem.message : problem);
          this.host.reportError(
            new DataError(
              timedOut ? 'timeout' : 'fetch',
              path,
              `${path}: Kolada's figures for ${ref.kpi} could not be fetched (${why}); the written value is shown`,
            ),
          );
        }
      }),
    );
    clearTimeout(timer);
  }

  private stop(): void {
    const round = this.round;
    this.round = undefined;
    round?.abort();
  }
}
