// @ts-check
// What editors read: the report per site, page by page, in Swedish or English, as plain HTML
// (its CSP allows no script). Links and forms never carry the token: a session cookie does.
import { createHash } from 'node:crypto';
import { TEXT } from './report-text.js';

export { CSV_COLUMNS, csvCell, toCsv } from './export.js';

/** @typedef {import('./store.js').PageStats} PageStats */
/** @typedef {import('./store.js').PageComment} PageComment */
/** @typedef {import('./store.js').DayStats} DayStats */
/** @typedef {import('./report-text.js').ReportLanguage} ReportLanguage */
/** @typedef {import('./sites.js').Site} Site */

/**
 * The report's period: whole days in UTC, both inclusive.
 * @typedef {{ from: string, until: string }} DayRange
 */

/** Pages per page of the overview, comments per page of a page's report. */
export const PAGES_PER_PAGE = 50;
export const COMMENTS_PER_PAGE = 20;
/** Latest comments shown per page in the overview. */
export const LATEST_COMMENTS = 3;

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
header, main { max-width: 75em; margin: 0 auto; padding: 0 1em; }
header { display: flex; justify-content: flex-end; padding-block: 0.5em; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: start; font-weight: 600; padding-block-end: 0.5em; }
th, td { border: 1px solid #767676; padding: 0.5em; text-align: start; vertical-align: top; overflow-wrap: anywhere; }
thead th { background: #f0f0f0; }
td.num { text-align: end; font-variant-numeric: tabular-nums; white-space: nowrap; }
ul { margin: 0; padding-inline-start: 1.2em; }
form.filter { display: flex; flex-wrap: wrap; gap: 1em; align-items: end; margin-block: 1em; }
label { display: block; font-weight: 600; }
input, select, button { font: inherit; padding: 0.25em 0.5em; border: 1px solid #595959; border-radius: 3px; background: #fff; color: #1a1a1a; }
button { background: #0b4f9c; color: #fff; border-color: #0b4f9c; cursor: pointer; }
.trend { display: flex; flex-wrap: wrap; gap: 2em; align-items: start; }
.trend svg { flex: 1 1 28em; max-width: 40em; height: auto; }
.trend table { flex: 1 1 20em; width: auto; }
.legend { display: flex; gap: 1.5em; margin: 0.5em 0; padding: 0; list-style: none; }
.swatch { display: inline-block; width: 1em; height: 1em; vertical-align: -0.15em; margin-inline-end: 0.4em; border: 1px solid #1a1a1a; }
.swatch.yes { background: #1d6b3a; }
.swatch.no { background: repeating-linear-gradient(45deg, #b42318 0 3px, #fff 3px 5px); }
.answer { font-weight: 600; }
.comment { white-space: pre-line; }
.comments li { margin-block-end: 0.75em; }
nav ul { display: flex; gap: 1em; list-style: none; padding: 0; }
a { color: #0b4f9c; }
a:focus-visible, input:focus-visible, select:focus-visible, button:focus-visible { outline: 3px solid #0b4f9c; outline-offset: 2px; }
@media (forced-colors: active) { .swatch.yes, .swatch.no { forced-color-adjust: none; } }
`;

/** CSP hash of the inline style, so the report runs with no script and no other styles. */
export const REPORT_STYLE_HASH = `sha256-${createHash('sha256').update(STYLE).digest('base64')}`;

/** @param {string} text */
export function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A link's query string from the given values (empty ones left out). Never a token.
 * @param {Record<string, string | number | undefined>} values
 */
export function queryString(values) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value !== undefined && value !== '') params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * Whether a record's url may be linked: it belongs to the origin of the site it was posted to
 * (any loopback origin for the local development site).
 * @param {string} url
 * @param {string} site
 */
export function linksToSite(url, site) {
  if (!URL.canParse(url)) return false;
  const { origin, hostname, protocol } = new URL(url);
  if (site === 'http://localhost') return /^https?:$/.test(protocol) && ['localhost', '127.0.0.1', '[::1]'].includes(hostname);
  return origin === site;
}

/** @param {ReportLanguage} lang */
function formats(lang) {
  const { locale } = TEXT[lang];
  return {
    number: new Intl.NumberFormat(locale),
    percent: new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }),
    dateTime: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Stockholm' }),
    date: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }),
  };
}

/**
 * @param {ReturnType<typeof formats>} f
 * @param {string} iso
 */
const time = (f, iso) => `<time datetime="${escapeHtml(iso)}">${escapeHtml(f.dateTime.format(new Date(iso)))}</time>`;

/**
 * @param {ReturnType<typeof formats>} f
 * @param {string} day YYYY-MM-DD
 */
const dayTime = (f, day) => `<time datetime="${day}">${escapeHtml(f.date.format(new Date(`${day}T00:00:00Z`)))}</time>`;

/**
 * The whole HTML page: the language, a logout button when logged in, the main content.
 * @param {ReportLanguage} lang
 * @param {string} title
 * @param {string} main
 * @param {{ loggedIn?: boolean }} [options]
 */
function layout(lang, title, main, { loggedIn = false } = {}) {
  const t = TEXT[lang];
  const header = loggedIn
    ? `
  <header>
    <form method="post" action="/logout"><button type="submit">${escapeHtml(t.logout)}</button></form>
  </header>`
    : '';
  return `<!doctype html>
<html lang="${lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="referrer" content="no-referrer">
  <meta name="robots" content="noindex">
  <title>${escapeHtml(title)}</title>
  <style>${STYLE}</style>
</head>
<body>${header}
  <main>${main}
  </main>
</body>
</html>
`;
}

/**
 * The login form: the token goes in a POST body, never in a URL.
 * @param {ReportLanguage} lang
 * @param {{ failed?: boolean }} [options]
 */
export function renderLogin(lang, { failed = false } = {}) {
  const t = TEXT[lang];
  const error = failed ? `\n    <p role="alert"><strong>${escapeHtml(t.loginFailed)}</strong></p>` : '';
  return layout(
    lang,
    t.loginTitle,
    `
    <h1>${escapeHtml(t.loginTitle)}</h1>${error}
    <p>${escapeHtml(t.loginIntro)}</p>
    <form method="post" action="/login">
      <p><label for="token">${escapeHtml(t.token)}</label>
        <input id="token" name="token" type="password" autocomplete="current-password" required></p>
      <p><button type="submit">${escapeHtml(t.login)}</button></p>
    </form>`,
  );
}

/**
 * The filter form: site (when the token sees several), period.
 * @param {ReportLanguage} lang
 * @param {Site[]} sites
 * @param {Site} site
 * @param {DayRange} range
 * @param {string} action
 * @param {Record<string, string>} [hidden]
 */
function filterForm(lang, sites, site, range, action, hidden = {}) {
  const t = TEXT[lang];
  const siteField =
    sites.length > 1
      ? `
      <p><label for="site">${escapeHtml(t.site)}</label>
        <select id="site" name="site">${sites
          .map((s) => `<option value="${escapeHtml(s.origin)}"${s.origin === site.origin ? ' selected' : ''}>${escapeHtml(s.name)}</option>`)
          .join('')}</select></p>`
      : `<input type="hidden" name="site" value="${escapeHtml(site.origin)}">`;
  const hiddenFields = Object.entries(hidden)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('');
  return `
    <form class="filter" method="get" action="${action}">${siteField}${hiddenFields}
      <p><label for="from">${escapeHtml(t.from)}</label>
        <input id="from" name="from" type="date" value="${range.from}" required></p>
      <p><label for="until">${escapeHtml(t.to)}</label>
        <input id="until" name="until" type="date" value="${range.until}" required></p>
      <p><button type="submit">${escapeHtml(t.show)}</button></p>
    </form>`;
}

/** @param {string} day YYYY-MM-DD */
export const nextDay = (day) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * Previous / next links, when there is more than one page.
 * @param {ReportLanguage} lang
 * @param {number} current 1-based
 * @param {number} count
 * @param {(n: number) => string} href
 */
function pagination(lang, current, count, href) {
  if (count <= 1) return '';
  const t = TEXT[lang];
  const previous = current > 1 ? `<li><a href="${escapeHtml(href(current - 1))}">${escapeHtml(t.previous)}</a></li>` : '';
  const next = current < count ? `<li><a href="${escapeHtml(href(current + 1))}">${escapeHtml(t.next)}</a></li>` : '';
  return `
    <nav aria-label="${escapeHtml(t.pagination)}"><ul>${previous}<li aria-current="page">${escapeHtml(t.pageOf(current, count))}</li>${next}</ul></nav>`;
}

/**
 * @param {number} n
 * @param {(n: number) => string} word
 * @param {ReturnType<typeof formats>} f
 */
const counted = (n, word, f) => `${f.number.format(n)} ${word(n)}`;

/**
 * The overview of one site: its pages in the period, those that most need attention first.
 * @param {object} data
 * @param {ReportLanguage} data.lang
 * @param {Site[]} data.sites the sites the token may read
 * @param {Site} data.site the one shown
 * @param {DayRange} data.range
 * @param {PageStats[]} data.pages every page of the site in the period
 * @param {(pages: PageStats[]) => Promise<Map<string, PageComment[]>>} data.latest latest comments of the pages shown, by page
 * @param {number} data.pageNumber 1-based
 * @param {Date} data.generatedAt
 */
export async function renderOverview({ lang, sites, site, range, pages, latest, pageNumber, generatedAt }) {
  const t = TEXT[lang];
  const f = formats(lang);
  const ranked = rankPages(pages);
  const pageCount = Math.max(1, Math.ceil(ranked.length / PAGES_PER_PAGE));
  const current = Math.min(Math.max(1, pageNumber), pageCount);
  const shown = ranked.slice((current - 1) * PAGES_PER_PAGE, current * PAGES_PER_PAGE);
  const comments = await latest(shown);
  const total = pages.reduce((sum, p) => sum + p.answers, 0);
  const base = { site: site.origin, from: range.from, until: range.until };
  const exportQuery = { site: site.origin, from: range.from, to: nextDay(range.until) };

  const rows = shown
    .map((p) => {
      const detail = `/report/page${queryString({ ...base, page: p.page })}`;
      return `
      <tr>
        <th scope="row"><a href="${escapeHtml(detail)}">${escapeHtml(p.page)}</a></th>
        <td class="num">${f.number.format(p.answers)}</td>
        <td class="num">${f.number.format(p.yes)}</td>
        <td class="num">${f.number.format(p.no)}</td>
        <td class="num">${escapeHtml(f.percent.format(p.yes / p.answers))}</td>
        <td>${commentList(lang, f, comments.get(p.page) ?? [])}</td>
      </tr>`;
    })
    .join('');
  const table =
    pages.length === 0
      ? `<p>${escapeHtml(t.none)}</p>`
      : `<table>
      <caption>${escapeHtml(t.caption)}</caption>
      <thead>
        <tr>
          <th scope="col">${escapeHtml(t.page)}</th>
          <th scope="col">${escapeHtml(t.answers)}</th>
          <th scope="col">${escapeHtml(t.yes)}</th>
          <th scope="col">${escapeHtml(t.no)}</th>
          <th scope="col">${escapeHtml(t.shareYes)}</th>
          <th scope="col">${escapeHtml(t.latestComments)}</th>
        </tr>
      </thead>
      <tbody>${rows}
      </tbody>
    </table>`;

  return layout(
    lang,
    `${t.title}: ${site.name}`,
    `
    <h1>${escapeHtml(t.title)}: ${escapeHtml(site.name)}</h1>${filterForm(lang, sites, site, range, '/report')}
    <p>${t.period(dayTime(f, range.from), dayTime(f, range.until))} ${escapeHtml(
      t.summary(counted(total, t.answersCount, f), counted(pages.length, t.pagesCount, f)),
    )} ${escapeHtml(t.generated)} ${time(f, generatedAt.toISOString())}.</p>
    <p>${escapeHtml(t.downloads)} <a href="/feedback.csv${escapeHtml(queryString({ ...exportQuery, dialect: 'excel-sv' }))}">${escapeHtml(t.csvExcel)}</a>,
      <a href="/feedback.csv${escapeHtml(queryString(exportQuery))}">${escapeHtml(t.csvPlain)}</a>,
      <a href="/feedback.json${escapeHtml(queryString(exportQuery))}">${escapeHtml(t.json)}</a>.</p>
    ${table}${pagination(lang, current, pageCount, (n) => `/report${queryString({ ...base, p: n })}`)}`,
    { loggedIn: true },
  );
}

/**
 * @param {ReportLanguage} lang
 * @param {ReturnType<typeof formats>} f
 * @param {(PageComment & { id?: string })[]} comments
 */
function commentList(lang, f, comments) {
  if (comments.length === 0) return '';
  const t = TEXT[lang];
  const items = comments
    .map(
      (c) => `
            <li><span class="answer">${c.helpful ? escapeHtml(t.yes) : escapeHtml(t.no)}</span>, ${time(f, c.submittedAt)}:
              <span class="comment">${escapeHtml(c.comment)}</span></li>`,
    )
    .join('');
  return `<ul class="comments">${items}
          </ul>`;
}

/**
 * ISO week (Monday first) of a UTC day.
 * @param {string} day YYYY-MM-DD
 */
export function isoWeek(day) {
  const date = new Date(`${day}T00:00:00Z`);
  const weekday = (date.getUTCDay() + 6) % 7; // Monday 0
  const monday = new Date(date.getTime() - weekday * 86_400_000);
  const thursday = new Date(monday.getTime() + 3 * 86_400_000);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000)) + 1;
  return { year, week, monday: monday.toISOString().slice(0, 10) };
}

/**
 * Every week of the period, with its answers (weeks without any are zeros).
 * @param {DayStats[]} days
 * @param {DayRange} range
 */
export function weeksOf(days, range) {
  /** @type {Map<string, { year: number, week: number, monday: string, yes: number, no: number }>} */
  const weeks = new Map();
  for (let day = isoWeek(range.from).monday; day <= range.until; day = new Date(Date.parse(`${day}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10)) {
    weeks.set(day, { ...isoWeek(day), yes: 0, no: 0 });
  }
  for (const { day, yes, no } of days) {
    const week = weeks.get(isoWeek(day).monday);
    if (week) {
      week.yes += Number(yes);
      week.no += Number(no);
    }
  }
  return [...weeks.values()];
}

/**
 * A stacked bar chart of yes and no per week. The same numbers are in the table beside it;
 * the chart is an image with a name saying so.
 * @param {ReportLanguage} lang
 * @param {ReturnType<typeof weeksOf>} weeks
 * @param {string} page
 */
function trendChart(lang, weeks, page) {
  const t = TEXT[lang];
  const height = 200;
  const top = 16;
  const bottom = 28;
  const left = 36;
  const barWidth = Math.max(4, Math.min(28, Math.floor(560 / Math.max(1, weeks.length)) - 4));
  const width = left + weeks.length * (barWidth + 4) + 8;
  const max = Math.max(1, ...weeks.map((w) => w.yes + w.no));
  const scale = (/** @type {number} */ n) => ((height - top - bottom) * n) / max;
  const labelEvery = Math.ceil(weeks.length / 12);
  const bars = weeks
    .map((w, i) => {
      const x = left + i * (barWidth + 4);
      const yesHeight = scale(w.yes);
      const noHeight = scale(w.no);
      const base = height - bottom;
      const label = i % labelEvery === 0 ? `<text x="${x + barWidth / 2}" y="${height - 10}" text-anchor="middle" font-size="11">${w.week}</text>` : '';
      return `<rect x="${x}" y="${base - yesHeight}" width="${barWidth}" height="${yesHeight}" fill="#1d6b3a"/><rect x="${x}" y="${base - yesHeight - noHeight}" width="${barWidth}" height="${noHeight}" fill="url(#no-hatch)" stroke="#b42318"/>${label}`;
    })
    .join('');
  return `<svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="chart-name">
        <title id="chart-name">${escapeHtml(t.chartLabel(page))}</title>
        <defs><pattern id="no-hatch" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="5" height="5" fill="#fff"/><rect width="3" height="5" fill="#b42318"/></pattern></defs>
        <line x1="${left - 4}" y1="${height - bottom}" x2="${width}" y2="${height - bottom}" stroke="#1a1a1a"/>
        <text x="${left - 8}" y="${top + 4}" text-anchor="end" font-size="11">${max}</text>
        <text x="${left - 8}" y="${height - bottom}" text-anchor="end" font-size="11">0</text>
        ${bars}
      </svg>`;
}

/**
 * One page's report: its trend per week (chart and table), and all its comments, searchable
 * and paginated.
 * @param {object} data
 * @param {ReportLanguage} data.lang
 * @param {Site[]} data.sites
 * @param {Site} data.site
 * @param {DayRange} data.range
 * @param {string} data.page
 * @param {PageStats | undefined} data.stats
 * @param {DayStats[]} data.days
 * @param {{ total: number, comments: (PageComment & { id: string })[] }} data.comments
 * @param {string} data.search
 * @param {number} data.pageNumber
 */
export function renderPageReport({ lang, sites, site, range, page, stats, days, comments, search, pageNumber }) {
  const t = TEXT[lang];
  const f = formats(lang);
  const weeks = weeksOf(days, range);
  const base = { site: site.origin, page, from: range.from, until: range.until };
  const link = stats && linksToSite(stats.url, site.origin);
  const address = !stats
    ? ''
    : link
      ? `<p><a href="${escapeHtml(stats.url)}" rel="noreferrer">${escapeHtml(t.open)}</a></p>`
      : `<p>${escapeHtml(t.notLinked)} <code>${escapeHtml(stats.url)}</code></p>`;
  const answers = stats ? stats.answers : 0;
  const rows = weeks
    .map((w) => {
      const n = w.yes + w.no;
      return `
          <tr><th scope="row"><time datetime="${w.year}-W${String(w.week).padStart(2, '0')}">${escapeHtml(t.weekName(w.year, w.week))}</time></th><td class="num">${f.number.format(n)}</td><td class="num">${f.number.format(w.yes)}</td><td class="num">${f.number.format(w.no)}</td><td class="num">${n ? escapeHtml(f.percent.format(w.yes / n)) : '–'}</td></tr>`;
    })
    .join('');
  const pageCount = Math.max(1, Math.ceil(comments.total / COMMENTS_PER_PAGE));
  const commentsFound = counted(comments.total, t.commentsCount, f);
  return layout(
    lang,
    `${page}: ${t.title}`,
    `
    <p><a href="/report${escapeHtml(queryString({ site: site.origin, from: range.from, until: range.until }))}">${escapeHtml(t.back)}</a></p>
    <h1>${escapeHtml(page)} <small>(${escapeHtml(site.name)})</small></h1>
    ${address}${filterForm(lang, sites, site, range, '/report/page', { page })}
    <p>${t.period(dayTime(f, range.from), dayTime(f, range.until))} ${escapeHtml(counted(answers, t.answersCount, f))}${
      stats ? `: ${escapeHtml(t.yes)} ${f.number.format(stats.yes)}, ${escapeHtml(t.no)} ${f.number.format(stats.no)}` : ''
    }.</p>
    <h2>${escapeHtml(t.trend)}</h2>
    <ul class="legend"><li><span class="swatch yes"></span>${escapeHtml(t.yes)}</li><li><span class="swatch no"></span>${escapeHtml(t.no)}</li></ul>
    <div class="trend">
      ${trendChart(lang, weeks, page)}
      <table>
        <caption>${escapeHtml(t.trendCaption)}</caption>
        <thead><tr><th scope="col">${escapeHtml(t.week)}</th><th scope="col">${escapeHtml(t.answers)}</th><th scope="col">${escapeHtml(t.yes)}</th><th scope="col">${escapeHtml(t.no)}</th><th scope="col">${escapeHtml(t.shareYes)}</th></tr></thead>
        <tbody>${rows}
        </tbody>
      </table>
    </div>
    <h2>${escapeHtml(t.comments)}</h2>
    <form class="filter" method="get" action="/report/page" role="search">
      <input type="hidden" name="site" value="${escapeHtml(site.origin)}"><input type="hidden" name="page" value="${escapeHtml(page)}"><input type="hidden" name="from" value="${range.from}"><input type="hidden" name="until" value="${range.until}">
      <p><label for="q">${escapeHtml(t.search)}</label>
        <input id="q" name="q" type="search" value="${escapeHtml(search)}"></p>
      <p><button type="submit">${escapeHtml(t.searchButton)}</button></p>
    </form>
    <p>${escapeHtml(t.found(commentsFound, search))}</p>
    ${comments.comments.length === 0 ? `<p>${escapeHtml(t.noComments)}</p>` : commentList(lang, f, comments.comments)}${pagination(
      lang,
      Math.min(pageNumber, pageCount),
      pageCount,
      (n) => `/report/page${queryString({ ...base, q: search, p: n })}`,
    )}`,
    { loggedIn: true },
  );
}
