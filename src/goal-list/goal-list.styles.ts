import { css } from 'lit';

/** On top of goalStyles, which also give the summary's list and its links their look. */
export const goalListStyles = css`
  /* A rule in the accent under the set's title. */
  .title {
    padding-block-end: 0.25em;
    border-block-end: 0.1875em solid var(--_accent);
  }

  /* A link that wraps keeps its bullet on its first line (an inline-block sits on its last line's baseline). */
  .summary a {
    vertical-align: top;
  }

  .intro,
  .note {
    max-width: 42em;
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

  /* Goals in a row are as tall as the tallest. */
  :host([layout='grid']) .goals > li > article {
    height: 100%;
  }
`;
