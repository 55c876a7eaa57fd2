// Every locale file says what the Swedish one beside it says: the same keys, every plural form
// its language needs, the same {{variables}}, and plain text. Also: every holiday name of the
// Swedish calendar has its Finnish and Arabic name.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const src = join(root, 'src');

const PLURAL = /^(.+)_(zero|one|two|few|many|other)$/;
const VARIABLE = /\{\{\s*([\w.-]+)\s*(?:,[^}]*)?\}\}/g;

/** Nested strings as `a.b.c` → text; anything but text or an object is reported as it is. */
export function flatten(node, prefix = '') {
  const entries = new Map();
  for (const [key, value] of Object.entries(node)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const entry of flatten(value, path)) entries.set(...entry);
    } else {
      entries.set(path, value);
    }
  }
  return entries;
}

/** Keys by their base key: a plural key `over_one` files under `over` with its category. */
function byBaseKey(strings) {
  const keys = new Map();
  for (const [key, text] of strings) {
    const match = PLURAL.exec(key);
    const [base, category] = match ? [match[1], match[2]] : [key, undefined];
    const entry = keys.get(base) ?? { forms: new Map() };
    entry.forms.set(category, text);
    keys.set(base, entry);
  }
  return keys;
}

const variables = (text) => new Set([...text.matchAll(VARIABLE)].map((m) => m[1]));
const union = (sets) => new Set(sets.flatMap((set) => [...set]));
const sorted = (set) => [...set].sort();

/**
 * Whether a plural category of `lang` stands for exactly one number, so that its form may say the
 * number in words ("حرفان", two characters) instead of {{count}}.
 */
function namesOneNumber(lang, category) {
  const rules = new Intl.PluralRules(lang);
  let numbers = 0;
  for (let n = 0; n <= 1000 && numbers < 2; n++) if (rules.select(n) === category) numbers++;
  return numbers === 1;
}

/** What is wrong with `file` (language `lang`) against the Swedish strings of its folder. */
export function problems(lang, strings, svStrings) {
  const found = [];
  const keys = byBaseKey(strings);
  const reference = byBaseKey(svStrings);
  const categories = new Set(new Intl.PluralRules(lang).resolvedOptions().pluralCategories);

  for (const base of reference.keys()) if (!keys.has(base)) found.push(`${base}: missing`);
  for (const [base, { forms }] of keys) {
    const svEntry = reference.get(base);
    if (!svEntry) {
      found.push(`${base}: not in sv.json`);
      continue;
    }
    const plural = !svEntry.forms.has(undefined);
    if (plural !== !forms.has(undefined) || (forms.has(undefined) && forms.size > 1)) {
      found.push(`${base}: ${plural ? 'plural' : 'not plural'} in sv.json, not here`);
      continue;
    }
    if (plural) {
      for (const category of categories) if (!forms.has(category)) found.push(`${base}_${category}: missing`);
      for (const category of forms.keys()) {
        // i18next looks for `_zero` when the count is 0 in every language; any other form is dead.
        if (!categories.has(category) && category !== 'zero') found.push(`${base}_${category}: ${lang} has no such plural form`);
      }
    }

    const svVariables = union([...svEntry.forms.values()].filter((t) => typeof t === 'string').map(variables));
    for (const [category, text] of forms) {
      const key = category ? `${base}_${category}` : base;
      if (typeof text !== 'string') {
        found.push(`${key}: not text`);
        continue;
      }
      if (text.trim() === '') found.push(`${key}: empty`);
      if (text.includes('<')) found.push(`${key}: markup`);
      // Numbers come through variables, formatted by Intl, so that one place chooses the digits.
      if (/\p{Nd}/u.test(text)) found.push(`${key}: digits in the text`);
      const own = variables(text);
      const expected = new Set(svVariables);
      if (category && namesOneNumber(lang, category) && !own.has('count')) expected.delete('count');
      if (sorted(own).join() !== sorted(expected).join()) {
        found.push(`${key}: variables {${sorted(own)}}, sv.json has {${sorted(svVariables)}}`);
      }
    }
  }
  return found;
}

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

const folders = readdirSync(src, { recursive: true })
  .filter((path) => basename(path) === 'locales')
  .map((path) => join(src, path));

test('the locale folders are found, each with sv.json, en.json, fi.json and ar.json', () => {
  assert.ok(folders.length >= 6, `found ${folders.length} locale folders`);
  for (const folder of folders) {
    const files = readdirSync(folder);
    for (const lang of ['sv', 'en', 'fi', 'ar']) assert.ok(files.includes(`${lang}.json`), `${folder}: ${lang}.json`);
  }
});

for (const folder of folders) {
  const svStrings = flatten(readJson(join(folder, 'sv.json')));
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.json'))) {
    const lang = basename(file, '.json');
    test(`${join(folder, file).slice(root.length + 1)} matches sv.json`, () => {
      assert.deepEqual(problems(lang, flatten(readJson(join(folder, file))), svStrings), []);
    });
  }
}

test('the check finds what it is for', () => {
  const sv = flatten({ a: { b: 'B {{x}}' }, over_one: '{{count}} tecken', over_other: '{{count}} tecken' });
  // The Arabic strings of `sv`, changed by `overrides` (an undefined one leaves its key out).
  const ar = (overrides) => {
    const strings = flatten({
      a: { b: 'ب {{x}}' },
      over_zero: 'صفر',
      over_one: 'حرف واحد',
      over_two: 'حرفان',
      over_few: '{{count}} أحرف',
      over_many: '{{count}} حرفًا',
      over_other: '{{count}} حرف',
      ...overrides,
    });
    for (const [key, text] of strings) if (text === undefined) strings.delete(key);
    return strings;
  };
  assert.deepEqual(problems('ar', ar({}), sv), []);
  assert.deepEqual(problems('ar', ar({ a: {} }), sv), ['a.b: missing']);
  assert.deepEqual(problems('ar', ar({ over_two: undefined }), sv), ['over_two: missing']);
  assert.deepEqual(problems('ar', ar({ a: { b: 'ب {{y}}' } }), sv), ['a.b: variables {y}, sv.json has {x}']);
  assert.deepEqual(problems('ar', ar({ over_many: 'حرفًا' }), sv), ['over_many: variables {}, sv.json has {count}']);
  assert.deepEqual(problems('ar', ar({ a: { b: '<b>ب</b> {{x}}' } }), sv), ['a.b: markup']);
  assert.deepEqual(problems('ar', ar({ a: { b: ' ' } }), sv), ['a.b: empty', 'a.b: variables {}, sv.json has {x}']);
  assert.deepEqual(problems('ar', ar({ a: { b: 'ب {{x}} 5' } }), sv), ['a.b: digits in the text']);
  assert.deepEqual(
    problems('fi', flatten({ a: { b: 'B {{x}}' }, over_one: 'yksi merkki', over_other: '{{count}} merkkiä', over_few: '{{count}} merkkiä' }), sv),
    ['over_few: fi has no such plural form'],
  );
  assert.deepEqual(problems('fi', flatten({ a: { b: 'B {{x}}' }, over: '{{count}} merkkiä' }), sv), ['over: plural in sv.json, not here']);
  // Russian "one" is 1, 21, 31 …: the number cannot be left out.
  assert.deepEqual(
    problems('ru', flatten({ a: { b: 'B {{x}}' }, over_one: 'один', over_few: '{{count}}', over_many: '{{count}}', over_other: '{{count}}' }), sv),
    ['over_one: variables {}, sv.json has {count}'],
  );
});

/** Every name swedishHolidays() gives over two centuries, in each language, a shared day's "A / B" as it is. */
async function swedishHolidayNames() {
  const source = readFileSync(join(src, 'lib/hours/holidays.ts'), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  const { swedishHolidays } = await import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`);
  const names = new Map();
  for (let year = 1900; year <= 2100; year++) {
    for (const { name } of swedishHolidays(year)) names.set(name.sv, name);
  }
  return names;
}

test('every Swedish holiday name has a Finnish and an Arabic name', async () => {
  const names = await swedishHolidayNames();
  assert.ok(names.size >= 20, `found ${names.size} holiday names`);
  for (const [sv, byLanguage] of names) {
    assert.deepEqual(Object.keys(byLanguage).sort(), ['ar', 'en', 'fi', 'sv'], sv);
    for (const lang of ['fi', 'ar']) {
      const text = byLanguage[lang];
      assert.ok(typeof text === 'string' && text.trim() !== '' && !/[<\p{Nd}]/u.test(text), `${sv} in ${lang}: ${text}`);
      assert.equal(text.split(' / ').length, sv.split(' / ').length, `${sv} in ${lang}: ${text}`);
    }
  }
});
