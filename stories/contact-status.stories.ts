import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/contact-status/contact-status.js';
import type { OpeningHours } from '../src/lib/hours/opening-hours.js';
import { badHours, instants, referenceContact, referenceHours, summerClosureHours } from '../src/contact-status/contact-status.fixtures.js';

/**
 * The contact centre (kontaktcenter): its name, a short text, whether it is open now and when
 * that changes, the phone number and e-mail address, and the week's hours behind a disclosure.
 * The status follows the Swedish calendar (holidays, eves, days before a holiday) in the
 * office's time zone, and changes by itself at the next opening or closing.
 *
 * Each story freezes the clock with `now`, so that it always shows the same moment; switch
 * the language in the toolbar. Without `now` the element runs on the real clock.
 */
const meta: Meta = {
  title: 'Elements/contact-status',
  component: 'contact-status',
  tags: ['autodocs'],
};
export default meta;

type Story = StoryObj;

const at = (now: string, hours: OpeningHours = referenceHours): Story => ({
  render: () => html`<contact-status .contact=${referenceContact} .hours=${hours} now=${now}></contact-status>`,
});

/** The reference page (Vara kommun) on Friday 25 September 2026 at 18.00: "Stängt · Öppnar måndag 28 sep. kl. 08.00". */
export const ReferencePage: Story = at(instants.fridayEvening);

/** Tuesday 10.15: "Öppet · Stänger kl. 16.30". */
export const Open: Story = at(instants.open);

/** Tuesday 16.20, ten minutes before closing: still "Öppet · Stänger kl. 16.30"; at 16.30 it turns by itself. */
export const ClosingSoon: Story = at(instants.closingSoon);

/** Tuesday 07.00: "Stängt · Öppnar kl. 08.00", later the same day. */
export const ClosedInTheMorning: Story = at(instants.morning);

/** Tuesday 19.00: "Stängt · Öppnar i morgon kl. 08.00". "Tomorrow" is the office's next calendar day. */
export const ClosedInTheEvening: Story = at(instants.evening);

/** Saturday: "Stängt · Öppnar måndag 28 sep. kl. 08.00", with the weekday so nobody has to count days. */
export const Weekend: Story = at(instants.weekend);

/**
 * Julafton 2026, a Thursday: closed on the eve and the two holidays after it, so the next
 * opening is Monday 28 December. Open the week's hours: julafton, juldagen and annandag jul
 * are named, and today is marked in words.
 */
export const Julafton: Story = at(instants.julafton);

/** A five-week summer closure (a ranged exception with a note): the week says why it is closed. */
export const SummerClosure: Story = at(instants.summer, summerClosureHours);

/** The live clock: no `now`, so the line shows the status of this moment and changes by itself. */
export const LiveClock: Story = {
  render: () => html`<contact-status .contact=${referenceContact}></contact-status>`,
};

/** No hours given: the name, text and links, and no status line at all rather than a guess. */
export const NoHours: Story = {
  render: () =>
    html`<contact-status name=${JSON.stringify(referenceContact.name)} phone="0512-310 00" email="kommun@vara.se" now=${instants.open}>
      Vi svarar på frågor om kommunens service och verksamhet.
    </contact-status>`,
};

/**
 * A mistyped closing time (`25.00`): a notice names the field (`hours.regular[1].closes`), there
 * is no status line, and the phone number still shows so that residents can call.
 */
export const BadHours: Story = {
  render: () => html`<contact-status .contact=${referenceContact} hours=${JSON.stringify(badHours[1]!.hours)} now=${instants.open}></contact-status>`,
};

/** Everything from one data file (the goal set's `contact`), with an editor's own text in the slot. */
export const FromFile: Story = {
  render: () =>
    html`<contact-status src="data/vara-kommun.json" now=${instants.fridayEvening}>
      <p>Ring oss eller skicka e-post, så hjälper vi dig vidare.</p>
    </contact-status>`,
};
