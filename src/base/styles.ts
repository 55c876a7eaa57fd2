/**
 * What every element shares: the theme tokens (SPEC.md, "Styling") and a reset against
 * inherited host-page styles. Sizes are in em so that a host's odd root size does not matter.
 */
import { css } from 'lit';

export const baseStyles = css`
  :host {
    /*
     * Defaults meet 4.5:1 for text and 3:1 for UI parts on the default surface, on a light page
     * and on a page that asks for dark colours (color-scheme: dark): text takes the page's
     * colour, surfaces the scheme's Canvas, and the fixed colours have a light and a dark value.
     */
    --_accent: var(--kommun-color-accent, light-dark(#005a8c, #6cb8e6));
    /* White on a dark accent, black on a light one (themes that set only the accent included). */
    --_accent-contrast: var(--kommun-color-accent-contrast, oklch(from var(--_accent) clamp(0, (0.565 - l) * 1000, 1) 0 0));
    --_text: var(--kommun-color-text, currentColor);
    --_muted: var(--kommun-color-muted, currentColor);
    --_surface: var(--kommun-color-surface, Canvas);
    --_border: var(--kommun-color-border, light-dark(#6f6f6f, #949494));
    --_open: var(--kommun-color-open, light-dark(#1c6b30, #6fcf8a));
    --_closed: var(--kommun-color-closed, light-dark(#a8201a, #ff8a80));
    --_error: var(--kommun-color-error, light-dark(#a8201a, #ff8a80));
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
