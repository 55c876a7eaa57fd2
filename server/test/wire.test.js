// @ts-check
// The receiver's validation is the shared wire rules (src/lib/feedback/wire.js), which the
// browser also uses: one table of records, accepted and refused alike by both modules here,
// and by the browser's validator in test/feedback-record.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LIMITS as WIRE_LIMITS, readWireRecord, WireError } from '../../src/lib/feedback/wire.js';
import { LIMITS, validateRecord } from '../validate.js';
import { wireCases } from '../../test/fixtures/wire-records.js';

const NOW = new Date('2026-05-04T12:00:00Z');

test('the receiver states no limit of its own: they are the shared ones', () => {
  assert.equal(LIMITS, WIRE_LIMITS);
});

for (const { label, record, refused, code } of wireCases(NOW.getTime())) {
  test(`${refused === undefined ? 'accepts' : `refuses at ${refused || 'the body'}`}: ${label}`, () => {
    const result = validateRecord(record);
    /** @type {unknown} */
    let thrown;
    try {
      readWireRecord(record);
    } catch (error) {
      thrown = error;
    }
    if (refused === undefined) {
      assert.ok(result.ok, JSON.stringify(result));
      assert.equal(thrown, undefined);
      return;
    }
    assert.equal(result.ok, false);
    assert.ok(thrown instanceof WireError);
    if (result.ok) return;
    assert.equal(result.error.code, code);
    assert.equal(result.error.field, refused || undefined);
    assert.equal('field' in result.error, refused !== '', 'a refused body names no field');
    assert.equal(thrown.field, result.error.field);
    assert.equal(thrown.message, result.error.message);
  });
}
