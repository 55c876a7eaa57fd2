// docs/locale-template.json, the template for registerLocale(), holds every key of the Swedish strings.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { TEMPLATE, localeTemplate } from '../locale-template.mjs';

test('docs/locale-template.json is up to date with the Swedish strings (node scripts/locale-template.mjs)', () => {
  assert.equal(readFileSync(TEMPLATE, 'utf8'), localeTemplate());
});

test('the template has the shared core strings and every element namespace', () => {
  const template = JSON.parse(localeTemplate());
  assert.deepEqual(Object.keys(template).sort(), ['contact-status', 'core', 'goal-card', 'goal-list', 'page-feedback', 'success-factors']);
  assert.equal(template['contact-status'].status.open, 'Öppet');
});
