// @ts-check
// What editors read: the records as JSON and CSV, and an HTML report per page.
import { createHash } from 'node:crypto';

/** @typedef {import('./store.js').StoredRecord} StoredRecord */
/** @typedef {import('./store.js').PageStats} PageStats */
/** @typedef {import('./store.js').PageComment} PageComment */

/** The columns of the CSV export, and the fields of the JSON one. */
export const CSV_COLUMNS = /** @type {const} */ (['id', 'page', 'url', 'helpful', 'comment', 'lang', 'submittedAt', 'receivedAt', 'updatedAt']);

/**
 * RFC 4180 CSV with a BOM (so Excel reads å, ä, ö as UTF-8) and CRLF line ends.
 * @param {(Omit<StoredRecord, 'site'> & { site?: string })[]} records
 * @param {{ withSite?: boolean }} [options] a last column with each record's site (a receiver of several sites)
 */
export function toCsv(records, { withSite = false } = {}) {
  const columns = withSite ? [...CSV_COLUMNS, 'site'] : CSV_COLUMNS;
  const rows = records.map((record) => columns.map((column) => csvCell(record[/** @type {keyof StoredRecord} */ (column)] ?? null)).join(','));
  return `\uFEFF${[columns.join(','), ...rows].join('\r\n')}\r\n`;
}

/**
 * One CSV cell. A spreadsheet runs a cell that starts with = + - @ (or tab, CR) as a formula,
 * so such a cell gets a leading apostrophe and is shown as text.
 * @param {string | boolean | null} value
 */
export function csvCell(value) {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Lower bound of the 95 % Wilson interval for the share of "no": how sure we are that a page
 * fails people. One "no" out of one ranks below 20 out of 40, which ranks below 30 out of 40.
 * @param {number} no
 * @param {number} answers
 */
export function attentionScore(no, answers) {
  if (answers === 0) return 0;
  const z = 1.96;
  const p = no / answers;
  const z2n = (z * z) / answers;
  return (p + z2n / 2 - z * Math.sqrt((p * (1 - p) + z2n / 4) / answers)) / (1 + z2n);
}

/**
 * Pages that most need attention first; then most "no", most answers, path.
 * @template {Omit<PageStats, 'site'>} T
 * @param {T[]} pages
 */
export function rankPages(pages) {
  return pages
    .map((page) => ({ ...page, score: attentionScore(page.no, page.answers) }))
    .sort((a, b) => b.score - a.score || b.no - a.no || b.answers - a.answers || (a.page < b.page ? -1 : 1));
}

const STYLE = `
body { font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1a1a; background: #fff; margin: 0; }
main { max-width: 75em; margin: 0 auto; padding: 1em; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: start; font-weight: 600; padding-block-end: 0.5em; }
th, td { border: 1px solid #767676; padding: 0.5em; text-align: start; vertical-align: top; overflow-wrap: anywhere; }
thead th { background: #f0f0f0; }
td.num { text-align: end; font-variant-numeric: tabular-nums; white-space: nowrap; }
ul { margin: 0; padding-inline-start: 1.2em; }
.answer { font-weight: 600; }
.comment { white-space: pre-line; }
a { color: #0b4f9c; }
a:focus-visible { outline: 3px solid #0b4f9c; outline-offset: 2px; }
`;

/** CSP hash of the inline style, so the report runs with no inline script and no other styles. */
export const REPORT_STYLE_HASH = `sha256-${createHash('sha256').update(STYLE).digest('base64')}`;

/** Latest comments shown per page. */
export const COMMENTS_PER_PAGE = 5;
const percent = new Intl.NumberFormat('sv-SE', { style: 'percent', maximumFractionDigits: 0 });
const dateTime = new Intl.DateTimeFormat('sv-SE', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Stockholm',
});

/** @param {string} text */
export function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** @param {string} iso */
const time = (iso) => `<time datetime="${escapeHtml(iso)}">${escapeHtml(dateTime.format(new Date(iso)))}</time>`;

/**
 * The editors' report, in Swedish.
 * @param {object} data
 * @param {PageStats[]} data.pages
 * @param {PageComment[]} data.comments newest first per page (more than shown is fine)
 * @param {Date} data.generatedAt
 * @param {string} [data.token] put into the download links when the report was opened with ?token=
 * @param {Map<string, string>} [data.siteNames] a receiver of several sites: one section per site
 *   (named by this map, in its order; sites no longer configured after them)
 */
export function renderReport({ pages, comments, generatedAt, token, siteNames }) {
  /** @type {Map<string, PageComment[]>} */
  const byPage = new Map();
  for (const c of comments) {
    const key = pageKey(c);
    byPage.set(key, [...(byPage.get(key) ?? []), c]);
  }
  const total = pages.reduce((sum, p) => sum + p.answers, 0);
  const query = token ? `?token=${encodeURIComponent(token)}` : '';

  let body;
  if (pages.length === 0) body = '<p>Inga svar ännu.</p>';
  else if (!siteNames) body = pageTable(pages, byPage);
  else {
    const origins = [...new Set([...siteNames.keys(), ...pages.map((p) => p.site)])];
    body = origins
      .map((origin) => {
        const ofSite = pages.filter((p) => p.site === origin);
        if (ofSite.length === 0) return '';
        const name = siteNames.get(origin) ?? origin;
        return `
    <section>
      <h2>${escapeHtml(name)} <small>(${escapeHtml(origin)})</small></h2>
      ${pageTable(ofSite, byPage)}
    </section>`;
      })
      .join('');
  }

  return page(
    'Återkoppling per sida',
    `
    <h1>Återkoppling per sida</h1>
    <p>${count(total, 'svar', 'svar')} på ${count(pages.length, 'sida', 'sidor')}. Sammanställt ${time(generatedAt.toISOString())}.</p>
    <p>Ladda ner alla svar: <a href="/feedback.csv${escapeHtml(query)}">CSV</a>, <a href="/feedback.json${escapeHtml(query)}">JSON</a>.</p>
    ${body}`,
  );
}

/** @param {{ site: string, page: string }} p */
const pageKey = (p) => `${p.site}\n${p.page}`;

/**
 * The table of one site's pages, those that most need attention first.
 * @param {PageStats[]} pages
 * @param {Map<string, PageComment[]>} byPage
 */
function pageTable(pages, byPage) {
  const rows = rankPages(pages)
    .map(
      (p) => `
      <tr>
        <th scope="row"><a href="${escapeHtml(p.url)}" rel="noreferrer">${escapeHtml(p.page)}</a></th>
        <td class="num">${p.answers}</td>
        <td class="num">${p.yes}</td>
        <td class="num">${p.no}</td>
        <td class="num">${escapeHtml(percent.format(p.yes / p.answers))}</td>
        <td>${commentList(byPage.get(pageKey(p)) ?? [])}</td>
      </tr>`,
    )
    .join('');
  return `<table>
      <caption>Svar per sida. Sidorna som mest behöver ses över står först: flest och säkrast nej-svar.</caption>
      <thead>
        <tr>
          <th scope="col">Sida</th>
          <th scope="col">Svar</th>
          <th scope="col">Ja</th>
          <th scope="col">Nej</th>
          <th scope="col">Andel ja</th>
          <th scope="col">Senaste kommentarer</th>
        </tr>
      </thead>
      <tbody>${rows}
      </tbody>
    </table>`;
}

/** The answer to an editor who opens the report without a valid token. */
export function renderUnauthorized() {
  return page(
    'Rapporten kräver en token',
    `
    <h1>Rapporten kräver en token</h1>
    <p>Öppna rapporten med adressen som skrevs ut när mottagaren startade (den slutar med
      <code>/report?token=…</code>), eller be den som driftar mottagaren om en token.</p>`,
  );
}

/**
 * @param {number} n
 * @param {string} one
 * @param {string} many
 */
const count = (n, one, many) => `${n} ${n === 1 ? one : many}`;

/**
 * @param {string} title
 * @param {string} main
 */
function page(title, main) {
  return `<!doctype html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="referrer" content="no-referrer">
  <meta name="robots" content="noindex">
  <title>${escapeHtml(title)}</title>
  <style>${STYLE}</style>
</head>
<body>
  <main>${main}
  </main>
</body>
</html>
`;
}

/** @param {PageComment[]} comments */
function commentList(comments) {
  if (comments.length === 0) return '';
  const items = comments
    .slice(0, COMMENTS_PER_PAGE)
    .map(
      (c) => `
            <li><span class="answer">${c.helpful ? 'Ja' : 'Nej'}</span>, ${time(c.submittedAt)}:
              <span class="comment">${escapeHtml(c.comment)}</span></li>`,
    )
    .join('');
  return `<ul>${items}
          </ul>`;
}
