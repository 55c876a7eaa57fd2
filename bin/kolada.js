// @ts-check
/**
 * `kommun-elements kolada FILE`: fills the indicators of a goal set that name a Kolada KPI
 * (`"kolada": { "kpi": "N01951", "municipality": "1470", "gender": "T" }`) with the latest value
 * and year, the value and year before it, and `source: "Kolada"`, from Kolada's API v3
 * (https://api.kolada.se/v3/data/kpi/{kpi}/municipality/{municipality}/year/{years}, paged with
 * `next_url`). All or nothing: on any failure the file is left as it was.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';

export const KOLADA_API = 'https://api.kolada.se/v3';

/** How many years back are asked for, and how long one request may take. */
const YEARS_BACK = 10;
const TIMEOUT_MS = 15_000;
const MAX_PAGES = 50;

/**
 * @typedef {{ kpi: string, municipality: string, gender?: 'T' | 'K' | 'M' }} KoladaRef
 * @typedef {{ kpi: string, municipality: string, period: number, values: { gender: string, status: string, value: number | null }[] }} KoladaRecord
 */

/**
 * Every record of one query, following `next_url`.
 * @param {string} url
 * @param {typeof fetch} fetchImpl
 * @returns {Promise<KoladaRecord[]>}
 */
async function allPages(url, fetchImpl) {
  /** @type {KoladaRecord[]} */
  const records = [];
  /** @type {string | undefined | null} */
  let next = url;
  for (let page = 0; next; page++) {
    if (page >= MAX_PAGES) throw new Error(`more than ${MAX_PAGES} pages from ${url}`);
    const response = await fetchImpl(next, { signal: AbortSignal.timeout(TIMEOUT_MS), headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`${next} answered ${response.status} ${response.statusText}`.trim());
    const body = /** @type {{ values?: unknown, next_url?: unknown }} */ (await response.json());
    if (!Array.isArray(body.values)) throw new Error(`${next} did not answer in the Kolada v3 shape (no "values" list)`);
    records.push(.../** @type {KoladaRecord[]} */ (body.values));
    next = typeof body.next_url === 'string' && body.next_url ? new URL(body.next_url, next).href : undefined;
  }
  return records;
}

/**
 * The latest two years with a value for `ref`, newest first.
 * @param {KoladaRef} ref
 * @param {{ base?: string, fetch?: typeof fetch, year?: number }} options
 */
export async function latestValues(ref, { base = KOLADA_API, fetch: fetchImpl = fetch, year = new Date().getUTCFullYear() } = {}) {
  const years = Array.from({ length: YEARS_BACK }, (_, i) => year - i).join(',');
  const path = `/data/kpi/${encodeURIComponent(ref.kpi)}/municipality/${encodeURIComponent(ref.municipality)}/year/${years}`;
  const records = await allPages(`${base.replace(/\/$/, '')}${path}`, fetchImpl);
  const gender = ref.gender ?? 'T';
  return records
    .filter((record) => record.kpi === ref.kpi && String(record.municipality) === ref.municipality)
    .flatMap((record) => {
      const found = record.values?.find((v) => v.gender === gender);
      // A missing value (status "Missing", value null) is no value.
      return found && found.status !== 'Missing' && typeof found.value === 'number' ? [{ year: Number(record.period), value: found.value }] : [];
    })
    .sort((a, b) => b.year - a.year)
    .slice(0, 2);
}

/**
 * Fills every indicator with `kolada` in the goal set `data` (changed in place); the number filled.
 * @param {any} data
 * @param {{ base?: string, fetch?: typeof fetch, year?: number }} [options]
 */
export async function fillFromKolada(data, options = {}) {
  let filled = 0;
  const goals = Array.isArray(data?.goals) ? data.goals : [];
  for (const [g, goal] of goals.entries()) {
    const indicators = Array.isArray(goal?.indicators) ? goal.indicators : [];
    for (const [i, indicator] of indicators.entries()) {
      const ref = indicator?.kolada;
      if (ref === undefined) continue;
      const path = `goals[${g}].indicators[${i}].kolada`;
      if (typeof ref?.kpi !== 'string' || !/^\d{4}$/.test(String(ref?.municipality ?? ''))) {
        throw new Error(`${path}: expected { "kpi": "N01951", "municipality": "1470" } (four digits)`);
      }
      const [latest, before] = await latestValues(ref, options);
      if (!latest) throw new Error(`${path}: Kolada has no value for ${ref.kpi} in ${ref.municipality}`);
      indicator.value = latest.value;
      indicator.year = latest.year;
      if (before) indicator.previous = { value: before.value, year: before.year };
      else delete indicator.previous;
      indicator.source = 'Kolada';
      filled++;
    }
  }
  return filled;
}

/**
 * The command: reads FILE, fills it, writes it whole (through a temporary file) or not at all.
 * @param {string} file
 * @param {{ base?: string, fetch?: typeof fetch, year?: number }} [options]
 * @returns {Promise<{ filled: number }>}
 */
export async function koladaCommand(file, options = {}) {
  const text = await readFile(file, 'utf8');
  const data = JSON.parse(text);
  const filled = await fillFromKolada(data, options);
  const temporary = `${file}.kolada-${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(data, null, 2)}\n`);
  await rename(temporary, file);
  return { filled };
}
