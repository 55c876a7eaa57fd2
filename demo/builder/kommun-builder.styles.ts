/** The builder's layout and form styles, on the library's theme tokens (GOV.UK Frontend's form patterns). */
import { css } from 'lit';

export const builderStyles = css`
  h1 {
    font-size: 2em;
  }

  .lede {
    max-width: 40em;
    font-size: 1.125em;
  }

  section {
    margin: 0 0 2em;
  }

  /* Form beside preview and output where there is room; one column from 320 px up. */
  .layout {
    display: grid;
    gap: 2em;
    grid-template-columns: minmax(0, 1fr);
  }

  @media (min-width: 64em) {
    .layout {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      align-items: start;
    }
    .side {
      position: sticky;
      top: 0;
      max-height: 100vh;
      overflow: auto;
    }
  }

  .field {
    margin: 0 0 1.25em;
  }

  label,
  legend {
    display: block;
    margin: 0 0 0.25em;
    font-weight: bold;
  }

  .hint {
    margin: 0 0 0.25em;
    color: var(--_muted);
  }

  input:not([type='checkbox']),
  select,
  textarea {
    display: block;
    width: 100%;
    max-width: 40em;
    min-height: 2.5em;
    padding: 0.3em 0.4em;
    border: 0.125em solid var(--_border);
    border-radius: 0;
    background: var(--_surface);
    color: inherit;
    font: inherit;
  }

  textarea {
    resize: vertical;
  }

  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 0;
    box-shadow: inset 0 0 0 0.125em currentColor;
  }

  /* An error is a thick left border, the "Fel:" prefix and the message: never colour alone. */
  .field-error {
    padding-inline-start: 0.75em;
    border-inline-start: 0.3125em solid var(--_error);
  }

  .field-error > input,
  .field-error > select,
  .field-error > textarea {
    border-color: var(--_error);
    border-width: 0.1875em;
  }

  .error-message {
    margin: 0 0 0.25em;
    color: var(--_error);
    font-weight: bold;
  }

  .error-summary {
    margin: 0 0 2em;
    padding: 1em;
    border: 0.3125em solid var(--_error);
  }

  .error-summary:focus {
    outline: var(--_focus-ring);
    outline-offset: 0.125em;
  }

  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .error-summary a {
    color: var(--_error);
    font-weight: bold;
  }

  fieldset {
    min-width: 0;
    margin: 0 0 1.25em;
    padding: 0;
    border: 0;
  }

  fieldset.item {
    padding: 1em;
    border: 0.0625em solid var(--_border);
  }

  fieldset.item > legend {
    padding: 0 0.25em;
    font-size: 1.125em;
  }

  fieldset.item fieldset.item {
    border-style: dashed;
  }

  .checkbox {
    display: flex;
    gap: 0.5em;
    align-items: center;
    margin: 0 0 0.25em;
  }

  .checkbox label {
    margin: 0;
    font-weight: normal;
  }

  input[type='checkbox'] {
    width: 1.5em;
    height: 1.5em;
    margin: 0;
  }

  .subheading {
    margin-top: 1.5em;
    font-size: 1.125em;
  }

  .item-actions,
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0 0 1em;
  }

  button {
    min-height: 2.5em;
    padding: 0.4em 0.9em;
    border: 0.125em solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-contrast);
    font: inherit;
    cursor: pointer;
  }

  button.secondary {
    background: var(--_surface);
    color: var(--_accent);
  }

  button.warning {
    border-color: var(--_error);
    background: var(--_surface);
    color: var(--_error);
  }

  button:disabled {
    border-style: dashed;
    opacity: 0.6;
    cursor: not-allowed;
  }

  .add {
    margin: 0 0 1.5em;
  }

  .snippet {
    margin: 0 0 1.5em;
  }

  .snippet textarea {
    margin: 0 0 0.5em;
    font-family: ui-monospace, monospace;
    font-size: 0.875em;
  }

  .confirmation {
    margin: 0.5em 0 0;
    font-weight: bold;
  }

  .preview {
    padding: 1em;
    border: 0.125em dashed var(--_border);
  }

  @media (forced-colors: active) {
    .field-error,
    .error-summary {
      border-color: CanvasText;
    }
  }
`;
