/**
 * The examples of <contact-status>: its stories, its checks (axe, sv and en, pasted with the
 * bundle) and its snippets in the guides. Only the examples about one moment freeze the clock
 * with `now`; the others run on the real clock, as on a published page.
 */
import type { Example, ExampleSet } from '../data/snippet.js';
import { badHours, instants, referenceContact, summerClosureHours } from './contact-status.fixtures.js';

/** The contact at one moment of the week of 21–27 September 2026 (or of another given day). */
const at = (name: string, now: string, description: string, hours = referenceContact.hours): Example => ({
  name,
  description,
  attributes: { now, contact: { ...referenceContact, hours } },
  moment: true,
});

const examples: Example[] = [
  {
    name: 'Reference page',
    description:
      'The reference page’s contact centre (Vara kommun), on the real clock: the status line says whether it is open now and when that changes, and turns by itself.',
    attributes: { contact: referenceContact },
  },
  {
    name: 'Attributes',
    description: 'The contact written field by field, the way the guide’s snippet does it; the text between the tags is the editor’s own.',
    attributes: { name: 'Kontaktcenter', phone: '0512-310 00', email: 'kommun@vara.se', hours: referenceContact.hours! },
    content: 'Vi svarar på frågor om kommunens service och verksamhet, ring eller skicka e-post till kontaktcenter.',
    lang: 'sv',
  },
  at('Friday evening', instants.fridayEvening, 'Friday 25 September 2026 at 18.00: “Stängt · Öppnar måndag 28 sep. kl. 08.00”.'),
  at('Open', instants.open, 'Tuesday 10.15: “Öppet · Stänger kl. 16.30”.'),
  at('Closing soon', instants.closingSoon, 'Tuesday 16.20, ten minutes before closing: still “Öppet · Stänger kl. 16.30”; at 16.30 it turns by itself.'),
  at('Closed in the morning', instants.morning, 'Tuesday 07.00: “Stängt · Öppnar kl. 08.00”, later the same day.'),
  at('Closed in the evening', instants.evening, 'Tuesday 19.00: “Stängt · Öppnar i morgon kl. 08.00”. “Tomorrow” is the office’s next calendar day.'),
  at(
    'Julafton',
    instants.julafton,
    'Julafton 2026, a Thursday: closed on the eve and the two holidays after it, so the next opening is Monday 28 December. Open the week’s hours: the holidays are named, and today is marked in words.',
  ),
  at('Summer closure', instants.summer, 'A five-week summer closure (a ranged exception with a note): the week says why it is closed.', summerClosureHours),
  {
    name: 'No hours',
    description: 'No hours given: the name, text and links, and no status line at all rather than a guess.',
    attributes: { name: referenceContact.name!, phone: '0512-310 00', email: 'kommun@vara.se' },
    content: 'Vi svarar på frågor om kommunens service och verksamhet.',
    lang: 'sv',
  },
  {
    name: 'Bad hours',
    description:
      'A mistyped closing time (`25.00`): the notice says “Öppettider, rad 2: stängningstiden har ett värde som inte är tillåtet.”, there is no status line, and the phone number still shows so that residents can call.',
    attributes: { name: 'Kontaktcenter', phone: '0512-310 00', hours: badHours[1]!.hours as object },
    error: true,
  },
  {
    name: 'From file',
    description: 'Everything from one data file (the goal set’s `contact`), with an editor’s own text in the slot.',
    attributes: { src: '/data/vara-kommun.json' },
    content: '<p>Ring oss eller skicka e-post, så hjälper vi dig vidare.</p>',
    lang: 'sv',
  },
];

export const contactStatusExamples: ExampleSet = { tag: 'contact-status', examples };
