import { expect } from '@open-wc/testing';
import { MASKS, luhnValid, maskComment, maskPersonalData } from '../src/lib/feedback/mask.js';
import type { PersonalDataKind } from '../src/lib/feedback/mask.js';

const P = MASKS.personnummer;
const T = MASKS.phone;
const E = MASKS.email;

describe('maskPersonalData', () => {
  describe('personnummer and samordningsnummer', () => {
    const cases: [string, string][] = [
      ['850709-9805', P], // YYMMDD-XXXX
      ['8507099805', P], // YYMMDDXXXX
      ['19850709-9805', P], // YYYYMMDD-XXXX
      ['198507099805', P], // YYYYMMDDXXXX
      ['850709+9805', P], // 100 years or older
      ['850709 9805', P], // a space instead of the dash
      ['850709–9805', P], // an en dash (word processors)
      ['701063-2391', P], // samordningsnummer: day 63 = the 3rd + 60
      ['19701063-2391', P],
      ['7010632391', P],
      ['200507099802', P], // born in the 2000s, with century
      ['050709-9802', P], // born in the 2000s, written with a dash
      ['0507099802', P], // bare, starting with 0: the check digit says personnummer
      ['Mitt personnummer är 19850709-9805.', `Mitt personnummer är ${P}.`],
      ['pnr:850709-9805, tack', `pnr:${P}, tack`],
      ['(850709-9805)', `(${P})`],
    ];
    for (const [input, expected] of cases) {
      it(`masks ${JSON.stringify(input)}`, () => {
        expect(maskComment(input)).to.equal(expected);
      });
    }

    it('counts what it masked', () => {
      expect(maskPersonalData('850709-9805 och 701063-2391').found).to.deep.equal({ email: 0, phone: 0, personnummer: 2 });
    });
  });

  describe('phone numbers', () => {
    const cases: [string, string][] = [
      ['070-123 45 67', T],
      ['070 123 45 67', T],
      ['0701234567', T], // bare ten digits starting 07: not a valid personnummer check digit
      ['070-1234567', T],
      ['073-123 45 67', T],
      ['+46 70 123 45 67', T],
      ['+46701234567', T],
      ['+46 (0)70-123 45 67', T],
      ['0046 70 123 45 67', T],
      ['0512-310 00', T], // Vara kommun's switchboard
      ['0512-31000', T],
      ['0512 310 00', T],
      ['(0512) 310 00', T],
      ['+46 512 310 00', T],
      ['08-123 456 78', T],
      ['08-12 34 56', T],
      ['08 - 123 456 78', T],
      ['+47 22 12 34 56', T], // another country
      ['Ring 070-123 45 67 efter kl. 16.', `Ring ${T} efter kl. 16.`],
      ['Tel:0512-310 00', `Tel:${T}`],
      ['070-123 45 67 12 gånger', `${T} 12 gånger`], // the number ends where a phone number can end
    ];
    for (const [input, expected] of cases) {
      it(`masks ${JSON.stringify(input)}`, () => {
        expect(maskComment(input)).to.equal(expected);
      });
    }
  });

  describe('e-mail addresses', () => {
    const cases: [string, string][] = [
      ['anna.svensson@vara.se', E],
      ['Anna.Svensson+kommun@exempel.com', E],
      ['åsa.öberg@exempel.se', E],
      ['kalle.19850709@gmail.com', E], // digits in the local part: one e-mail, not a personnummer
      ['anna (at) vara.se', E],
      ['anna[at]vara.se', E],
      ['Mejla mig: anna@vara.se.', `Mejla mig: ${E}.`],
    ];
    for (const [input, expected] of cases) {
      it(`masks ${JSON.stringify(input)}`, () => {
        expect(maskComment(input)).to.equal(expected);
      });
    }
  });

  describe('text that stays as it is', () => {
    const untouched = [
      'År 2026 kostade det 1 500 kr.',
      'Målen gäller 2020–2023 och 2024-2027.',
      '15 000 000 kr i budget',
      'Postnummer 534 50 Vara',
      'Sista dag är 2026-11-28.',
      'Öppet kl. 08.00–16.30, fredag 08.00-15.00',
      'Telefontid 08:00-12:00',
      '20261128',
      '05-11-2026',
      '1234567890',
      '0,5 procent',
      'Kommunens organisationsnummer 212000-1595',
      'Bankgiro 5050-1055',
      'Lag 1989:253, SFS 2018:218',
      'Sidan 12 av 300, punkt 3.2.1',
      'v. 47',
      '1000 tecken är för lite',
      'Ärende 2026/1234',
      'Hjälpte informationen på sidan dig?',
      '',
    ];
    for (const text of untouched) {
      it(`leaves ${JSON.stringify(text)}`, () => {
        const { text: result, found } = maskPersonalData(text);
        expect(result).to.equal(text);
        expect(found).to.deep.equal({ email: 0, phone: 0, personnummer: 0 });
      });
    }
  });

  it('masks every kind in one comment and counts them', () => {
    const { text, found } = maskPersonalData('Jag (850709-9805) ringde 0512-310 00 och 070-123 45 67 och mejlade kommun@vara.se om 2026-11-28 och 1 500 kr.');
    expect(text).to.equal(`Jag (${P}) ringde ${T} och ${T} och mejlade ${E} om 2026-11-28 och 1 500 kr.`);
    expect(found).to.deep.equal({ email: 1, phone: 2, personnummer: 1 } satisfies Record<PersonalDataKind, number>);
  });

  it('is idempotent: masked text masks to itself', () => {
    const once = maskComment('070-123 45 67, anna@vara.se, 850709-9805');
    expect(maskComment(once)).to.equal(once);
  });

  it('uses bracketed markers without digits', () => {
    for (const marker of Object.values(MASKS)) expect(marker).to.match(/^\[[^\d\]]+\]$/);
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
