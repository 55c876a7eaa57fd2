// custom-elements.json (run `npm run analyze` first) lists the public surface as shipped, and the
// editor data generated from it (scripts/editor-data.mjs) names every tag, attribute and event.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { elementsOf, jsxTypes, literalValues, reactTypes, vscodeData, webTypes } from '../editor-data.mjs';

const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const elements = elementsOf(manifest);
const TAGS = ['contact-status', 'goal-card', 'goal-list', 'page-feedback', 'success-factors'];

test('the manifest has the five elements and no private, protected, static or internal member', () => {
  assert.deepEqual(elements.map((element) => element.tagName).sort(), TAGS);
  const hidden = elements.flatMap((element) =>
    (element.members ?? [])
      .filter((member) => member.privacy || member.static || /@internal/.test(member.description ?? ''))
      .map((member) => `${element.tagName}.${member.name}`),
  );
  assert.deepEqual(hidden, []);
  for (const name of ['clock', 'ssr', 'addController', 'reportError', 'namespace', 'dataAttributes']) {
    assert.ok(
      elements.every((element) => !element.members.some((member) => member.name === name)),
      `${name} is listed`,
    );
  }
});

test('every module path is a shipped file in dist/, and every element is exported with its definition', () => {
  for (const module of manifest.modules) assert.match(module.path, /^dist\/[a-z-]+\.js$/);
  for (const element of elements) {
    assert.equal(element.module, `dist/${element.tagName}.js`);
    assert.ok(pkg.exports[`./${element.tagName}.js`], `${element.tagName}.js is not exported`);
    const module = manifest.modules.find((each) => each.path === element.module);
    assert.deepEqual(
      module.exports.find((entry) => entry.kind === 'custom-element-definition'),
      { kind: 'custom-element-definition', name: element.tagName, declaration: { name: element.name, module: element.module } },
    );
  }
  const references = JSON.stringify(manifest).match(/"module":"[^"]*"/g) ?? [];
  assert.deepEqual(
    references.filter((reference) => !/"module":"dist\//.test(reference)),
    [],
  );
});

test('defaults are values, not the names of constants; every attribute and event has a type', () => {
  const attribute = (tag, name) => elements.find((element) => element.tagName === tag).attributes.find((each) => each.name === name);
  assert.equal(attribute('page-feedback', 'max-length').default, '1000');
  assert.equal(attribute('contact-status', 'time-zone').default, "'Europe/Stockholm'");
  assert.equal(attribute('goal-list', 'goals').type.text, 'string (JSON: GoalInput[] | GoalSetInput)');
  for (const element of elements) {
    for (const each of element.attributes) {
      assert.ok(each.type?.text, `${element.tagName} ${each.name} has no type`);
      assert.doesNotMatch(each.default ?? '', /^[A-Z][A-Z0-9_]+$/, `${element.tagName} ${each.name}`);
    }
    for (const event of element.events) assert.match(event.type?.text ?? '', /^CustomEvent<.+>$/, `${element.tagName} ${event.name}`);
  }
  assert.equal(
    elements.find((element) => element.tagName === 'page-feedback').events.find((event) => event.name === 'page-feedback').type.text,
    'CustomEvent<Readonly<FeedbackRecord>>',
  );
});

test('VS Code custom data and web-types list every tag with its attributes and enum values', () => {
  const vscode = vscodeData(manifest);
  assert.deepEqual(vscode.tags.map((tag) => tag.name).sort(), TAGS);
  const list = vscode.tags.find((tag) => tag.name === 'goal-list');
  assert.deepEqual(list.attributes.find((each) => each.name === 'layout').values, [{ name: 'list' }, { name: 'grid' }]);
  assert.ok(list.attributes.some((each) => each.name === 'heading-level'));
  const web = webTypes(manifest, pkg);
  const feedback = web.contributions.html.elements.find((element) => element.name === 'page-feedback');
  assert.deepEqual(feedback.source, { module: 'kommun-elements/page-feedback.js', symbol: 'PageFeedback' });
  assert.ok(feedback.js.events.some((event) => event.name === 'page-feedback'));
  assert.ok(feedback.attributes.some((each) => each.name === 'max-length' && each.default === '1000'));
  assert.equal(literalValues("'list' | 'grid'").join(), 'list,grid');
  assert.equal(literalValues('string | undefined'), undefined);
});

test('the JSX types take each property from its class and each event from HTMLElementEventMap', () => {
  const jsx = jsxTypes(manifest);
  assert.match(jsx, /import type \{ GoalList \} from '\.\/goal-list\/goal-list\.js';/);
  assert.match(jsx, /goals\?: GoalList\["goals"\];/);
  assert.match(jsx, /'heading-level'\?: string \| number;/);
  assert.match(jsx, /'onpage-feedback'\?: Handler<'page-feedback'>;/);
  for (const tag of TAGS) assert.match(jsx, new RegExp(`'${tag}': `));
  assert.match(reactTypes(manifest), /declare module 'react' \{\n {2}namespace JSX \{\n {4}interface IntrinsicElements \{/);
});
