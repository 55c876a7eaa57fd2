// @ts-check
/**
 * Kolada's API v3 (the national database of municipal key figures, run by RKA), as far as a
 * goal's indicator needs it: the latest two years with a value of one KPI for one municipality.
 * Written once for both ends: `kommun-elements kolada FILE` (bin/kolada.js) writes them into a
 * data file, `<goal-card kolada-live>` and `<goal-list kolada-live>` fetch them in the browser.
 * Plain JavaScript with JSDoc types (declared for TypeScript in kolada.d.ts), so that the command
 * runs it from source. No DOM and no Node: `fetch` is given by the caller.
 *
 * Data: GET {base}/data/kpi/{kpi}/municipality/{municipality}/year/{years} answers
 * `{ count, values: [{ kpi, municipality, period, values: [{ gender, status, value, count }] }], next_url }`;
 * a missing value has `status: "Missing"` (and `value: null`).
 */

export const KOLADA_API = 'https://api.kolada.se/v3';

/** How many years back are asked for (a KPI is often published a year or two late). */
const YEARS_BACK = 10;
/** Kolada pages at 5,000 records; one KPI for one municipality over ten years is one page. */
const MAX_PAGES = 20;

/**
 * @typedef {{ kpi: string, municipality: string, gender?: 'T' | 'K' | 'M' }} KoladaRef
 * @typedef {{ year: number, value: number }} KoladaValue
 * @typedef {{ base?: string, fetch?: typeof fetch, year?: number, signal?: AbortSignal }} KoladaOptions
 */

/**
 * The data URL for `ref`, the ten years up to `year`.
 * @param {KoladaRef} ref
 * @param {string} base
 * @param {number} year
 */
export function koladaDataUrl(ref, base, year) {
  const years = Array.from({ length: YEARS_BACK }, (_, i) => year - i).join(',');
  return `${base.replace(/\/+$/, '')}/data/kpi/${encodeURIComponent(ref.kpi)}/municipality/${encodeURIComponent(ref.municipality)}/year/${years}`;
}

/**
 * The latest two years with a value for `ref` among Kolada's records, newest first. Records of
 * other KPIs or municipalities, other genders and missing values are passed over.
 * @param {readonly unknown[]} records
 * @param {KoladaRef} ref
 * @returns {KoladaValue[]}
 */
export function latestTwo(records, ref) {
  const gender = ref.gender ?? 'T';
  /** @type {KoladaValue[]} */
  const found = [];
  for (const record of records) {
    const { kpi, municipality, period, values } = /** @type {Record<string, unknown>} */ (record ?? {});
    if (kpi !== ref.kpi || String(municipality) !== ref.municipality || !Array.isArray(values)) continue;
    const entry = values.find((v) => v?.gender === gender);
    const year = Number(period);
    if (entry && entry.status !== 'Missing' && typeof entry.value === 'number' && Number.isFinite(entry.value) && Number.isInteger(year)) {
      found.push({ year, value: entry.value });
    }
  }
  return found.sort((a, b) => b.year - a.year).slice(0, 2);
}

/**
 * Every record of one query, following `next_url` (resolved against the page it came in).
 * @param {string} url
 * @param {typeof fetch} fetchImpl
 * @param {AbortSignal | undefined} signal
 */
async function allPages(url, fetchImpl, signal) {
  /** @type {unknown[]} */
  const records = [];
  /** @type {string | undefined} */
  let next = url;
  for (let page = 0; next; page++) {
    if (page >= MAX_PAGES) throw new Error(`more than ${MAX_PAGES} pages from ${url}`);
    const response = await fetchImpl(next, { signal, headers: { accept: 'application/json' }, credentials: 'omit' });
    if (!response.ok) throw new Error(`${next} answered ${response.status} ${response.statusText}`.trim());
    const body = /** @type {{ values?: unknown, next_url?: unknown }} */ (await response.json());
    if (!Array.isArray(body?.values)) throw new Error(`${next} did not answer in the Kolada v3 shape (no "values" list)`);
    records.push(...body.values);
    next = typeof body.next_url === 'string' && body.next_url ? new URL(body.next_url, next).href : undefined;
  }
  return records;
}

/**
 * The latest two years with a value for `ref`, newest first (empty when Kolada has none).
 * @param {KoladaRef} ref
 * @param {KoladaOptions} [options]
 * @returns {Promise<KoladaValue[]>}
 */
export async function latestValues(ref, { base = KOLADA_API, fetch: fetchImpl = fetch, year = new Date().getUTCFullYear(), signal } = {}) {
  return latestTwo(await allPages(koladaDataUrl(ref, base, year), fetchImpl, signal), ref);
}

/**
 * The fields an indicator takes from Kolada's values: value and year, the year before as
 * `previous` (undefined when there is none), and the source Kolada's terms ask to be named.
 * @param {readonly KoladaValue[]} values
 */
export function koladaFields([latest, before]) {
  if (!latest) return undefined;
  return { value: latest.value, year: latest.year, previous: before && { value: before.value, year: before.year }, source: 'Kolada' };
}
