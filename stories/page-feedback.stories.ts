import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { action } from 'storybook/actions';
import { forgetVotes, rememberVote } from '../src/page-feedback/session.js';
import { PageFeedback } from '../src/page-feedback/page-feedback.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { snippetOf } from '../src/data/snippet.js';
import { comments, examples } from '../src/page-feedback/page-feedback.fixtures.js';
import { pageFeedbackExamples } from '../src/page-feedback/page-feedback.examples.js';
import type { FeedbackExample } from '../src/page-feedback/page-feedback.fixtures.js';

/**
 * "Hjälpte informationen på sidan dig?" at the end of a page: Ja/Nej, an optional comment, and
 * thanks. Each answer goes at once to the receiver named by `endpoint` (here there is none, so
 * the element only fires events: see the log under each story and the Actions panel). Switch the
 * language in the toolbar.
 *
 * Every story starts afresh: the element normally shows a question only once per page and
 * browser session.
 */
// Named, so that a bundler that trusts package.json's `sideEffects` keeps the module that registers the element.
void PageFeedback.version;

const meta: Meta = {
  title: 'Elements/page-feedback',
  component: 'page-feedback',
  tags: ['autodocs'],
};
export default meta;

type Story = StoryObj;

const logPageFeedback = action('page-feedback');
const logError = action('kommun-error');

/** Writes each event into the story's log (and the Actions panel). */
function logged(story: TemplateResult, id: string): TemplateResult {
  const write = (name: string, detail: unknown) => {
    const log = document.getElementById(id);
    const item = document.createElement('li');
    item.textContent = `${name}: ${JSON.stringify(detail)}`;
    log?.append(item);
  };
  return html`<div
      @page-feedback=${(event: CustomEvent) => {
        logPageFeedback(event.detail);
        write('page-feedback', event.detail);
      }}
      @kommun-error=${(event: CustomEvent) => {
        logError(event.detail);
        write('kommun-error', event.detail);
      }}
    >
      ${story}
    </div>
    <details open style="margin-block-start: 2em; font-size: 0.875em; overflow-wrap: anywhere">
      <summary>Events</summary>
      <ol id=${id}></ol>
    </details>`;
}

/** The snippet of one example (from the examples list), on a story's own page id. */
function snippet(setting: FeedbackExample, page: string): string {
  const example = pageFeedbackExamples.examples.find((entry) => entry.name === setting.name)!;
  return snippetOf('page-feedback', { attributes: { ...example.attributes, page } });
}

/** The element an editor would paste for one example, with the session's vote forgotten. */
function feedback(setting: FeedbackExample, page: string): TemplateResult {
  forgetVotes(page);
  return html`${unsafeHTML(snippet(setting, page))}`;
}

/** "Show code": the snippet itself, not the story's event log around it. */
const showsSnippet = (setting: FeedbackExample, page: string) => ({ docs: { source: { code: snippet(setting, page), language: 'html' } } });

/** The element in the story, rendered. */
async function element(canvas: HTMLElement): Promise<PageFeedback> {
  const el = canvas.querySelector('page-feedback')!;
  await el.updateComplete;
  return el;
}

async function click(el: PageFeedback, part: string): Promise<void> {
  el.shadowRoot!.querySelector<HTMLButtonElement>(`button[part~="${part}"]`)!.click();
  await el.updateComplete;
}

/** Step 1: the question (the reference page's last line). The default: a comment is asked for after Nej. */
export const Question: Story = {
  render: () => logged(feedback(examples.default, '/storybook/question'), 'log-question'),
  parameters: showsSnippet(examples.default, '/storybook/question'),
};

/** Step 2 after Nej: the comment, with the notice about public records and personal data, and the contact link. */
export const CommentStep: Story = {
  render: () => logged(feedback(examples.default, '/storybook/comment'), 'log-comment'),
  parameters: showsSnippet(examples.default, '/storybook/comment'),
  play: async ({ canvasElement }) => click(await element(canvasElement), 'no'),
};

/** A comment over the limit: the count and an error say how much; nothing is cut. */
export const CommentTooLong: Story = {
  render: () => logged(feedback(examples.short, '/storybook/too-long'), 'log-too-long'),
  parameters: showsSnippet(examples.short, '/storybook/too-long'),
  play: async ({ canvasElement }) => {
    const el = await element(canvasElement);
    await click(el, 'no');
    const field = el.shadowRoot!.querySelector('textarea')!;
    field.value = comments.tooLong;
    field.dispatchEvent(new Event('input'));
    await click(el, 'send');
  },
};

/** Step 3: the thanks, a status message that screen readers announce. */
export const Thanks: Story = {
  render: () => logged(feedback(examples.default, '/storybook/thanks'), 'log-thanks'),
  parameters: showsSnippet(examples.default, '/storybook/thanks'),
  play: async ({ canvasElement }) => click(await element(canvasElement), 'yes'),
};

/** The same page again in the same browser session: no second vote. */
export const AlreadyAnswered: Story = {
  render: () => {
    forgetVotes('/storybook/answered');
    rememberVote('/storybook/answered', { id: 'storybook', helpful: true, at: new Date().toISOString() });
    return html`<page-feedback page="/storybook/answered"></page-feedback>`;
  },
};

/** `comment="always"`: a comment is asked for after Ja too, with its own question. */
export const CommentAlways: Story = {
  render: () => logged(feedback(examples.always, '/storybook/always'), 'log-always'),
  parameters: showsSnippet(examples.always, '/storybook/always'),
  play: async ({ canvasElement }) => click(await element(canvasElement), 'yes'),
};

/** `comment="never"`: a vote, then thanks. */
export const CommentNever: Story = {
  render: () => logged(feedback(examples.never, '/storybook/never'), 'log-never'),
  parameters: showsSnippet(examples.never, '/storybook/never'),
};

/** The municipality's own words, through the `i18n` attribute. */
export const OwnWords: Story = {
  render: () => logged(feedback(examples.override, '/storybook/override'), 'log-override'),
  parameters: showsSnippet(examples.override, '/storybook/override'),
};

/**
 * In an older CMS template that wraps the page in a `<form>`: answering and sending a comment
 * submit nothing (the log would say "host form submitted").
 */
export const InsideAForm: Story = {
  render: () => {
    forgetVotes('/storybook/in-form');
    return logged(
      html`<form
        action="/search"
        @submit=${(event: SubmitEvent) => {
          event.preventDefault();
          action('host form submitted')();
          const log = document.getElementById('log-form');
          const item = document.createElement('li');
          item.textContent = 'host form submitted';
          log?.append(item);
        }}
      >
        <label>Sök på webbplatsen <input name="q" /></label>
        <button type="submit">Sök</button>
        <page-feedback page="/storybook/in-form" contact-href="https://www.vara.se/kontakt"></page-feedback>
      </form>`,
      'log-form',
    );
  },
};

/** Another municipality's theme: the `--kommun-*` custom properties. */
export const Themed: Story = {
  render: () =>
    html`<div style="--kommun-color-accent: #6b2c91; --kommun-radius: 1.5em; --kommun-font-family: Georgia, serif; --kommun-space: 1.5em">
      ${feedback(examples.default, '/storybook/themed')}
    </div>`,
};

/** A host script that sends the answers elsewhere: it cancels `page-feedback`, so nothing is POSTed. */
export const HandledByTheHost: Story = {
  render: () => {
    forgetVotes('/storybook/host');
    return logged(
      html`<page-feedback endpoint="/feedback" page="/storybook/host" @page-feedback=${(event: CustomEvent) => event.preventDefault()}></page-feedback>`,
      'log-host',
    );
  },
};
