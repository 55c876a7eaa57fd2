/**
 * The examples of <page-feedback>: its stories, its checks (axe, sv and en, pasted with the
 * bundle) and its snippets in the guides. Each has a page id of its own, so that one answer does
 * not hide the question of another (one answer per page and browser session).
 */
import type { Example, ExampleSet } from '../data/snippet.js';
import { examples as settings } from './page-feedback.fixtures.js';
import type { FeedbackExample } from './page-feedback.fixtures.js';

/** The attributes of a fixture, in the order the guide writes them. */
function feedback(setting: FeedbackExample, page: string, description: string): Example {
  return {
    name: setting.name,
    description,
    attributes: {
      page,
      ...(setting.comment ? { comment: setting.comment } : {}),
      ...(setting.maxLength ? { 'max-length': setting.maxLength } : {}),
      ...(setting.contactHref ? { 'contact-href': setting.contactHref } : {}),
      ...(setting.i18n ? { i18n: setting.i18n } : {}),
    },
    ...(setting.i18n ? { lang: 'sv' as const } : {}),
  };
}

const examples: Example[] = [
  feedback(settings.default, '/exempel/fraga', 'The question (the reference page’s last line). By default a comment is asked for after Nej.'),
  feedback(settings.always, '/exempel/alltid', '`comment="always"`: a comment is asked for after Ja too, with its own question.'),
  feedback(settings.never, '/exempel/aldrig', '`comment="never"`: a vote, then thanks.'),
  feedback(settings.override, '/exempel/egna-ord', 'The municipality’s own words, through the `i18n` attribute.'),
  feedback(settings.short, '/exempel/kort', '`max-length="40"`: the counter and an error say how much too long a comment is; nothing is cut.'),
];

export const pageFeedbackExamples: ExampleSet = { tag: 'page-feedback', examples };
