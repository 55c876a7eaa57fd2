// Table tests of the layer check, so that a broken check cannot pass a tree that breaks the rule.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { graphOf, importsOf, layerOf, layerViolations } from '../check-layers.mjs';

test('layers rank lib < data < base < element folders < index', () => {
  const ranks = ['lib/hours/holidays.ts', 'data/types.ts', 'base/define.ts', 'goal-list/goal-list.ts', 'index.ts'].map((p) => layerOf(p).rank);
  assert.deepEqual(
    ranks,
    [...ranks].sort((a, b) => a - b),
  );
  assert.equal(new Set(ranks).size, ranks.length);
});

test('importsOf finds static, type-only, re-exported and dynamic imports, not those in comments', () => {
  const source = [
    "import { a } from './a.js';",
    "import type { B } from '../b.js';",
    "export { c } from './c.js';",
    "import './side-effect.js';",
    "const d = await import('./d.js');",
    "// import { e } from './e.js';",
    "/* import { f } from './f.js'; */",
    "import {\n  g,\n} from 'lit';",
  ].join('\n');
  assert.deepEqual(importsOf(source), ['./a.js', '../b.js', './c.js', './side-effect.js', './d.js', 'lit']);
});

const cases = [
  ['lib imports lib', { 'lib/hours/opening-hours.ts': ['./holidays.js', '../validate.js'] }, 0],
  ['data imports lib', { 'data/types.ts': ['../lib/validate.js'] }, 0],
  ['base imports data and lit', { 'base/kommun-element.ts': ['../data/localized-text.js', 'lit'] }, 0],
  ['an element imports another element', { 'goal-list/goal-list.ts': ['../goal-card/goal-render.js'] }, 0],
  ['fixtures read example data', { 'goal-list/goal-list.fixtures.ts': ['../../data/vara-kommun.json'] }, 0],
  ['lib imports data', { 'lib/validate.ts': ['../data/types.js'] }, 1],
  ['lib imports base', { 'lib/hours/holidays.ts': ['../../base/i18n.js'] }, 1],
  ['data imports base', { 'data/localized-text.ts': ['../base/i18n.js'] }, 1],
  ['base imports an element', { 'base/kommun-element.ts': ['../goal-card/goal-card.js'] }, 1],
  ['an element imports the entry', { 'goal-card/goal-card.ts': ['../index.js'] }, 1],
  ['lib imports lit', { 'lib/feedback/record.ts': ['lit'] }, 1],
  ['data imports i18next', { 'data/goal-set.ts': ['i18next'] }, 1],
  ['code outside src', { 'base/i18n.ts': ['../../server/validate.js'] }, 1],
];
for (const [name, graph, count] of cases) {
  test(`${name}: ${count ? 'a violation' : 'allowed'}`, () => {
    assert.equal(layerViolations(graph).length, count, layerViolations(graph).join('\n'));
  });
}

test('the source tree keeps its layers', () => {
  const graph = graphOf(fileURLToPath(new URL('../../src', import.meta.url)));
  assert.ok(Object.keys(graph).length > 20);
  assert.deepEqual(layerViolations(graph), []);
});
