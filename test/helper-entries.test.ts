/**
 * The helper entries (kommun-elements/hours, /data, /feedback) register no element: a page or
 * a build that wants the calendar, the validators or the masking gets no custom element with
 * them. The element entry, imported the same way afterwards, does register (the control).
 */
import { expect } from '@open-wc/testing';

const TAGS = ['goal-list', 'goal-card', 'success-factors', 'contact-status', 'page-feedback'];

describe('helper entries', () => {
  it('register no custom element; an element entry does', async () => {
    const defined: string[] = [];
    const define = customElements.define.bind(customElements);
    customElements.define = (name, constructor, options) => {
      defined.push(name);
      define(name, constructor, options);
    };
    try {
      const [hours, data, feedback] = await Promise.all([import('../src/hours.js'), import('../src/data.js'), import('../src/feedback.js')]);
      expect(hours.swedishHolidays(2026).some((holiday) => holiday.date === '2026-06-19')).to.equal(true);
      expect(data.goalsFrom([{ title: 'Hållbar ekonomi' }], 'goals').goals[0]?.id).to.equal('hallbar-ekonomi');
      expect(feedback.maskComment('Mejla anna@example.se')).to.not.contain('anna@example.se');
      expect(defined).to.deep.equal([]);
      expect(TAGS.filter((tag) => customElements.get(tag))).to.deep.equal([]);

      await import('../src/goal-card/goal-card.js');
      expect(defined).to.deep.equal(['goal-card']);
    } finally {
      customElements.define = define;
    }
  });
});
