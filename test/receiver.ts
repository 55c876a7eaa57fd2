/**
 * The real feedback receiver the browser tests post to, driven through the commands of
 * test/receiver-plugin.js (a fresh database per reset, faults injected by its proxy).
 */
import { executeServerCommand } from '@web/test-runner-commands';
import type { StoredRecord } from '../src/lib/feedback/wire.js';

/** A row of the receiver's database, as the plugin reads it. */
export type Row = StoredRecord;

/** A POST the proxy saw, with the status it answered. */
export interface Post {
  id?: string;
  status: number;
}

export const receiver = {
  reset: () => executeServerCommand<{ endpoint: string }, undefined>('feedback-receiver-reset'),
  fail: (status: number, times: number) => executeServerCommand('feedback-receiver-fail', { status, times }),
  network: (down: boolean) => executeServerCommand('feedback-receiver-network', { down }),
  rows: () => executeServerCommand<Row[], undefined>('feedback-receiver-rows'),
  posts: () => executeServerCommand<Post[], undefined>('feedback-receiver-posts'),
};
