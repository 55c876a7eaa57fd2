/**
 * The demo page: the reference page (Vara kommun) built from one data file, with a language
 * switch that sets `<html lang>` the way a CMS's language versions do.
 */
import '../src/index.js';
import { pickText } from '../src/data/localized-text.js';
import type { LocalizedText } from '../src/data/types.js';

interface PageData {
  page?: Record<string, LocalizedText>;
}

const data = fetch('/data/vara-kommun.json').then((response) => response.json() as Promise<PageData>);

async function showLanguage(lang: string): Promise<void> {
  document.documentElement.lang = lang;
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset['lang'] === lang));
  }
  const { page = {} } = await data;
  for (const node of document.querySelectorAll<HTMLElement>('[data-text]')) {
    const key = node.dataset['text']?.replace(/^page\./, '') ?? '';
    if (page[key]) node.textContent = pickText(page[key], lang).text;
  }
  document.title = `${document.querySelector('h1')?.textContent ?? ''} – Vara kommun (kommun-elements demo)`;
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
  button.addEventListener('click', () => void showLanguage(button.dataset['lang'] ?? 'sv'));
}
const initial = new URLSearchParams(location.search).get('lang') ?? document.documentElement.lang;
void showLanguage(initial === 'en' ? 'en' : 'sv');
