/**
 * The feedback record's rules are written once (src/lib/feedback/wire.js) for the browser and
 * the receiver: the browser's validator and the REAL receiver (test/receiver-plugin.js) accept
 * and refuse the same table of records (test/fixtures/wire-records.js, also run against
 * server/validate.js by server/test/wire.test.js).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { DataError } from '../src/lib/data-error.js';
import { createRecord, feedbackRecord, withComment } from '../src/lib/feedback/record.js';
import { wireCases } from './fixtures/wire-records.js';

const CODES = { missing_field: 'required', invalid_field: 'value', invalid_body: 'type' } as const;

/** The DataError the browser's validator throws for `record`, or undefined when it accepts it. */
function browserRefusal(record: unknown): DataError | undefined {
  try {
    feedbackRecord(record, 'record');
    return undefined;
  } catch (error) {
    expect(error).to.be.instanceOf(DataError);
    return error as DataError;
  }
}

describe('the feedback record: one set of rules for the browser and the receiver', function () {
  this.timeout(20_000);

  for (const { label, record, refused, code } of wireCases(Date.now())) {
    it(`${refused === undefined ? 'accepts' : `refuses at ${refused || 'the body'}`}: ${label}`, () => {
      const error = browserRefusal(record);
      if (refused === undefined) {
        expect(error, error?.message).to.equal(undefined);
        return;
      }
      const path = refused ? `record.${refused}` : 'record';
      expect(error?.path).to.equal(path);
      expect(error?.code).to.equal(CODES[code!]);
      expect(error?.message.startsWith(`${path}: `), error?.message).to.equal(true);
    });
  }

  it('the running receiver answers every case of the table as the browser does', async () => {
    const { endpoint } = await executeServerCommand<{ endpoint: string }, undefined>('feedback-receiver-reset');
    for (const { label, record, refused } of wireCases(Date.now())) {
      const response = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(record) });
      const body = (await response.json()) as { ok: boolean; error?: { field?: string } };
      const browser = browserRefusal(record);
      expect(response.ok, `${label}: receiver ${response.status}, browser ${browser?.message ?? 'accepts'}`).to.equal(browser === undefined);
      expect(body.error?.field, label).to.equal(refused || undefined);
    }
  });

  it('keeps the record as it was written: only its known fields, not normalised', () => {
    const vote = createRecord({ page: '/mal', url: `${location.origin}/mal`, helpful: true, lang: 'sv' });
    expect(feedbackRecord({ ...vote, extra: 1 }, 'record')).to.deep.equal(vote);
    const update = withComment(vote, ' Saknar årtal. ');
    expect(feedbackRecord(update, 'record')).to.deep.equal(update);
    expect(feedbackRecord({ ...vote, lang: 'sv-se' }, 'record').lang).to.equal('sv-se');
  });
});
