/**
 * A story made from one entry of an element's examples list: its args are the example's
 * attributes (so Controls edit them), it renders the snippet an editor would paste (a string, so
 * "Show code" shows exactly that), and its description is the example's.
 */
import type { ArgTypes, StoryObj } from '@storybook/web-components-vite';
import type { AttributeValue, ExampleSet } from '../src/data/snippet.js';
import { snippetOf } from '../src/data/snippet.js';

/** The arg that holds the light-DOM content (fallback, a data script, slotted text). */
export const CONTENT_ARG = 'content (between the tags)';

/** A control for an attribute; filed under attributes even where a part has the same name (`heading`, `intro`). */
function control(value: AttributeValue): ArgTypes[string] {
  const table = { category: 'attributes' };
  if (typeof value === 'boolean') return { control: 'boolean', table };
  if (typeof value === 'number') return { control: 'number', table };
  if (typeof value === 'object') return { control: 'object', table };
  return { control: 'text', table };
}

/** The story of the example called `name`. */
export function exampleStory(set: ExampleSet, name: string): StoryObj {
  const example = set.examples.find((entry) => entry.name === name);
  if (!example) throw new Error(`${set.tag} has no example called "${name}"`);
  const attributeNames = Object.keys(example.attributes);
  const snippetFromArgs = (args: Record<string, unknown>) => {
    // Args keep their order from the example; an attribute set in Controls that it did not have goes last
    // (properties, camelCase in the table, are not attributes).
    const names = [...attributeNames, ...Object.keys(args).filter((key) => key !== CONTENT_ARG && !attributeNames.includes(key) && key === key.toLowerCase())];
    const attributes = Object.fromEntries(names.filter((key) => args[key] !== undefined && args[key] !== '').map((key) => [key, args[key] as AttributeValue]));
    const content = args[CONTENT_ARG];
    return snippetOf(set.tag, { attributes, ...(typeof content === 'string' ? { content } : {}) });
  };
  return {
    name: example.name,
    args: { ...example.attributes, ...(example.content ? { [CONTENT_ARG]: example.content } : {}) },
    argTypes: {
      ...Object.fromEntries(Object.entries(example.attributes).map(([key, value]) => [key, control(value)])),
      [CONTENT_ARG]: {
        control: 'text',
        description: 'What the editor writes between the tags: fallback content, a data script, or text.',
        table: { category: 'snippet' },
      },
    },
    ...(example.lang ? { globals: { locale: example.lang } } : {}),
    render: (args) => snippetFromArgs(args),
    parameters: {
      docs: {
        description: { story: example.description },
        // The snippet itself, as the Controls have it: not the toolbar's language wrapper, and not
        // the string HTML-escaped, as Storybook's own source of a string story is.
        source: { language: 'html', transform: (_code: string, { args }: { args: Record<string, unknown> }) => snippetFromArgs(args) },
      },
    },
  };
}
