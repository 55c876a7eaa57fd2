// The generated element reference: what it shows of a class, and that it refuses a file without its markers.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { elementSection, elementsReference, withGenerated } from '../reference.mjs';

const declaration = {
  tagName: 'demo-list',
  customElement: true,
  summary: 'A demo.',
  description: 'Shows things.',
  attributes: [
    { name: 'items', description: 'JSON: the items.' },
    { name: 'heading-level', fieldName: 'headingLevel', type: { text: 'number' }, default: '2', description: 'The level.' },
    { name: 'lang', description: 'Language.' },
  ],
  members: [
    { kind: 'field', name: 'items', type: { text: 'Item[] | string' }, description: 'The items.' },
    { kind: 'field', name: 'headingLevel', attribute: 'heading-level', type: { text: 'number' }, default: '2' },
    { kind: 'field', name: 'state', type: { text: 'State' }, description: 'Where it is.' },
    { kind: 'field', name: 'cache', privacy: 'private' },
    { kind: 'field', name: 'namespace', static: true, privacy: 'protected' },
    { kind: 'field', name: 'dataPath', description: 'For warnings. @internal' },
    { kind: 'method', name: 'reportError', inheritedFrom: { name: 'KommunElement' } },
    { kind: 'method', name: 'focusItem', parameters: [{ name: 'id' }], description: 'Focuses an item.' },
  ],
  events: [{ name: 'kommun-error', description: 'Bad data.' }],
  cssParts: [{ name: 'list', description: 'The list.' }],
};

test('an element section lists the public surface only', () => {
  const section = elementSection(declaration);
  assert.match(section, /^### `<demo-list>`/);
  assert.match(section, /\| `items` \| `items` \| `Item\[\] \\\| string` \|/, 'a JSON attribute is matched to its property, pipes escaped');
  assert.match(section, /\| `heading-level` \| `headingLevel` \| `number` \| `2` \| The level\. \|/);
  assert.match(section, /#### Properties only[\s\S]*\| `state` \| `State` \| Where it is\. \|/);
  assert.match(section, /\| `focusItem\(id\)` \| Focuses an item\. \|/);
  assert.match(section, /\| `kommun-error` \| Bad data\. \|/);
  assert.match(section, /\| `list` \| The list\. \|/);
  for (const hidden of ['cache', 'namespace', 'dataPath', 'reportError', '| `lang`']) assert.ok(!section.includes(hidden), `${hidden} is not listed`);
});

test('the elements come in the order editors meet them', () => {
  const manifest = { modules: ['page-feedback', 'goal-list', 'success-factors'].map((tagName) => ({ declarations: [{ tagName, customElement: true }] })) };
  const order = [...elementsReference(manifest).matchAll(/^### `<([a-z-]+)>`/gm)].map((match) => match[1]);
  assert.deepEqual(order, ['goal-list', 'success-factors', 'page-feedback']);
});

test('only the text between the markers is replaced; a file without them is refused', () => {
  const current = readFileSync(new URL('../../docs/reference.md', import.meta.url), 'utf8');
  const next = withGenerated(current, 'GENERATED');
  assert.ok(next.startsWith(current.slice(0, current.indexOf('<!-- elements:'))));
  assert.match(next, /-->\n\nGENERATED\n\n<!-- elements: end -->/);
  assert.throws(() => withGenerated('# no markers', 'x'), /markers/);
});
