// The template minifier (scripts/minify.mjs) over every source file: `html` templates keep
// their text up to whitespace runs (collapsed, never removed) and comments, `css` templates
// shrink and keep their rules, `staticHtml` templates stay as they are.
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseLiterals } from '@lit-labs/rollup-plugin-minify-html-literals/lib/parse-literals.js';
import { litTemplates } from '../minify.mjs';

const src = fileURLToPath(new URL('../../src/', import.meta.url));
const sources = (await readdir(src, { recursive: true })).filter((file) => file.endsWith('.ts') && !/\.(test|fixtures)\.ts$/.test(file)).sort();

const plugin = litTemplates();
/** The plugin's output for `code`, as the build gets it (the source itself when nothing changes). */
async function minify(code, id) {
  const context = { warn: (message) => assert.fail(message), error: (message) => assert.fail(message) };
  const result = await plugin.transform.call(context, code, id);
  return result?.code ?? code;
}

/**
 * What a browser renders a template part as, under `white-space: normal` or `nowrap`: a run of
 * whitespace counts as one space, comments not at all; whitespace before a tag's `>` is not text.
 * A quote the minifier puts around an
 * attribute binding (`@click=${…}` → `@click="${…}"`) sits at a part's edge and means the same.
 */
const rendered = (text) =>
  text
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\s+/g, ' ')
    .replace(/ (\/?>)/g, '$1')
    .replace(/="$/, '=')
    .replace(/^"/, '');

const pairs = await Promise.all(
  sources.map(async (file) => {
    const id = join(src, file);
    const code = await readFile(id, 'utf8');
    const minified = await minify(code, id);
    return { file, before: parseLiterals(code, { fileName: id }), after: parseLiterals(minified, { fileName: id }) };
  }),
);
const templatesTagged = (tag) =>
  pairs.flatMap(({ file, before, after }) =>
    before.map((template, i) => ({ file, before: template, after: after[i] })).filter((each) => each.before.tag === tag),
  );

describe('Lit template minification', () => {
  it('keeps every template and its expressions', () => {
    for (const { file, before, after } of pairs) {
      assert.equal(after.length, before.length, file);
      before.forEach((template, i) => {
        assert.equal(after[i].tag, template.tag, file);
        assert.equal(after[i].parts.length, template.parts.length, `${file}: ${template.tag} template ${i}`);
      });
    }
  });

  it('changes html and svg templates only where whitespace collapses or a comment goes', () => {
    const templates = [...templatesTagged('html'), ...templatesTagged('svg')];
    assert.ok(templates.length > 20, 'the sources have html templates');
    let shrunk = 0;
    for (const { file, before, after } of templates) {
      const text = (template) => template.parts.map((part) => part.text);
      assert.deepEqual(text(after).map(rendered), text(before).map(rendered), file);
      for (const part of after.parts) assert.doesNotMatch(part.text, /\s\s/, `${file}: a whitespace run is left`);
      if (text(after).join('').length < text(before).join('').length) shrunk++;
    }
    assert.ok(shrunk > 10, 'most html templates shrink');
  });

  it('keeps the self-closing slashes svg fragments need', () => {
    const templates = templatesTagged('svg');
    assert.ok(templates.length > 0, 'the sources have svg templates');
    const closed = (template) =>
      template.parts
        .map((part) => part.text)
        .join('')
        .match(/\/>/g)?.length ?? 0;
    for (const { file, before, after } of templates) assert.equal(closed(after), closed(before), file);
  });

  it('keeps what the whitespace rule relies on: no white-space: pre*, textarea and pre untouched', () => {
    for (const { file, before } of templatesTagged('css')) {
      assert.doesNotMatch(before.parts.map((part) => part.text).join(''), /white-space\s*:\s*(pre|break-spaces)/, file);
    }
    for (const { file, before, after } of templatesTagged('html')) {
      const insides = (template) =>
        [
          ...template.parts
            .map((part) => part.text)
            .join('\0')
            .matchAll(/<(textarea|pre)\b[^>]*>([\s\S]*?)<\/\1>/g),
        ].map((m) => m[2]);
      assert.deepEqual(insides(after), insides(before), file);
    }
  });

  it('minifies css templates and keeps their at-rules and !important', () => {
    const templates = templatesTagged('css');
    assert.ok(templates.length >= 5, 'the sources have css templates');
    const count = (text, pattern) => (text.match(pattern) ?? []).length;
    for (const { file, before, after } of templates) {
      const [was, is] = [before, after].map((template) => template.parts.map((part) => part.text).join('${}'));
      assert.ok(is.length < was.length, `${file}: css is smaller`);
      assert.doesNotMatch(is, /\n|\/\*/, `${file}: no newline or comment is left`);
      for (const pattern of [/@media/g, /!important/g, /::?part\(/g, /:host/g]) assert.equal(count(is, pattern), count(was, pattern), `${file}: ${pattern}`);
    }
  });

  it('leaves staticHtml templates as they are', () => {
    const templates = templatesTagged('staticHtml');
    assert.ok(templates.length > 0, 'the sources have staticHtml templates');
    for (const { file, before, after } of templates)
      assert.deepEqual(
        after.parts.map((part) => part.text),
        before.parts.map((part) => part.text),
        file,
      );
  });
});
