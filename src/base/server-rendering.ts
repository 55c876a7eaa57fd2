/**
 * What `kommun-elements render` (ssr/render.js) needs to know of an element, declared once on
 * its class as `static ssr` and read by the renderer from the registered class. Not public API.
 *
 * - `data`: the property the renderer gives the data it read from a child
 *   `<script type="application/json">` or a `src` file (JSON text or the parsed value). It is
 *   also the JSON attribute: when the element has that attribute, the renderer leaves the data
 *   to the element.
 * - `src`: the element reads `src`; the renderer reads the file from disk (the element on the
 *   server never fetches).
 * - `freeText`: the element shows its light DOM's free text (see KommunElement.hasFreeText);
 *   the renderer tells it whether there is any, as the element on the server has no children.
 * - `skip`: why the element is left as it is (its light-DOM fallback shows until JavaScript
 *   runs), for an element that is of no use without JavaScript.
 * @internal
 */
export type ServerRendering = { data?: string; src?: boolean; freeText?: boolean; skip?: never } | { skip: string };
