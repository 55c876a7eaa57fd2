/**
 * What every element shares: the theme tokens (SPEC.md, "Styling") and a reset against
 * inherited host-page styles. Sizes are in em so that a host's odd root size does not matter.
 */
import { css } from 'lit';

export const baseStyles = css`
  :host {
    /* Defaults meet 4.5:1 for text and 3:1 for UI parts on the default surface. */
    --_accent: var(--kommun-color-accent, #005a8c);
    --_accent-contrast: var(--kommun-color-accent-contrast, #ffffff);
    --_text: var(--kommun-color-text, #1b1b1b);
    --_muted: var(--kommun-color-muted, #4a4a4a);
    --_surface: var(--kommun-color-surface, #ffffff);
    --_border: var(--kommun-color-border, #6f6f6f);
    --_open: var(--kommun-color-open, #1c6b30);
    --_closed: var(--kommun-color-closed, #a8201a);
    --_error: var(--kommun-color-error, #a8201a);
    --_radius: var(--kommun-radius, 0.25em);
    --_space: var(--kommun-space, 1em);
    --_focus-ring: var(--kommun-focus-ring, 0.1875em solid var(--_accent));

    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--kommun-font-family, inherit);
    font-size: 1em;
    font-style: normal;
    font-weight: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    overflow-wrap: break-word;
    visibility: visible;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0 0 0.5em;
    font-family: inherit;
    font-weight: bold;
    line-height: 1.25;
    color: inherit;
  }

  p {
    margin: 0 0 1em;
  }

  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  a:hover {
    text-decoration-thickness: 0.15em;
  }

  :focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 0.125em;
  }

  .error {
    margin: 0 0 var(--_space);
    padding: 0.75em 1em;
    border: 0.125em solid var(--_error);
    border-inline-start-width: 0.5em;
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .error p {
    margin: 0;
  }

  .error .error-title {
    font-weight: bold;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }

  @media (forced-colors: active) {
    .error {
      border-color: CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
