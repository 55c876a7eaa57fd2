/** The pure parts of <goal-list>: its data, its heading outline and its deep links. */
import { DataError } from '../lib/data-error.js';
import { goalsFrom } from '../data/goal-set.js';
import type { HeadingLevel } from '../base/kommun-element.js';
import type { Goal, GoalSet } from '../data/types.js';

/**
 * Goals from a list of goals or a goal set, every one valid and each id used once (an id is the
 * goal's address in deep links). The first problem rejects the whole list: a page never shows
 * three goals of four as if they were all.
 */
export function goalListFrom(value: unknown, path: string): { goals: Goal[]; set?: GoalSet } {
  const result = goalsFrom(value, path);
  const at = Array.isArray(value) ? path : 'goals';
  const seen = new Map<string, number>();
  result.goals.forEach((goal, i) => {
    const first = seen.get(goal.id);
    if (first !== undefined) {
      throw new DataError('value', `${at}[${i}].id`, `${at}[${i}].id: "${goal.id}" is also the id of ${at}[${first}]; give each goal its own id`);
    }
    seen.set(goal.id, i);
  });
  return result;
}

/**
 * The level of the goal set's title for goals at `goalLevel`: one level above them, but never
 * above h2, which leaves h1 to the page. With the default (goals h2) the set's title is an h2
 * too, as on the reference page.
 */
export function setTitleLevel(goalLevel: HeadingLevel): HeadingLevel {
  return Math.max(2, goalLevel - 1) as HeadingLevel;
}

/** The goal id a URL fragment names (`#hallbar-ekonomi`, percent-encoded or not), or undefined. */
export function goalIdFromHash(hash: string): string | undefined {
  const raw = hash.replace(/^#/, '');
  if (!raw) return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * The href of a link to a goal on this page: `#<id>`, or the page's own URL with the fragment when
 * the page has a `<base href>` elsewhere (a bare fragment would then lead to another page, as it
 * does on many CMS sites).
 */
export function goalHref(id: string, page: string | undefined = globalThis.location?.href, base: string | undefined = globalThis.document?.baseURI): string {
  const fragment = `#${encodeURIComponent(id)}`;
  if (page === undefined || base === undefined) return fragment; // On the server: the page is unknown.
  const withoutFragment = (url: string) => url.split('#')[0] ?? url;
  return withoutFragment(page) === withoutFragment(base) ? fragment : `${withoutFragment(page)}${fragment}`;
}
