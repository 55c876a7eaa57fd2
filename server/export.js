// @ts-check
// The exports, written as they are read: JSON and CSV, batch by batch, with backpressure, so an
// export of any size holds one batch in memory and never blocks the receiver.

/** @typedef {import('./store.js').StoredRecord} StoredRecord */

/** The columns of the CSV export, and the fields of the JSON one. */
export const CSV_COLUMNS = /** @type {const} */ (['id', 'page', 'url', 'helpful', 'comment', 'lang', 'submittedAt', 'receivedAt', 'updatedAt']);

/**
 * CSV dialects. Both: UTF-8 with a BOM (so Excel reads å, ä, ö), CRLF line ends, every cell
 * quoted and guarded against formulas.
 * - rfc4180: comma-separated, for scripts and spreadsheets in English locales.
 * - excel-sv: semicolon-separated, which Excel in a Swedish (and most European) locale opens
 *   directly in columns by double-click, since its list separator there is ";".
 */
export const CSV_DIALECTS = /** @type {const} */ ({ rfc4180: ',', 'excel-sv': ';' });

/** @typedef {keyof typeof CSV_DIALECTS} CsvDialect */

/**
 * A cell a spreadsheet could read as a formula: it starts with = + - @ (also their full-width
 * forms, which some spreadsheets fold), possibly after whitespace, or with tab, CR or LF.
 */
const FORMULA_START = /^(?:[\t\r\n]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

/**
 * One CSV cell, always quoted. A cell that could be read as a formula gets a leading
 * apostrophe, so a spreadsheet shows it as text rather than running it.
 * @param {string | boolean | null | undefined} value
 */
export function csvCell(value) {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return `"${text.replaceAll('"', '""')}"`;
}

/**
 * @param {readonly string[]} columns
 * @param {CsvDialect} dialect
 */
export function csvHeader(columns, dialect) {
  return `\uFEFF${columns.map(csvCell).join(CSV_DIALECTS[dialect])}\r\n`;
}

/**
 * @param {StoredRecord[]} records
 * @param {readonly string[]} columns
 * @param {CsvDialect} dialect
 */
export function csvRows(records, columns, dialect) {
  const separator = CSV_DIALECTS[dialect];
  let text = '';
  for (const record of records) {
    text += `${columns.map((column) => csvCell(/** @type {any} */ (record)[column])).join(separator)}\r\n`;
  }
  return text;
}

/**
 * The whole CSV of some records (for tests and small exports).
 * @param {StoredRecord[]} records
 * @param {{ withSite?: boolean, dialect?: CsvDialect }} [options]
 */
export function toCsv(records, { withSite = false, dialect = 'rfc4180' } = {}) {
  const columns = withSite ? [...CSV_COLUMNS, 'site'] : CSV_COLUMNS;
  return csvHeader(columns, dialect) + csvRows(records, columns, dialect);
}

/**
 * The text of an export, chunk by chunk: one chunk per batch of records.
 * @param {AsyncIterable<StoredRecord[]>} batches
 * @param {{ format: 'json' } | { format: 'csv', dialect: CsvDialect }} kind
 * @param {boolean} withSite
 * @returns {AsyncGenerator<string, void, void>}
 */
export async function* exportChunks(batches, kind, withSite) {
  const columns = withSite ? [...CSV_COLUMNS, 'site'] : [...CSV_COLUMNS];
  if (kind.format === 'csv') {
    yield csvHeader(columns, kind.dialect);
    for await (const batch of batches) yield csvRows(batch, columns, kind.dialect);
    return;
  }
  let first = true;
  yield '[';
  for await (const batch of batches) {
    // One site's records carry no site field: the site is the receiver's only one.
    const text = batch.map((record) => JSON.stringify(record, columns)).join(',');
    yield first ? text : `,${text}`;
    first = false;
  }
  yield ']';
}

/**
 * Write the chunks to the response, waiting for 'drain' whenever the socket's buffer is full,
 * and stop reading when the client goes away.
 * @param {import('node:http').ServerResponse} res
 * @param {AsyncIterable<string>} chunks
 */
export async function writeChunks(res, chunks) {
  for await (const chunk of chunks) {
    if (res.destroyed) return; // leaving the loop ends the generator, and so the reading
    if (!res.write(chunk)) {
      await new Promise((resolve) => {
        const done = () => {
          res.off('drain', done);
          res.off('close', done);
          resolve(undefined);
        };
        res.on('drain', done);
        res.on('close', done);
      });
    }
  }
  if (!res.destroyed) res.end();
}
