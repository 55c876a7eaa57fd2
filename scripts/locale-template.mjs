#!/usr/bin/env node
/**
 * docs/locale-template.json: every UI string key of every element with its Swedish text, in the
 * shape `registerLocale(lang, resources)` takes, so that a municipality's translators can add
 * Meänkieli, Sami, Somali or Persian by replacing the texts (keep `{{variables}}` and `$t()`).
 *
 *   node scripts/locale-template.mjs          rewrites docs/locale-template.json
 *   node scripts/locale-template.mjs --check  exits 1 when it is out of date
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('../src/', import.meta.url));
export const TEMPLATE = fileURLToPath(new URL('../docs/locale-template.json', import.meta.url));

/** The template's text: `{ "core": {…}, "contact-status": {…}, … }`, namespaces in folder order. */
export function localeTemplate() {
  const resources = {};
  for (const folder of readdirSync(src, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()) {
    let strings;
    try {
      strings = JSON.parse(readFileSync(`${src}${folder}/locales/sv.json`, 'utf8'));
    } catch (error) {
      if (error.code === 'ENOENT') continue;
      throw error;
    }
    // The base's strings are the shared `core` namespace; each element's namespace is its tag.
    resources[folder === 'base' ? 'core' : folder] = strings;
  }
  return `${JSON.stringify(resources, null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = localeTemplate();
  if (process.argv.includes('--check')) {
    if (readFileSync(TEMPLATE, 'utf8') !== text) {
      console.error('docs/locale-template.json is out of date: run node scripts/locale-template.mjs');
      process.exit(1);
    }
  } else {
    writeFileSync(TEMPLATE, text);
  }
}
