import { css } from 'lit';

export const goalListStyles = css`
  .intro,
  .note {
    max-width: 42em;
  }

  .summary ul {
    margin: 0 0 var(--_space);
    padding: 0;
    padding-inline-start: 1.5em;
  }

  .summary li {
    margin: 0 0 0.25em;
  }

  .summary a {
    /* Targets of at least 24 × 24 CSS px (WCAG 2.2, 2.5.8). */
    display: inline-block;
    min-height: 1.5em;
    padding-block: 0.125em;
    /* A very long word must not widen the link beyond a narrow screen. */
    overflow-wrap: anywhere;
  }

  .goals {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    margin: 0 0 var(--_space);
    padding: 0;
    list-style: none;
  }

  .goals > li {
    min-width: 0;
    margin: 0;
    padding: 0;
  }

  /* Columns of at least --kommun-grid-min; a narrower container (320 px, 200 % zoom) gets one. */
  :host([layout='grid']) .goals {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--kommun-grid-min, 20em)), 1fr));
    align-items: stretch;
  }

  /* Cards in a row are as tall as the tallest. */
  :host([layout='grid']) goal-card,
  :host([layout='grid']) goal-card::part(base),
  :host([layout='grid']) goal-card::part(article) {
    height: 100%;
  }
`;
