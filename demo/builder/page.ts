/**
 * builder.html: the builder on a page of its own, with a language switch that sets `<html lang>`
 * (the builder follows it, as the elements do). `?lang=en` opens it in English.
 */
import './kommun-builder.js';

const TITLES: Record<string, string> = { sv: 'Målbyggaren – kommun-elements', en: 'The goal builder – kommun-elements' };

function showLanguage(lang: string): void {
  document.documentElement.lang = lang;
  document.title = TITLES[lang] ?? TITLES['sv']!;
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset['lang'] === lang));
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
  button.addEventListener('click', () => showLanguage(button.dataset['lang'] ?? 'sv'));
}
const initial = new URLSearchParams(location.search).get('lang');
showLanguage(initial && initial in TITLES ? initial : 'sv');
