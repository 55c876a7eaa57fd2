/**
 * The types people meet (issue 11): data as the docs write it type-checks, clearly wrong data
 * does not (each `@ts-expect-error` fails the typecheck when the line is accepted), and every
 * event has its `detail`. examples.generated.ts holds the docs' own examples.
 */
import type { ContactInput, FactorInput, GoalInput, GoalSetInput, KommunErrorDetail, OpeningHoursInput } from '../../src/index.js';
import { GoalList } from '../../src/index.js';
import type { FeedbackRecord } from '../../src/feedback.js';
import type { OpeningStatus } from '../../src/hours.js';
import { openingStatus, parseOpeningHours, swedishHolidays } from '../../src/hours.js';
import { goalsFrom } from '../../src/data.js';
import { maskComment } from '../../src/feedback.js';

const list = document.createElement('goal-list');
const card = document.createElement('goal-card');
const factors = document.createElement('success-factors');
const contact = document.createElement('contact-status');
const feedback = document.createElement('page-feedback');

// What the issue reported as rejected: a description as one string, a goal without id, a goal set.
list.goals = [{ title: 'Mål', description: 'Ett stycke.' }];
list.goals = [{ title: { sv: 'Mål', en: 'Goal' }, description: ['Ett stycke.', { sv: 'Ett till.' }] }];
list.goals = { title: 'Mål 2024', goals: [{ title: 'Hållbar ekonomi' }] };
list.goals = '[{"title": "Mål"}]';
card.goal = { title: 'Hållbar ekonomi', status: { level: 'on-track' }, indicators: [{ label: 'Andel', value: 3, target: 5 }] };
card.factors = ['Folkhälsa', { label: 'Dialog' }];
// An indicator whose value Kolada gives: `kolada` instead of `value`; a contact's address and url for JSON-LD.
card.goal = { title: 'Mål', indicators: [{ label: 'Andel', unit: '%', kolada: { kpi: 'N01951', municipality: '1470' } }] };
contact.contact = { name: 'Kontaktcenter', address: { streetAddress: 'Torggatan 19', addressLocality: 'Vara' }, url: 'https://www.vara.se/kontakt' };
factors.factors = ['Folkhälsa', { id: 'samverkan', label: { sv: 'Samverkan', en: 'Collaboration' } }];
factors.factors = { successFactors: ['Folkhälsa'], successFactorsIntro: 'Områden som är viktiga.' };
contact.contact = { name: 'Kontaktcenter', phone: '0512-310 00', hours: { regular: [{ days: ['mon-thu', 'fri'], opens: '8.00', closes: '16:30' }] } };
contact.hours = {
  regular: [{ days: ['sun-thu'], opens: '08:00', closes: '24:00' }],
  eves: { opens: '08:00', closes: '12:00' },
  exceptions: [{ date: '2026-12-28', closed: true }],
};
const frozen = Object.freeze([{ title: 'Mål' }] as const);
list.goals = frozen;
const written: GoalSetInput = { goals: [{ title: 'Mål' }], successFactors: ['Folkhälsa'], contact: { email: 'kommun@vara.se' } };
list.goals = written;
factors.factors = written;
contact.contact = written;
// A validated goal set goes back in as it is.
list.goals = goalsFrom(written, 'goals').set ?? [];

// Clearly wrong data.
// @ts-expect-error a goal needs a title
list.goals = [{}];
// @ts-expect-error a goal set's goals need titles
list.goals = { goals: [{ description: 'Utan rubrik' }] };
// @ts-expect-error a misspelt key
card.goal = { titel: 'Mål' };
// @ts-expect-error an unknown status level
card.goal = { title: 'Mål', status: { level: 'great' } };
// @ts-expect-error an indicator's value is a number
card.goal = { title: 'Mål', indicators: [{ label: 'Andel', value: '3' }] };
// @ts-expect-error an indicator without `kolada` needs its value
card.goal = { title: 'Mål', indicators: [{ label: 'Andel', unit: '%' }] };
// @ts-expect-error a factor needs a label
factors.factors = [{ id: 'folkhalsa' }];
// @ts-expect-error a number is not a factor
factors.factors = [42];
// @ts-expect-error regular hours need their days
contact.hours = { regular: [{ opens: '08:00', closes: '16:00' }] };
// @ts-expect-error not a day
contact.hours = { regular: [{ days: ['monday'], opens: '08:00', closes: '16:00' }] };
// @ts-expect-error holidays are "closed" or "regular"
contact.hours = { regular: [], holidays: 'open' };
// @ts-expect-error a phone number is text
contact.contact = { phone: 5123100 };
// @ts-expect-error a heading level is a number
list.headingLevel = '3';

// The input types, on their own.
const goal: GoalInput = { title: 'Mål' };
const factor: FactorInput = 'Folkhälsa';
const hours: OpeningHoursInput = { regular: [{ days: ['mon-fri'], opens: '08:00', closes: '16:00' }] };
const office: ContactInput = { hours };
void [goal, factor, office];

// Events: every one in HTMLElementEventMap with its detail.
feedback.addEventListener('page-feedback', (event) => {
  const record: Readonly<FeedbackRecord> = event.detail;
  const helpful: boolean = event.detail.helpful;
  event.preventDefault();
  void [record, helpful];
});
list.addEventListener('kommun-error', (event) => {
  const detail: KommunErrorDetail = event.detail;
  const path: string = event.detail.path;
  // @ts-expect-error no such field
  void event.detail.field;
  void [detail, path];
});
contact.addEventListener('contact-status-change', (event) => {
  const when: Date | undefined = event.detail.changesAt;
  void when;
});

// The tag map and the classes.
const fromMap: GoalList = list;
void fromMap;

// The helper entries' types.
const status: OpeningStatus = openingStatus(parseOpeningHours(hours), Date.now());
const holidays: string[] = swedishHolidays(2026).map((holiday) => holiday.date);
const masked: string = maskComment('ring 070-123 45 67');
void [status, holidays, masked];
