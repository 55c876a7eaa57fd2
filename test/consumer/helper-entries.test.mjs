// The helper entries, as a Node server or a build script imports them by the package's name
// (after `npm run build`): the calendar, the validators and the masking work, and nothing is
// registered: a registry stands in for the browser's, and the element entry (the control) does
// register in it.
import assert from 'node:assert/strict';
import { test } from 'node:test';

const defined = [];
globalThis.customElements = {
  registry: new Map(),
  define(name, constructor) {
    defined.push(name);
    this.registry.set(name, constructor);
  },
  get(name) {
    return this.registry.get(name);
  },
};

test('kommun-elements/hours, /data and /feedback register no element', async () => {
  const { swedishHolidays, openingStatus, parseOpeningHours } = await import('kommun-elements/hours');
  const { goalsFrom, DataError } = await import('kommun-elements/data');
  const { maskComment } = await import('kommun-elements/feedback');
  assert.ok(swedishHolidays(2026).some((holiday) => holiday.date === '2026-12-25'));
  const hours = parseOpeningHours({ regular: [{ days: ['mon-fri'], opens: '08.00', closes: '16.30' }] });
  assert.equal(openingStatus(hours, new Date('2026-09-28T08:00:00Z'), 'Europe/Stockholm').state, 'open');
  assert.throws(
    () => goalsFrom([{ description: 'Utan rubrik' }], 'goals'),
    (error) => error instanceof DataError && error.path === 'goals[0].title',
  );
  assert.equal(maskComment('Ring 070-123 45 67'), 'Ring [telefon]');
  assert.deepEqual(defined, []);

  await import('kommun-elements/goal-card.js');
  assert.deepEqual(defined, ['goal-card']);
});
