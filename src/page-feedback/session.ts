/**
 * One vote per page per browser session (SPEC.md, `<page-feedback>`), remembered in
 * `sessionStorage` (a tab's session: it ends when the tab closes). No cookies, nothing sent.
 * When storage is not available (blocked, private mode, full) the vote is remembered for the
 * life of the document only.
 */

const PREFIX = 'kommun-elements:feedback-vote:';

/** What is remembered of a vote: enough to tell that the page was answered, nothing personal. */
export interface RememberedVote {
  id: string;
  helpful: boolean;
  /** When the vote was given (ISO 8601). */
  at: string;
}

const memory = new Map<string, RememberedVote>();

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage ?? undefined;
  } catch {
    return undefined; // a SecurityError where storage is blocked
  }
}

/** The vote given on `page` in this session, if any. */
export function votedOn(page: string): RememberedVote | undefined {
  const remembered = memory.get(page);
  if (remembered) return remembered;
  try {
    const text = storage()?.getItem(PREFIX + page);
    if (!text) return undefined;
    const value = JSON.parse(text) as Partial<RememberedVote>;
    if (typeof value.id !== 'string' || typeof value.helpful !== 'boolean' || typeof value.at !== 'string') return undefined;
    return { id: value.id, helpful: value.helpful, at: value.at };
  } catch {
    return undefined;
  }
}

/** Remembers a vote on `page` for the rest of the session. */
export function rememberVote(page: string, vote: RememberedVote): void {
  memory.set(page, vote);
  try {
    storage()?.setItem(PREFIX + page, JSON.stringify(vote));
  } catch {
    // Kept in memory: the vote is still counted once for as long as the page lives.
  }
}

/** Forgets the vote on `page`, or every vote; for tests and previews. */
export function forgetVotes(page?: string): void {
  const store = storage();
  const keys = page === undefined ? [...memory.keys()] : [page];
  for (const key of keys) memory.delete(key);
  try {
    if (!store) return;
    if (page !== undefined) store.removeItem(PREFIX + page);
    else {
      for (const key of Object.keys(store)) if (key.startsWith(PREFIX)) store.removeItem(key);
    }
  } catch {
    // Nothing to forget.
  }
}
