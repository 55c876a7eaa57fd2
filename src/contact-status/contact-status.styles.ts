import { css } from 'lit';

export const contactStatusStyles = css`
  .text {
    max-width: 40em;
  }

  .text > p {
    margin: 0 0 1em;
  }

  .status {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.25em;
    margin: 0 0 var(--_space);
  }

  .icon {
    flex: none;
    align-self: center;
    inline-size: 1.125em;
    block-size: 1.125em;
    margin-inline-end: 0.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .state {
    font-weight: bold;
  }

  .status.open .icon,
  .status.open .state {
    color: var(--_open);
  }

  .status.closed .icon,
  .status.closed .state {
    color: var(--_closed);
  }

  .channels {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.25em 1em;
    align-items: baseline;
    margin: 0 0 var(--_space);
  }

  .channels > div {
    display: contents;
  }

  .channels dt {
    color: var(--_muted);
  }

  .channels dd {
    margin: 0;
    min-inline-size: 0;
  }

  /* Room enough to hit (WCAG 2.2, 2.5.8: at least 24 by 24 px). */
  .channels a {
    display: inline-block;
    min-block-size: 1.5em;
    padding-block: 0.125em;
  }

  .hours summary {
    display: list-item;
    /* As wide as its words, so that the focus ring and the target hug them, not the whole column. */
    inline-size: fit-content;
    min-block-size: 1.5em;
    padding-block: 0.25em;
    color: var(--_accent);
    cursor: pointer;
  }

  .hours table {
    inline-size: 100%;
    max-inline-size: 30em;
    margin: 0.5em 0 var(--_space);
    border-collapse: collapse;
  }

  .hours th,
  .hours td {
    padding: 0.375em 0.5em;
    border-block-end: 0.0625em solid var(--_border);
    text-align: start;
    vertical-align: top;
  }

  .hours thead th {
    color: var(--_muted);
    font-size: 0.875em;
  }

  .hours tbody th {
    font-weight: normal;
  }

  .hours .day {
    display: inline-block;
  }

  .hours .day::first-letter {
    text-transform: uppercase;
  }

  .hours .period {
    white-space: nowrap;
  }

  .hours .note {
    display: block;
    color: var(--_muted);
  }

  .hours tr.today th,
  .hours tr.today td {
    font-weight: bold;
  }

  .hours tr.today {
    background: color-mix(in srgb, var(--_accent) 8%, var(--_surface));
  }

  .today-mark {
    display: inline-block;
    margin-inline-start: 0.25em;
    padding: 0 0.375em;
    border: 0.0625em solid currentColor;
    border-radius: var(--_radius);
    font-size: 0.875em;
  }

  @media (forced-colors: active) {
    /* As specific as the open and closed colours, which would otherwise win. */
    .status.open .icon,
    .status.open .state,
    .status.closed .icon,
    .status.closed .state {
      color: CanvasText;
    }
    .hours tr.today {
      background: Canvas;
    }
  }
`;
