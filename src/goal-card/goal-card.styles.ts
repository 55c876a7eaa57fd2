import { css } from 'lit';

/**
 * The styles of a goal's markup (goal-render.ts), in `<goal-card>`'s shadow root and in
 * `<goal-list>`'s, where they also give the summary's list and links their look.
 */
export const goalStyles = css`
  :host {
    --_warning: var(--kommun-color-warning, light-dark(#8a4b00, #f0b35a));
  }

  /* The accent rim on top: a municipality's colour on every goal, whatever the goal holds. */
  article {
    padding: var(--_space);
    border: 0.0625em solid var(--_border);
    border-block-start: 0.25em solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  article > :last-child,
  article > :last-child > :last-child {
    margin-block-end: 0;
  }

  .heading {
    scroll-margin-block-start: var(--kommun-scroll-margin, 1em);
  }

  /* Focus arrives here from links and deep links; the ring shows when the keyboard brought it. */
  .heading:focus {
    outline: none;
  }

  .heading:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 0.125em;
  }

  .description {
    max-width: 42em;
  }

  /* Status: a shape, a word and a coloured rim; any one of them says it without the others. */
  .status {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
    padding: 0.125em 0.625em;
    border: 0.125em solid var(--_status, var(--_border));
    border-radius: var(--_radius);
  }

  .status[data-level='achieved'],
  .status[data-level='on-track'] {
    --_status: var(--_open);
  }

  .status[data-level='at-risk'] {
    --_status: var(--_warning);
  }

  .status[data-level='off-track'] {
    --_status: var(--_closed);
  }

  .status[data-level='not-assessed'] {
    --_status: var(--_muted);
  }

  .status-icon {
    flex: none;
    width: 1.125em;
    height: 1.125em;
    fill: none;
    stroke: var(--_status, currentColor);
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .status-heading {
    color: var(--_muted);
  }

  .status-label {
    font-weight: bold;
  }

  .label {
    margin: 0 0 0.25em;
    font-weight: bold;
  }

  ul {
    margin: 0 0 var(--_space);
    padding: 0;
    padding-inline-start: 1.5em;
  }

  li {
    margin: 0 0 0.25em;
  }

  li::marker {
    color: var(--_accent);
  }

  table {
    width: 100%;
    margin: 0 0 var(--_space);
    border-collapse: collapse;
    font-size: 0.875em;
  }

  caption {
    margin: 0 0 0.25em;
    font-weight: bold;
    text-align: start;
  }

  th,
  td {
    padding: 0.375em 0.5em;
    border-block-end: 0.0625em solid var(--_border);
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
  }

  thead th {
    border-block-end-width: 0.125em;
  }

  td {
    font-variant-numeric: tabular-nums;
  }

  .source {
    display: block;
    color: var(--_muted);
    font-weight: normal;
  }

  .standing.met > :not(.cell-label) {
    font-weight: bold;
  }

  .cell-label {
    display: none;
  }

  /* The one container a goal needs, and only a goal with indicators: see below. */
  .indicators-frame {
    container-type: inline-size;
  }

  /*
   * Narrow goals (a phone, 200 % zoom, a grid column): each indicator becomes a block of its own,
   * every value under its column's name, so that nothing scrolls sideways. The table keeps its
   * semantics: the headers are only hidden visually.
   */
  @container (max-width: 30em) {
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }

    tr {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 7em), 1fr));
      gap: 0 0.5em;
      padding: 0.375em 0;
      border-block-end: 0.0625em solid var(--_border);
    }

    th,
    td {
      display: block;
      padding: 0.125em 0;
      border: 0;
    }

    tbody th {
      grid-column: 1 / -1;
    }

    .cell-label {
      display: block;
      color: var(--_muted);
      font-size: 0.875em;
    }
  }

  a {
    /* Targets of at least 24 × 24 CSS px (WCAG 2.2, 2.5.8). */
    display: inline-block;
    min-height: 1.5em;
    padding-block: 0.125em;
    overflow-wrap: anywhere;
  }

  @media (forced-colors: active) {
    article,
    .status,
    th,
    td {
      border-color: CanvasText;
    }

    .status-icon {
      stroke: CanvasText;
    }
    .trend-icon {
      stroke: CanvasText;
    }
    .bar {
      border-color: CanvasText;
    }
    .bar-value {
      background: CanvasText;
      forced-color-adjust: none;
    }
    .bar-target {
      background: Highlight;
      forced-color-adjust: none;
    }
  }

  /* The trend in words, with an arrow named by its direction. */
  .trend {
    display: flex;
    align-items: center;
    gap: 0.25em;
    font-size: 0.875em;
    color: var(--kommun-color-muted, inherit);
  }
  .trend-icon {
    inline-size: 1em;
    block-size: 1em;
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.75;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  /* The value against the target: a filled bar and a mark at the target; the numbers are in the text. */
  .bar {
    position: relative;
    display: block;
    inline-size: 100%;
    max-inline-size: 8em;
    block-size: 0.5em;
    margin-block-start: 0.25em;
    border: 1px solid currentColor;
    border-radius: 0.25em;
  }
  .bar-value {
    display: block;
    block-size: 100%;
    background: currentColor;
    opacity: 0.6;
  }
  .bar-target {
    position: absolute;
    inset-block: -0.25em;
    inline-size: 2px;
    margin-inline-start: -1px;
    background: currentColor;
  }
`;
