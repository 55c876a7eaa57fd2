import { css } from 'lit';

export const successFactorsStyles = css`
  .intro {
    max-width: 40em;
  }

  ul {
    margin: 0 0 var(--_space);
    padding: 0;
    padding-inline-start: 1.5em;
    list-style: disc outside;
  }

  li {
    margin: 0 0 0.25em;
    padding: 0;
  }

  li::marker {
    color: var(--_accent);
  }

  .description {
    display: block;
    color: var(--_muted);
  }

  /* Chips: the same list, laid out as wrapped labels; markers stay for screen readers. */
  :host([layout='chips']) ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    padding: 0;
    list-style: none;
  }

  :host([layout='chips']) li {
    margin: 0;
    padding: 0.25em 0.75em;
    border: 0.0625em solid var(--_border);
    border-inline-start: 0.25em solid var(--_accent);
    border-radius: 1em;
    background: var(--_surface);
  }

  /* A zero-width marker keeps VoiceOver announcing "list" after list-style: none. */
  :host([layout='chips']) li::before {
    content: '\\200B';
  }

  @media (forced-colors: active) {
    :host([layout='chips']) li {
      border-color: CanvasText;
    }
  }
`;
