import { css } from 'lit';

export const pageFeedbackStyles = css`
  .base {
    padding-block: var(--_space);
  }

  .buttons,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin: 0;
  }

  /* Targets of at least 44 × 44 CSS px at the default size (WCAG 2.5.5; 2.5.8 asks 24). */
  button {
    min-block-size: 2.75em;
    min-inline-size: 5.5em;
    margin: 0;
    padding: 0.5em 1.25em;
    border: 0.125em solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font: inherit;
    font-weight: bold;
    line-height: 1.25;
    cursor: pointer;
  }

  button:hover {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  button.primary {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }

  form {
    max-inline-size: 40em;
    margin: 0;
  }

  label {
    display: block;
    margin: 0 0 0.25em;
    font-weight: bold;
  }

  textarea {
    display: block;
    inline-size: 100%;
    min-block-size: 6em;
    margin: 0;
    padding: 0.5em;
    border: 0.125em solid var(--_border);
    border-radius: 0;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    resize: vertical;
  }

  textarea[aria-invalid='true'],
  textarea.over {
    border-color: var(--_error);
  }

  .counter {
    margin: 0.25em 0 var(--_space);
    color: var(--_muted);
  }

  .counter.over,
  .field-error {
    color: var(--_error);
    font-weight: bold;
  }

  .field-error {
    margin: 0 0 0.25em;
  }

  .notice {
    color: var(--_text);
  }

  [tabindex='-1']:focus {
    outline: none;
  }

  [tabindex='-1']:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 0.125em;
  }

  .thanks,
  .answered,
  .sending {
    margin: 0;
    font-weight: bold;
  }

  /* Like the error notice: a box with a thick start border; the words say what happened. */
  .refused {
    padding: 0.75em 1em;
    border: 0.125em solid var(--_error);
    border-inline-start-width: 0.5em;
    border-radius: var(--_radius);
  }

  .refused p {
    margin: 0;
  }

  .refused .refused-title {
    font-weight: bold;
  }

  .refused .contact {
    margin-block-start: 0.5em;
  }

  /* The spam trap: off-screen and clipped, so it neither shows nor makes the page scroll sideways. */
  .trap {
    position: relative;
    overflow: hidden;
    inline-size: 0;
    block-size: 0;
  }

  .trap > div {
    position: absolute;
    inset-inline-start: -100em;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
  }

  @media (forced-colors: active) {
    button,
    button.primary {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    textarea,
    textarea[aria-invalid='true'],
    textarea.over,
    .refused {
      border-color: CanvasText;
    }
  }
`;
