/**
 * The demo page: the reference page (Vara kommun) built from one data file, with a language
 * switch that sets `<html lang>` (and `dir` for Arabic) the way a CMS's language versions do.
 */
import '../src/index.js';
import { pickText } from '../src/data/localized-text.js';
import type { LocalizedText } from '../src/data/types.js';

interface PageData {
  page?: Record<string, LocalizedText>;
}

const LANGUAGES = ['sv', 'en', 'fi', 'ar'];
const RIGHT_TO_LEFT = new Set(['ar']);

const data = fetch('/data/vara-kommun.json').then((response) => response.json() as Promise<PageData>);

async function showLanguage(lang: string): Promise<void> {
  document.documentElement.lang = lang;
  document.documentElement.dir = RIGHT_TO_LEFT.has(lang) ? 'rtl' : 'ltr';
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset['lang'] === lang));
  }
  const { page = {} } = await data;
  for (const node of document.querySelectorAll<HTMLElement>('[data-text]')) {
    const key = node.dataset['text']?.replace(/^page\./, '') ?? '';
    if (!page[key]) continue;
    // The page's own texts are in Swedish and English: the one shown says which language it is in.
    const picked = pickText(page[key], lang);
    node.textContent = picked.text;
    if (picked.lang) node.lang = picked.lang;
    else node.removeAttribute('lang');
  }
  document.title = `${document.querySelector('h1')?.textContent ?? ''} – Vara kommun (kommun-elements demo)`;
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
  button.addEventListener('click', () => void showLanguage(button.dataset['lang'] ?? 'sv'));
}
const initial = new URLSearchParams(location.search).get('lang') ?? document.documentElement.lang;
void showLanguage(LANGUAGES.includes(initial) ? initial : 'sv');
