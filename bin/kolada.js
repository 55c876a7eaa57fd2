// @ts-check
/**
 * `kommun-elements kolada FILE`: fills the indicators of a goal set that name a Kolada KPI
 * (`"kolada": { "kpi": "N01951", "municipality": "1470", "gender": "T" }`) with the latest value
 * and year, the value and year before it, and `source: "Kolada"`, from Kolada's API v3
 * (https://api.kolada.se/v3/data/kpi/{kpi}/municipality/{municipality}/year/{years}, paged with
 * `next_url`). All or nothing: on any failure the file is left as it was.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { koladaFields, latestValues } from '../src/lib/kolada/kolada.js';

/** How long the requests for one indicator may take. */
const TIMEOUT_MS = 15_000;

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
      const fields = koladaFields(await latestValues(ref, { ...options, signal: AbortSignal.timeout(TIMEOUT_MS) }));
      if (!fields) throw new Error(`${path}: Kolada has no value for ${ref.kpi} in ${ref.municipality}`);
      Object.assign(indicator, fields);
      if (!fields.previous) delete indicator.previous;
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
