/**
 * The editors' round trip (issue 6): the guide's snippets (docs/examples/snippets.html) pasted into
 * the real TinyMCE and CKEditor 5 from npm, configured exactly as docs/editors.md says (the config
 * files it shows), come out with the tags, every attribute and the JSON intact. Where an editor
 * cannot keep something (a script child), the test holds it to what the guide says it does. Negative
 * controls: the same snippets through the same editors without the guide's settings lose their tags.
 * And the guide shows every example file exactly as the tests use it.
 */
import { expect } from '@open-wc/testing';
import type * as CK from 'ckeditor5';
import type { LitElement } from 'lit';
import 'tinymce/tinymce.js';
import type { Editor as TinyEditor, RawEditorOptions, TinyMCE } from 'tinymce';
import '../src/contact-status/contact-status.js';
import '../src/goal-card/goal-card.js';
import '../src/goal-list/goal-list.js';
import '../src/page-feedback/page-feedback.js';
import '../src/success-factors/success-factors.js';
import { textOf, until } from './helpers.js';

const TAGS = ['goal-list', 'goal-card', 'success-factors', 'contact-status', 'page-feedback'];
const EXAMPLES = '/docs/examples';
/** The snippets that paste an element (the others: `loader`, `script-child`). */
const ELEMENT_SNIPPETS = ['goal-list', 'goal-card', 'success-factors', 'contact-status', 'page-feedback', 'src'];

/** The settings as tinymce-config.js writes them: the two schema settings as strings. */
type TinySettings = RawEditorOptions & { custom_elements: string; extended_valid_elements: string };
interface TinyConfigModule {
  tinymceSettings: TinySettings;
  scriptChildSettings: TinySettings;
}
interface CkConfigModule {
  manuallyEditableHtmlTags: string;
  htmlSupport: { allow: { name: string; attributes?: string[] }[] };
}
type HtmlSupport = CK.GeneralHtmlSupportConfig;

// ---------------------------------------------------------------------------------------------
// The files

async function text(path: string): Promise<string> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.text();
}

/** The snippets file split at its `<!-- snippet: name -->` comments. */
function parseSnippets(file: string): Map<string, string> {
  const parts = file.split(/<!-- snippet: ([\w-]+) -->\n/);
  const snippets = new Map<string, string>();
  for (let i = 1; i < parts.length; i += 2) snippets.set(parts[i]!, parts[i + 1]!.trim());
  return snippets;
}

let guide = '';
let snippets = new Map<string, string>();
let tinyConfig: TinyConfigModule;
let ckConfig: CkConfigModule;
let ckeditor: typeof CK;
const tinymce = (window as unknown as { tinymce: TinyMCE }).tinymce;

function snippet(name: string): string {
  const html = snippets.get(name);
  if (html === undefined) throw new Error(`docs/examples/snippets.html has no snippet "${name}"`);
  return html;
}

before(async () => {
  guide = await text('/docs/editors.md');
  snippets = parseSnippets(await text(`${EXAMPLES}/snippets.html`));
  // Loaded by URL: the files are plain ES modules for CMS admins, outside the TypeScript project.
  const load = (path: string): Promise<unknown> => import(path);
  tinyConfig = (await load(`${EXAMPLES}/tinymce-config.js`)) as TinyConfigModule;
  ckConfig = (await load(`${EXAMPLES}/ckeditor-config.js`)) as CkConfigModule;
  ckeditor = (await load('/node_modules/ckeditor5/dist/browser/ckeditor5.js')) as typeof CK;
});

// ---------------------------------------------------------------------------------------------
// What a page gets out of some HTML

interface Facts {
  tag: string;
  /** Every attribute; JSON values parsed. */
  attributes: Record<string, unknown>;
  /** The parsed child `<script type="application/json">`; null without one, '' when it is empty. */
  script: unknown;
  /** The fallback content (scripts left out): its tags and its text. */
  fallback: string;
}

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

function valueOf(tag: string, name: string, value: string): unknown {
  if (!/^\s*[[{]/.test(value)) return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    throw new Error(`<${tag} ${name}> is not JSON any more: ${value}`);
  }
}

function factsOf(html: string): Facts[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.querySelectorAll(TAGS.join(','))].map((el) => {
    const child = el.querySelector(':scope > script[type="application/json"]');
    const rest = el.cloneNode(true) as Element;
    rest.querySelectorAll('script').forEach((s) => s.remove());
    const tags = [...rest.querySelectorAll('*')].map((e) => e.localName).join(' ');
    const walker = document.createTreeWalker(rest, NodeFilter.SHOW_TEXT);
    const texts: string[] = [];
    while (walker.nextNode()) texts.push(fold(walker.currentNode.textContent ?? ''));
    return {
      tag: el.localName,
      attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, valueOf(el.localName, a.name, a.value)])),
      script: child === null ? null : child.textContent.trim() === '' ? '' : (JSON.parse(child.textContent) as unknown),
      fallback: `${tags} | ${texts.filter(Boolean).join(' ')}`,
    };
  });
}

/** The snippet's facts with its script child as the editor leaves it. */
function withScript(html: string, script: null | ''): Facts[] {
  return factsOf(html).map((facts) => ({ ...facts, script: facts.script === null ? null : script }));
}

// ---------------------------------------------------------------------------------------------
// The editors, driven as an editor uses them

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** A clipboard paste, as the browser fires it; `types` maps MIME types to data. */
function paste(target: HTMLElement, types: Record<string, string>): void {
  const data = new DataTransfer();
  for (const [type, value] of Object.entries(types)) data.setData(type, value);
  target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
}

/** Types `value` into a textarea, as a person pasting does. */
function typeInto(textarea: HTMLTextAreaElement, value: string): void {
  textarea.focus();
  textarea.value = value;
  textarea.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
}

interface Harness {
  /** Opens the source view (TinyMCE "Source code", CKEditor "Source"), pastes `html` there, closes it; the saved HTML. */
  source(html: string): Promise<string>;
  /** Pasted into the empty visual view, from a clipboard with these types; the saved HTML. */
  paste(types: Record<string, string>): Promise<string>;
  /** The visual view's editable element. */
  visual(): HTMLElement;
  destroy(): Promise<void>;
}

async function tinyHarness(settings: RawEditorOptions): Promise<Harness> {
  const textarea = document.createElement('textarea');
  document.body.append(textarea);
  const [editor] = (await tinymce.init({
    ...settings,
    target: textarea,
    license_key: 'gpl',
    // The Source code button (Optimizely adds it in KommunElementsTinyMce.cs).
    plugins: 'code',
    toolbar: 'code',
    // The test page serves TinyMCE's files from node_modules; no skin or content CSS needed.
    base_url: '/node_modules/tinymce',
    suffix: '.min',
    skin: false,
    content_css: false,
  })) as [TinyEditor];
  return {
    async source(html) {
      editor.setContent('');
      editor.execCommand('mceCodeEditor');
      let dialog: Element | null = null;
      await until(() => (dialog = document.querySelector('.tox-dialog')) !== null, 'the Source code dialog opened');
      typeInto(dialog!.querySelector('textarea')!, html);
      [...dialog!.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Save')!.click();
      await until(() => document.querySelector('.tox-dialog') === null, 'the Source code dialog closed');
      return editor.getContent();
    },
    async paste(types) {
      editor.setContent('');
      editor.focus();
      // Plain text alone TinyMCE reads from a paste bin the browser fills, which a test cannot do; it
      // ends in the same call as this command.
      if (types['text/html'] === undefined) editor.execCommand('mceInsertClipboardContent', false, { text: types['text/plain'] });
      else paste(editor.getBody(), types);
      await nextFrame();
      return editor.getContent();
    },
    visual: () => editor.getBody(),
    async destroy() {
      editor.remove();
      textarea.remove();
      await nextFrame();
    },
  };
}

async function ckHarness(htmlSupport: HtmlSupport | undefined): Promise<Harness> {
  const { ClassicEditor, Essentials, GeneralHtmlSupport, Heading, Link, List, Paragraph, SourceEditing } = ckeditor;
  const element = document.createElement('div');
  document.body.append(element);
  const editor = await ClassicEditor.create(element, {
    licenseKey: 'GPL',
    plugins: [Essentials, Paragraph, Heading, Link, List, SourceEditing, ...(htmlSupport ? [GeneralHtmlSupport] : [])],
    toolbar: ['heading', 'link', 'bulletedList', 'sourceEditing'],
    ...(htmlSupport ? { htmlSupport } : {}),
  });
  const sourceEditing = editor.plugins.get(SourceEditing);
  return {
    async source(html) {
      editor.setData('');
      sourceEditing.isSourceEditingMode = true;
      typeInto(editor.ui.view.element!.querySelector<HTMLTextAreaElement>('.ck-source-editing-area textarea')!, html);
      sourceEditing.isSourceEditingMode = false;
      await nextFrame();
      return editor.getData();
    },
    async paste(types) {
      editor.setData('');
      editor.editing.view.focus();
      paste(editor.editing.view.getDomRoot()!, types);
      await nextFrame();
      return editor.getData();
    },
    visual: () => editor.editing.view.getDomRoot()!,
    async destroy() {
      await editor.destroy();
      element.remove();
    },
  };
}

/** Runs `body` with one editor for a describe block. */
function withEditor(make: () => Promise<Harness>, body: (editor: () => Harness) => void): void {
  let harness: Harness | undefined;
  before(async () => {
    harness = await make();
  });
  after(async () => {
    await harness?.destroy();
  });
  body(() => {
    if (!harness) throw new Error('the editor did not start');
    return harness;
  });
}

// ---------------------------------------------------------------------------------------------
// Drupal: the CKEditor 5 settings Drupal builds from a text format (ckeditor5 module, Drupal 10/11)

/** The negative controls: an editor without the guide's settings drops the loader and every element. */
function itLosesTheElements(editor: () => Harness): void {
  it('drops the loader script', async () => {
    expect(await editor().source(`<p>Text</p>${snippet('loader')}`)).not.to.include('<script');
  });
  for (const name of [...ELEMENT_SNIPPETS, 'script-child']) {
    it(`"${name}" loses its tags and attributes`, async () => {
      const saved = await editor().source(snippet(name));
      expect(factsOf(saved)).to.deep.equal([]);
      for (const tag of TAGS) expect(saved).not.to.include(`<${tag}`);
    });
  }
}

/** `<goal-list goals src>` … as Drupal reads "Manually editable HTML tags". */
function drupalTags(tags: string): Map<string, string[]> {
  return new Map([...tags.matchAll(/<([a-z][\w-]*)([^>]*)>/g)].map((m) => [m[1]!, m[2]!.trim().split(/\s+/).filter(Boolean)]));
}

/**
 * What Drupal hands CKEditor 5 for a restricted text format: HTMLRestrictions::toGeneralHtmlSupportConfig()
 * for the manually editable tags, the global `lang` and `dir` of its GlobalAttribute plugins, and, with
 * the kommun_elements module, the module's `htmlSupport` line.
 */
function drupalRestricted(tags: string, withModule: boolean): HtmlSupport {
  const elements = drupalTags(tags);
  const all = new RegExp(`^(p|h2|h3|h4|h5|h6|a|ul|ol|li|${[...elements.keys()].join('|')})$`);
  return {
    allow: [
      ...[...elements].map(([name, attributes]) => ({ name, attributes: attributes.map((key) => ({ key, value: true as const })) })),
      { name: all, attributes: 'lang' },
      { name: all, attributes: [{ key: 'dir', value: /^(ltr|rtl)$/ }] },
      ...(withModule ? [{ name: '$customElement' }] : []),
    ],
  };
}

/** Drupal's "Full HTML" (no HTML filter): the ckeditor5_arbitraryHtmlSupport plugin. */
const DRUPAL_FULL_HTML: HtmlSupport = { allow: [{ name: /.*/, attributes: true, classes: true, styles: true }] };

// ---------------------------------------------------------------------------------------------
// The guide and its files agree

/** Tag → sorted attribute names. */
type Allowed = Record<string, string[]>;
function sorted(entries: [string, string[]][]): Allowed {
  const tidy = entries.map(([tag, attributes]): [string, string[]] => [tag, [...attributes].sort()]);
  return Object.fromEntries(tidy.sort(([a], [b]) => a.localeCompare(b)));
}
const withLangDir = (allowed: Allowed): Allowed => sorted(Object.entries(allowed).map(([tag, a]) => [tag, [...a, 'lang', 'dir']]));

function tinyAllowed(extendedValidElements: string): Allowed {
  return sorted([...extendedValidElements.matchAll(/([a-z][\w-]*)\[([^\]]*)\]/g)].map((m) => [m[1]!, m[2]!.split('|')]));
}

describe('the guide (docs/editors.md) and its example files', () => {
  const files = [
    'tinymce-config.js',
    'ckeditor-config.js',
    'optimizely/KommunElementsTinyMce.cs',
    'wordpress/kommun-elements/kommun-elements.php',
    'drupal/kommun_elements/kommun_elements.info.yml',
    'drupal/kommun_elements/kommun_elements.libraries.yml',
    'drupal/kommun_elements/kommun_elements.module',
    'drupal/kommun_elements/kommun_elements.ckeditor5.yml',
  ];
  for (const file of files) {
    it(`shows docs/examples/${file} verbatim and names it`, async () => {
      const content = (await text(`${EXAMPLES}/${file}`)).trimEnd();
      expect(guide).to.include(`docs/examples/${file}`);
      expect(guide.includes(content), `docs/editors.md has the text of docs/examples/${file}`).to.equal(true);
    });
  }

  it('shows every snippet of docs/examples/snippets.html verbatim', () => {
    expect([...snippets.keys()]).to.deep.equal(['loader', ...ELEMENT_SNIPPETS.slice(0, 5), 'script-child', 'src']);
    for (const [name, html] of snippets) expect(guide.includes(html), `the guide shows snippet "${name}"`).to.equal(true);
  });

  it('allows the same tags and attributes for TinyMCE, CKEditor 5, Drupal, WordPress and Optimizely', async () => {
    const tiny = tinyAllowed(tinyConfig.tinymceSettings.extended_valid_elements);
    expect(Object.keys(tiny).sort()).to.deep.equal([...TAGS].sort());
    expect(tinyConfig.tinymceSettings.custom_elements.split(',')).to.deep.equal(TAGS);

    const ck = sorted(ckConfig.htmlSupport.allow.filter((r) => r.name !== '$customElement').map((r) => [r.name, r.attributes ?? []]));
    expect(ck, 'ckeditor-config.js htmlSupport').to.deep.equal(tiny);
    expect(ckConfig.htmlSupport.allow[0]).to.deep.equal({ name: '$customElement' });

    const drupal = withLangDir(sorted([...drupalTags(ckConfig.manuallyEditableHtmlTags)]));
    expect(drupal, 'manuallyEditableHtmlTags (+ lang, dir from Drupal)').to.deep.equal(tiny);

    const php = await text(`${EXAMPLES}/wordpress/kommun-elements/kommun-elements.php`);
    const wordpress = withLangDir(
      sorted([...php.matchAll(/'([a-z][\w-]*)'\s*=> array\(([^)]*)\)/g)].map((m) => [m[1]!, [...m[2]!.matchAll(/'([^']+)'/g)].map((a) => a[1]!)])),
    );
    expect(wordpress, 'the WordPress plugin').to.deep.equal(tiny);

    const cs = await text(`${EXAMPLES}/optimizely/KommunElementsTinyMce.cs`);
    const join = /AddSetting\("extended_valid_elements", string\.Join\(",",([^;]*?)\)\)/.exec(cs);
    expect(join, 'the C# sets extended_valid_elements').to.not.equal(null);
    const csElements = [...join![1]!.matchAll(/"([^"]+)"/g)].map((m) => m[1]!).join(',');
    expect(csElements).to.equal(tinyConfig.tinymceSettings.extended_valid_elements);
    expect(cs).to.include(`AddSetting("custom_elements", "${tinyConfig.tinymceSettings.custom_elements}")`);
    expect(cs).to.include('AddSetting("convert_urls", false)');
    expect(tinyConfig.tinymceSettings.convert_urls).to.equal(false);
  });

  it('the Drupal module switches on what the CKEditor test below gets from it', async () => {
    const yml = await text(`${EXAMPLES}/drupal/kommun_elements/kommun_elements.ckeditor5.yml`);
    expect(yml).to.match(/htmlSupport:\n\s+allow:\n\s+- name: '\$customElement'\n/);
    expect(yml).to.include('plugins: [htmlSupport.GeneralHtmlSupport]');
    const libraries = await text(`${EXAMPLES}/drupal/kommun_elements/kommun_elements.libraries.yml`);
    expect(libraries).to.include('js/kommun-elements.js: { attributes: { type: module }');
  });

  it('every attribute a snippet uses is one the settings allow', () => {
    const allowed = tinyAllowed(tinyConfig.tinymceSettings.extended_valid_elements);
    for (const [name, html] of snippets) {
      for (const facts of factsOf(html)) {
        for (const attribute of Object.keys(facts.attributes)) {
          expect(allowed[facts.tag], `snippet "${name}": <${facts.tag} ${attribute}>`).to.include(attribute);
        }
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------
// The snippets themselves work

describe('the snippets render without an error', () => {
  for (const name of [...ELEMENT_SNIPPETS, 'script-child']) {
    it(`snippet "${name}"`, async () => {
      const errors: string[] = [];
      const host = document.createElement('div');
      host.addEventListener('kommun-error', (e) => errors.push(JSON.stringify(e.detail)));
      // The src snippet names the CMS's copy of the reference goal set; here it is data/vara-kommun.json.
      host.innerHTML = snippet(name).replaceAll('/files/mal-2020-2023.json', '/data/vara-kommun.json');
      document.body.append(host);
      try {
        const elements = [...host.querySelectorAll<LitElement>(TAGS.join(','))];
        expect(elements.length).to.be.above(0);
        for (const el of elements) {
          await el.updateComplete;
          await until(() => textOf(el.shadowRoot).length > 0 || errors.length > 0, `<${el.localName}> rendered`);
        }
        expect(errors).to.deep.equal([]);
      } finally {
        host.remove();
      }
    });
  }
});

// ---------------------------------------------------------------------------------------------
// TinyMCE (Optimizely/Episerver)

/** What a snippet copied from the guide is on the clipboard: its source as plain text. */
const copiedCode = (html: string) => ({ 'text/plain': html });

describe("TinyMCE 8 with the guide's settings (tinymce-config.js: tinymceSettings)", () => {
  withEditor(
    () => tinyHarness(tinyConfig.tinymceSettings),
    (editor) => {
      for (const name of ELEMENT_SNIPPETS) {
        it(`"${name}" pasted into Source code keeps the tags, every attribute, the JSON and the fallback`, async () => {
          expect(factsOf(await editor().source(snippet(name)))).to.deep.equal(factsOf(snippet(name)));
        });
      }
      it('drops an attribute the settings do not name', async () => {
        const html = '<success-factors factors=\'["Folkhälsa"]\' onclick="x()" title="x" data-x="1"></success-factors>';
        const [facts] = factsOf(await editor().source(html));
        expect(facts?.attributes, 'TinyMCE lets data-* through').to.deep.equal({ factors: ['Folkhälsa'], 'data-x': '1' });
      });
      it('keeps src="/files/…" as typed (convert_urls: false)', async () => {
        expect(await editor().source(snippet('src'))).to.include('src="/files/mal-2020-2023.json"');
      });
      it('drops the script child but keeps the element, its attributes and its fallback, with no JSON left as text', async () => {
        expect(factsOf(await editor().source(snippet('script-child')))).to.deep.equal(withScript(snippet('script-child'), null));
      });
      it('drops the loader script: it belongs in the page template', async () => {
        expect(await editor().source(`<p>Text</p>${snippet('loader')}`)).not.to.include('<script');
      });
      it('turns a snippet pasted into the visual view into visible text (the guide: paste in Source code)', async () => {
        const saved = await editor().paste(copiedCode(snippet('goal-list')));
        expect(factsOf(saved)).to.deep.equal([]);
        expect(saved).to.include('&lt;goal-list');
      });
      it('loses an element without child tags copied between pages in the visual view (the guide: copy in Source code)', async () => {
        const html = snippet('page-feedback');
        expect(factsOf(await editor().paste({ 'text/html': html, 'text/plain': '' }))).to.deep.equal([]);
      });
    },
  );
});

describe('TinyMCE 8 with the opt-in settings (tinymce-config.js: scriptChildSettings)', () => {
  withEditor(
    () => tinyHarness(tinyConfig.scriptChildSettings),
    (editor) => {
      it('keeps the script child and its JSON', async () => {
        expect(factsOf(await editor().source(snippet('script-child')))).to.deep.equal(factsOf(snippet('script-child')));
      });
      it('also keeps a script of another type, as the guide warns', async () => {
        expect(await editor().source('<p>Text</p><script type="text/javascript">window.x = 1</script>')).to.include('window.x = 1');
      });
      it('keeps a loader script pasted into the text, but without its src', async () => {
        const saved = await editor().source(`<p>Text</p>${snippet('loader')}`);
        expect(saved).to.include('<script type="module">');
        expect(saved).not.to.include('kommun-elements.js');
      });
      it('still keeps the element snippets intact', async () => {
        for (const name of ELEMENT_SNIPPETS) expect(factsOf(await editor().source(snippet(name))), name).to.deep.equal(factsOf(snippet(name)));
      });
    },
  );
});

describe('TinyMCE 8 with extended_valid_elements but no custom_elements', () => {
  withEditor(
    () => tinyHarness({ ...tinyConfig.tinymceSettings, custom_elements: '' }),
    (editor) => {
      it('removes the tags and keeps only the fallback', async () => {
        const saved = await editor().source(snippet('goal-list'));
        expect(factsOf(saved)).to.deep.equal([]);
        expect(saved).to.match(/^<ul>/);
      });
    },
  );
});

describe('TinyMCE 8 with inline custom elements ("~goal-list", which the guide warns against)', () => {
  withEditor(
    () => tinyHarness({ ...tinyConfig.tinymceSettings, custom_elements: TAGS.map((tag) => `~${tag}`).join(',') }),
    (editor) => {
      it('takes an element with fallback content apart', async () => {
        expect(factsOf(await editor().source(snippet('goal-list')))).not.to.deep.equal(factsOf(snippet('goal-list')));
      });
    },
  );
});

describe('TinyMCE 8 without convert_urls: false (why the guide sets it)', () => {
  withEditor(
    () => tinyHarness({ ...tinyConfig.tinymceSettings, convert_urls: true }),
    (editor) => {
      it('rewrites src="/files/…" relative to the editor\'s own page', async () => {
        const saved = await editor().source(snippet('src'));
        expect(saved).to.include('<goal-list');
        expect(saved).not.to.include('src="/files/mal-2020-2023.json"');
      });
    },
  );
});

describe("TinyMCE 8 without the guide's settings (negative control)", () => {
  withEditor(
    () => tinyHarness({}),
    (editor) => {
      it('keeps only the fallback of an element', async () => {
        const saved = await editor().source(snippet('goal-list'));
        expect(saved).to.match(/^<ul>\n<li>Attraktivt Vara/);
      });
      itLosesTheElements(editor);
    },
  );
});

// ---------------------------------------------------------------------------------------------
// CKEditor 5 (Drupal, and CKEditor 5 elsewhere)

describe("CKEditor 5 with the guide's settings (ckeditor-config.js: htmlSupport)", () => {
  withEditor(
    () => ckHarness(ckConfig.htmlSupport),
    (editor) => {
      for (const name of [...ELEMENT_SNIPPETS, 'script-child']) {
        it(`"${name}" pasted into Source keeps the tags, every attribute, the JSON, any script child and the fallback`, async () => {
          expect(factsOf(await editor().source(snippet(name)))).to.deep.equal(factsOf(snippet(name)));
        });
      }
      it('drops an attribute the settings do not name', async () => {
        const [facts] = factsOf(await editor().source('<success-factors factors=\'["Folkhälsa"]\' onclick="x()" data-x="1"></success-factors>'));
        expect(facts?.attributes).to.deep.equal({ factors: ['Folkhälsa'] });
      });
      it('drops the loader script outside the elements: it belongs in the page template', async () => {
        expect(await editor().source(`<p>Text</p>${snippet('loader')}`)).not.to.include('<script');
      });
      it('shows an element in the visual view as an empty stand-in: its content is only in Source', async () => {
        await editor().source(snippet('goal-list'));
        expect(editor().visual().querySelector('goal-list'), 'not the element itself').to.equal(null);
        const shown = editor().visual().querySelector('[data-ck-unsafe-element="goal-list"]');
        expect(shown?.getAttribute('layout')).to.equal('grid');
        expect(shown?.childNodes.length).to.equal(0);
      });
      it('turns a snippet pasted into the visual view into visible text (the guide: paste in Source)', async () => {
        const saved = await editor().paste(copiedCode(snippet('goal-list')));
        expect(factsOf(saved)).to.deep.equal([]);
        expect(saved).to.include('&lt;goal-list');
      });
      it('keeps the attributes but loses the fallback of an element copied between pages in the visual view', async () => {
        const [facts] = factsOf(await editor().paste({ 'text/html': snippet('goal-list'), 'text/plain': '' }));
        const [original] = factsOf(snippet('goal-list'));
        expect(facts).to.deep.equal({ ...original, fallback: ' | ' });
      });
    },
  );
});

describe('CKEditor 5 as Drupal sets it up: a restricted text format with the manually editable tags and the kommun_elements module', () => {
  withEditor(
    () => ckHarness(drupalRestricted(ckConfig.manuallyEditableHtmlTags, true)),
    (editor) => {
      for (const name of [...ELEMENT_SNIPPETS, 'script-child']) {
        it(`"${name}" pasted into Source keeps the tags, every attribute and the JSON`, async () => {
          expect(factsOf(await editor().source(snippet(name)))).to.deep.equal(factsOf(snippet(name)));
        });
      }
      it("drops the loader script: in Drupal it comes from the module's library", async () => {
        expect(await editor().source(`<p>Text</p>${snippet('loader')}`)).not.to.include('<script');
      });
      it('keeps lang and dir, which Drupal allows on every tag', async () => {
        const html = '<success-factors lang="en" dir="ltr" src="/sites/default/files/mal-2020-2023.json"></success-factors>';
        expect(factsOf(await editor().source(html))).to.deep.equal(factsOf(html));
      });
    },
  );
});

describe('CKEditor 5 in Drupal without the kommun_elements module (why the guide needs it)', () => {
  withEditor(
    () => ckHarness(drupalRestricted(ckConfig.manuallyEditableHtmlTags, false)),
    (editor) => {
      for (const name of ELEMENT_SNIPPETS) {
        it(`"${name}" loses its tags, although the text format lists them`, async () => {
          expect(factsOf(await editor().source(snippet(name)))).to.deep.equal([]);
        });
      }
      it('keeps only the fallback of an element', async () => {
        expect(await editor().source(snippet('goal-list'))).to.match(/^<ul><li[^>]*>Attraktivt Vara med livskraft för alla<\/li>/);
      });
    },
  );
});

describe('CKEditor 5 in Drupal\'s "Full HTML" format (arbitrary HTML)', () => {
  withEditor(
    () => ckHarness(DRUPAL_FULL_HTML),
    (editor) => {
      for (const name of ELEMENT_SNIPPETS) {
        it(`"${name}" pasted into Source keeps the tags, every attribute and the JSON`, async () => {
          expect(factsOf(await editor().source(snippet(name)))).to.deep.equal(factsOf(snippet(name)));
        });
      }
      it('keeps a loader script pasted into the text', async () => {
        expect(await editor().source(`<p>Text</p>${snippet('loader')}`)).to.include('<script type="module" src="/files/kommun-elements/kommun-elements.js">');
      });
      it('empties the script child (the guide: in Drupal use an attribute or src)', async () => {
        expect(factsOf(await editor().source(snippet('script-child')))).to.deep.equal(withScript(snippet('script-child'), ''));
      });
    },
  );
});

describe('CKEditor 5 without General HTML Support settings (negative control)', () => {
  withEditor(
    () => ckHarness(undefined),
    (editor) => {
      itLosesTheElements(editor);
    },
  );
});
