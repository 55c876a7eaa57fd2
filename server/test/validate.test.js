// @ts-check
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LIMITS, validateRecord } from '../validate.js';
import { record } from './helpers.js';

const valid = (overrides = {}) => record({ submittedAt: '2026-05-04T10:30:00Z', ...overrides });

/**
 * @param {Record<string, unknown>} input
 * @param {string} field
 * @param {string} [code]
 */
function assertRejected(input, field, code = 'invalid_field') {
  const result = validateRecord(input);
  assert.equal(result.ok, false, `expected ${JSON.stringify(input[field])} to be rejected`);
  if (!result.ok) {
    assert.equal(result.error.field, field);
    assert.equal(result.error.code, code);
    assert.ok(result.error.message.length > 0);
  }
}

/** @param {Record<string, unknown>} input */
function accepted(input) {
  const result = validateRecord(input);
  assert.ok(result.ok, JSON.stringify(result));
  return result.record;
}

test('a complete record is accepted and normalised', () => {
  const input = valid({
    id: '0b6a2b4e-3f0e-4c1d-9a51-6f1d2a7c9e10',
    url: 'https://www.vara.se/mal.html?q=anna%40example.se#top',
    comment: '  Saknar\r\nårtal.  ',
    lang: 'sv-se',
    submittedAt: '2026-05-04T12:30:00+02:00',
    extra: 'ignored',
  });
  assert.deepEqual(accepted(input), {
    id: '0b6a2b4e-3f0e-4c1d-9a51-6f1d2a7c9e10',
    page: input.page,
    url: 'https://www.vara.se/mal.html',
    helpful: true,
    comment: 'Saknar\nårtal.',
    lang: 'sv-SE',
    submittedAt: '2026-05-04T10:30:00.000Z',
  });
});

test('the body must be a JSON object', () => {
  for (const body of [null, [], 'text', 42, true]) {
    const result = validateRecord(body);
    assert.equal(result.ok, false);
    if (!result.ok) assert.equal(result.error.code, 'invalid_body');
  }
});

test('every required field is required', () => {
  for (const field of ['id', 'page', 'url', 'helpful', 'lang', 'submittedAt']) {
    assertRejected({ ...valid(), [field]: undefined }, field, 'missing_field');
    assertRejected({ ...valid(), [field]: null }, field, 'missing_field');
  }
});

test('id: a UUID or similar URL-safe client id of bounded length', () => {
  for (const id of ['0b6a2b4e-3f0e-4c1d-9a51-6f1d2a7c9e10', '01HZX3K9W2Q8M4N6P7R5S1T0VY', 'V1StGXR8_Z5jdHi6B-myT', 'a'.repeat(LIMITS.idMax)]) {
    assert.equal(accepted(valid({ id })).id, id);
  }
  for (const id of [42, 'short', 'a'.repeat(LIMITS.idMax + 1), 'has space in it', 'slash/in/the/id', '<script>x</script>', 'åäöåäöåäö']) {
    assertRejected(valid({ id }), 'id');
  }
});

test('page: a path starting with "/", or a slug an editor gives', () => {
  for (const page of ['/', '/kommun-och-politik/mal', '/sök/å ä ö', 'kommun', 'overgripande-mal', 'mål_2024.v2'])
    assert.equal(accepted(valid({ page })).page, page);
  for (const page of [
    'not a path',
    'a/b',
    'javascript:alert(1)',
    '-start',
    'https://www.vara.se/',
    '//evil.example/',
    '/a\nb',
    '/a\u0000',
    '',
    7,
    `/${'a'.repeat(LIMITS.pageMax)}`,
  ]) {
    assertRejected(valid({ page }), 'page');
  }
});

test('url: an absolute http(s) URL, kept without query, fragment or credentials', () => {
  assert.equal(accepted(valid({ url: 'http://localhost:5173/demo/?x=1#y' })).url, 'http://localhost:5173/demo/');
  assert.equal(accepted(valid({ url: 'https://user:pw@www.vara.se/a' })).url, 'https://www.vara.se/a');
  for (const url of [
    '/relative',
    'www.vara.se',
    'javascript:alert(1)',
    'ftp://vara.se/',
    'data:text/html,x',
    '',
    {},
    `https://vara.se/${'a'.repeat(LIMITS.urlMax)}`,
  ]) {
    assertRejected(valid({ url }), 'url');
  }
});

test('helpful: a boolean', () => {
  assert.equal(accepted(valid({ helpful: false })).helpful, false);
  for (const helpful of ['true', 'ja', 1, 0, {}]) assertRejected(valid({ helpful }), 'helpful');
});

test('comment: optional text of at most 2000 characters', () => {
  assert.equal(accepted(valid({ comment: undefined })).comment, null);
  assert.equal(accepted(valid({ comment: null })).comment, null);
  assert.equal(accepted(valid({ comment: '   \n ' })).comment, null);
  assert.equal(accepted(valid({ comment: 'x'.repeat(LIMITS.commentMax) })).comment?.length, LIMITS.commentMax);
  assert.equal(accepted(valid({ comment: 'a\u0000b\u0007c\td\ne' })).comment, 'abc\td\ne');
  assertRejected(valid({ comment: 'x'.repeat(LIMITS.commentMax + 1) }), 'comment');
  for (const comment of [42, false, ['a'], { text: 'a' }]) assertRejected(valid({ comment }), 'comment');
});

test('lang: any well-formed BCP 47 tag that names a language (registerLocale takes any)', () => {
  const cases = {
    sv: 'sv',
    en: 'en',
    'sv-SE': 'sv-SE',
    'EN-gb': 'en-GB',
    fi: 'fi',
    se: 'se',
    smj: 'smj',
    sma: 'sma',
    sju: 'sju',
    sje: 'sje',
    fit: 'fit',
    yi: 'yi',
    rom: 'rom',
    rmf: 'rmf',
    rmu: 'rmu',
    ar: 'ar',
    'sr-Latn': 'sr-Latn',
  };
  for (const [lang, canonical] of Object.entries(cases)) assert.equal(accepted(valid({ lang })).lang, canonical);
  for (const lang of ['', 'und', 'zxx', 'x-klingon', 'sv_SE', 'svenska', 'i-klingon', '12', `sv-${'a'.repeat(40)}`, 7, ['sv']]) {
    assertRejected(valid({ lang }), 'lang');
  }
});

test("submittedAt: an ISO 8601 instant with a zone, whatever the visitor's clock says", () => {
  assert.equal(accepted(valid({ submittedAt: '2026-05-05T11:00:00Z' })).submittedAt, '2026-05-05T11:00:00.000Z');
  assert.equal(accepted(valid({ submittedAt: '2019-12-31T23:59:59Z' })).submittedAt, '2019-12-31T23:59:59.000Z'); // years behind
  assert.equal(accepted(valid({ submittedAt: '2026-05-09T12:00:01Z' })).submittedAt, '2026-05-09T12:00:01.000Z'); // days ahead
  assert.equal(accepted(valid({ submittedAt: '2024-02-29T23:59:59.123456+01:00' })).submittedAt, '2024-02-29T22:59:59.123Z');
  const rejected = [
    '2026-05-04T10:30:00', // no zone: whose clock?
    '2026-05-04',
    '04/05/2026',
    'yesterday',
    '2026-02-31T10:00:00Z',
    '2026-13-01T10:00:00Z',
    '+275760-09-13T00:00:00Z',
    1777890600000,
    '',
  ];
  for (const submittedAt of rejected) assertRejected(valid({ submittedAt }), 'submittedAt');
});
