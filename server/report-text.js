// @ts-check
// The report's words in Swedish and English; the language follows the browser's Accept-Language.

export const TEXT = {
  sv: {
    locale: 'sv-SE',
    title: 'Återkoppling per sida',
    loginTitle: 'Logga in till rapporten',
    loginIntro: 'Ange den token som du har fått av den som driftar mottagaren. Den sparas inte i webbläsarens historik.',
    loginFailed: 'Den token stämmer inte. Försök igen.',
    token: 'Token',
    login: 'Logga in',
    logout: 'Logga ut',
    site: 'Webbplats',
    from: 'Från och med',
    to: 'Till och med',
    show: 'Visa',
    period: (/** @type {string} */ from, /** @type {string} */ to) => `Perioden ${from} – ${to}.`,
    summary: (/** @type {string} */ answers, /** @type {string} */ pages) => `${answers} på ${pages}.`,
    answersCount: (/** @type {number} */ n) => (n === 1 ? 'svar' : 'svar'),
    pagesCount: (/** @type {number} */ n) => (n === 1 ? 'sida' : 'sidor'),
    commentsCount: (/** @type {number} */ n) => (n === 1 ? 'kommentar' : 'kommentarer'),
    generated: 'Sammanställt',
    downloads: 'Ladda ner svaren i perioden:',
    csvExcel: 'CSV för Excel (semikolon)',
    csvPlain: 'CSV (komma)',
    json: 'JSON',
    none: 'Inga svar i perioden.',
    caption: 'Svar per sida. Sidorna som mest behöver ses över står först: flest och säkrast nej-svar.',
    page: 'Sida',
    answers: 'Svar',
    yes: 'Ja',
    no: 'Nej',
    shareYes: 'Andel ja',
    latestComments: 'Senaste kommentarer',
    details: 'Trend och alla kommentarer',
    open: 'Öppna sidan',
    notLinked: 'Adressen hör inte till webbplatsen och visas inte som länk:',
    pagination: 'Sidnumrering',
    previous: 'Föregående',
    next: 'Nästa',
    pageOf: (/** @type {number} */ n, /** @type {number} */ of) => `Sida ${n} av ${of}`,
    allPages: (/** @type {number} */ n) => `Alla ${n} sidor`,
    back: 'Tillbaka till alla sidor',
    trend: 'Trend per vecka',
    chartLabel: (/** @type {string} */ page) => `Stapeldiagram: svar per vecka på ${page}, ja och nej. Siffrorna står i tabellen.`,
    trendCaption: 'Svar per vecka (vecka som börjar måndag, UTC)',
    week: 'Vecka',
    weekName: (/** @type {number} */ year, /** @type {number} */ week) => `v. ${week} ${year}`,
    comments: 'Kommentarer',
    search: 'Sök i kommentarerna',
    searchButton: 'Sök',
    found: (/** @type {string} */ count, /** @type {string} */ query) => (query ? `${count} som innehåller ”${query}”.` : `${count}.`),
    noComments: 'Inga kommentarer.',
  },
  en: {
    locale: 'en-GB',
    title: 'Feedback per page',
    loginTitle: 'Log in to the report',
    loginIntro: "Enter the token you were given by whoever runs the receiver. It is not kept in the browser's history.",
    loginFailed: 'That token is not right. Try again.',
    token: 'Token',
    login: 'Log in',
    logout: 'Log out',
    site: 'Site',
    from: 'From',
    to: 'To (inclusive)',
    show: 'Show',
    period: (/** @type {string} */ from, /** @type {string} */ to) => `The period ${from} – ${to}.`,
    summary: (/** @type {string} */ answers, /** @type {string} */ pages) => `${answers} on ${pages}.`,
    answersCount: (/** @type {number} */ n) => (n === 1 ? 'answer' : 'answers'),
    pagesCount: (/** @type {number} */ n) => (n === 1 ? 'page' : 'pages'),
    commentsCount: (/** @type {number} */ n) => (n === 1 ? 'comment' : 'comments'),
    generated: 'Compiled',
    downloads: 'Download the answers of the period:',
    csvExcel: 'CSV for Excel (semicolon)',
    csvPlain: 'CSV (comma)',
    json: 'JSON',
    none: 'No answers in the period.',
    caption: 'Answers per page. The pages that most need attention come first: the most and surest "no" answers.',
    page: 'Page',
    answers: 'Answers',
    yes: 'Yes',
    no: 'No',
    shareYes: 'Share yes',
    latestComments: 'Latest comments',
    details: 'Trend and all comments',
    open: 'Open the page',
    notLinked: 'The address is not on the site and is not shown as a link:',
    pagination: 'Pagination',
    previous: 'Previous',
    next: 'Next',
    pageOf: (/** @type {number} */ n, /** @type {number} */ of) => `Page ${n} of ${of}`,
    allPages: (/** @type {number} */ n) => `All ${n} pages`,
    back: 'Back to all pages',
    trend: 'Trend per week',
    chartLabel: (/** @type {string} */ page) => `Bar chart: answers per week on ${page}, yes and no. The numbers are in the table.`,
    trendCaption: 'Answers per week (weeks start on Monday, UTC)',
    week: 'Week',
    weekName: (/** @type {number} */ year, /** @type {number} */ week) => `W${week} ${year}`,
    comments: 'Comments',
    search: 'Search the comments',
    searchButton: 'Search',
    found: (/** @type {string} */ count, /** @type {string} */ query) => (query ? `${count} containing “${query}”.` : `${count}.`),
    noComments: 'No comments.',
  },
};

/** @typedef {keyof typeof TEXT} ReportLanguage */

/**
 * The report language an Accept-Language header asks for: sv or en, by quality; sv otherwise.
 * @param {string | undefined} header
 * @returns {ReportLanguage}
 */
export function reportLanguage(header) {
  const wanted = (header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/i.exec(p)?.[1]).find(Boolean);
      return { primary: tag.trim().toLowerCase().split('-')[0], q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  const found = wanted.find((entry) => entry.primary === 'sv' || entry.primary === 'en');
  return found?.primary === 'en' ? 'en' : 'sv';
}
