/**
 * Masking of personal data in comments: the table of what residents really type (test/fixtures/
 * mask-cases.ts) and of what a municipal comment holds that looks like a number but is not.
 */
import { expect } from '@open-wc/testing';
import { MASKS, MASKS_BY_LANGUAGE, luhnValid, maskComment, maskPersonalData, masksFor } from '../src/lib/feedback/mask.js';
import type { PersonalDataKind } from '../src/lib/feedback/mask.js';
import { createRecord, withComment } from '../src/lib/feedback/record.js';
import { LIMITS } from '../src/lib/feedback/wire.js';
import { EMAIL_CASES, MIXED_CASES, PERSONNUMMER_CASES, PHONE_CASES, UNTOUCHED } from './fixtures/mask-cases.js';

const P = MASKS.personnummer;
const T = MASKS.phone;
const E = MASKS.email;

describe('maskPersonalData', () => {
  const kinds: [string, [string, string][], PersonalDataKind | undefined][] = [
    ['personnummer and samordningsnummer', PERSONNUMMER_CASES, 'personnummer'],
    ['phone numbers', PHONE_CASES, 'phone'],
    ['e-mail addresses', EMAIL_CASES, 'email'],
    ['comments with several kinds', MIXED_CASES, undefined],
  ];
  for (const [name, cases, kind] of kinds) {
    describe(name, () => {
      for (const [input, expected] of cases) {
        it(`masks ${JSON.stringify(input)}`, () => {
          const { text, found } = maskPersonalData(input);
          expect(text).to.equal(expected);
          if (kind) expect(found[kind], 'counted as its kind').to.be.at.least(1);
        });
      }
    });
  }

  it('the table holds at least 150 forms to mask and 80 texts to keep', () => {
    expect(PERSONNUMMER_CASES.length + PHONE_CASES.length + EMAIL_CASES.length).to.be.at.least(150);
    expect(new Set(UNTOUCHED).size).to.be.at.least(80);
  });

  describe('text that stays as it is', () => {
    for (const text of new Set(UNTOUCHED)) {
      it(`leaves ${JSON.stringify(text)}`, () => {
        const { text: result, found } = maskPersonalData(text);
        expect(result).to.equal(text);
        expect(found).to.deep.equal({ email: 0, phone: 0, personnummer: 0 });
      });
    }
  });

  it('counts what it masked', () => {
    expect(maskPersonalData('850709-9805 och 701063-2391, 070-123 45 67, anna @ exempel.se').found).to.deep.equal({ email: 1, phone: 1, personnummer: 2 });
  });

  describe("in the comment's language", () => {
    it('an English comment gets English markers', () => {
      expect(maskComment('Call me on +46 (70) 123 45 67 or write to anna(at)exempel(punkt)se, my ID is 850709-9805.', 'en')).to.equal(
        'Call me on [phone] or write to [e-mail], my ID is [ID number].',
      );
      expect(maskComment('070-123 45 67', 'en-GB')).to.equal('[phone]');
    });

    it('Swedish, and every language without markers of its own, gets the Swedish ones', () => {
      for (const lang of ['sv', 'sv-FI', 'fi', 'ar', 'se', 'sju', 'rmf']) {
        expect(masksFor(lang), lang).to.equal(MASKS_BY_LANGUAGE.sv);
        expect(maskComment('Ring 070-123 45 67', lang), lang).to.equal(`Ring ${T}`);
      }
    });

    it("the comment update masks with the record's language", () => {
      const vote = createRecord({ page: '/mal', url: `${location.origin}/mal`, helpful: false, lang: 'en' });
      expect(withComment(vote, ' Mail me: anna@exempel.se ').comment).to.equal('Mail me: [e-mail]');
      expect(withComment({ ...vote, lang: 'sv' }, 'Mejla anna@exempel.se').comment).to.equal(`Mejla ${E}`);
    });
  });

  describe("never longer than the receiver's limit", () => {
    it('a comment at the limit, full of numbers whose markers are longer, is cut to the limit', () => {
      const comment = '850709-9805 '.repeat(Math.ceil(LIMITS.commentMax / 12)).slice(0, LIMITS.commentMax);
      const masked = maskComment(comment);
      expect(masked.length).to.equal(LIMITS.commentMax);
      expect(masked.startsWith(`${P} ${P} `)).to.equal(true);
      expect(maskComment('a@b.se '.repeat(400).trim(), 'sv').length).to.be.at.most(LIMITS.commentMax);
    });

    it('never cuts a character in two', () => {
      const masked = maskComment(`${'x'.repeat(LIMITS.commentMax - 1)}😀`, 'sv', LIMITS.commentMax);
      expect(masked).to.equal('x'.repeat(LIMITS.commentMax - 1));
    });

    it('a shorter comment is not cut', () => {
      expect(maskComment('Ring 070-123 45 67')).to.equal(`Ring ${T}`);
    });
  });

  it('is idempotent: masked text masks to itself, in each language', () => {
    for (const lang of ['sv', 'en']) {
      const once = maskComment('070-123 45 67, anna@vara.se, 850709-9805, anna(at)exempel(punkt)se', lang);
      expect(maskComment(once, lang)).to.equal(once);
    }
  });

  it('uses bracketed markers without digits', () => {
    for (const markers of Object.values(MASKS_BY_LANGUAGE)) for (const marker of Object.values(markers)) expect(marker).to.match(/^\[[^\d\]]+\]$/);
  });
});

describe('luhnValid', () => {
  for (const [digits, valid] of [
    ['8507099805', true],
    ['7010632391', true],
    ['0507099802', true],
    ['8507099804', false],
    ['0701234567', false],
    ['85070998', false],
  ] as const) {
    it(`${digits}: ${valid}`, () => expect(luhnValid(digits)).to.equal(valid));
  }
});
