/**
 * A DataError in an editor's words: `factors[3].label` + `required` → "Faktor 4: texten saknas."
 * Positions count from 1 and fields are named as an editor knows them; the path itself stays in
 * the console and in `kommun-error` for developers.
 */
import type { DataErrorCode } from '../lib/data-error.js';

/**
 * Looks up one string of the `core` namespace (`error.field.label`, …) with its values filled
 * in; a key that does not exist gives ''.
 */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

type Step = { name: string } | { index: number };

/** `goals[1].links[0].href` → goals, 1, links, 0, href. */
function steps(path: string): Step[] {
  return [...path.matchAll(/\[(\d+)\]|([^.[\]]+)/g)].map(([, index, name]) => (index === undefined ? { name: name! } : { index: Number(index) }));
}

const LANGUAGE_CODE = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

/** The sentence for a notice: where in the data (1-based, in words), what is wrong, and with which field. */
export function dataErrorInWords(code: DataErrorCode, path: string, translate: Translate): string {
  const fieldWord = (name: string) => translate(`error.field.${name}`) || translate('error.unknownField', { name });
  const itemWord = (name: string, index: number) => translate(`error.item.${name}`, { position: index + 1 }) || `${fieldWord(name)} ${index + 1}`;

  const items: string[] = [];
  let subject = '';
  const all = steps(path);
  all.forEach((step, i) => {
    const next = all[i + 1];
    const last = i === all.length - 1;
    if ('index' in step) return;
    if (next && 'index' in next) {
      const word = itemWord(step.name, next.index);
      // A path that ends at an item (`days[0]`) is about that item itself.
      if (i + 1 === all.length - 1) subject = word;
      else items.push(word);
    } else if (last) {
      const previous = all[i - 1];
      if (previous && LANGUAGE_CODE.test(step.name) && !translate(`error.field.${step.name}`)) {
        // `label.sv`: the Swedish text of the label; `description[1].sv`: of the second paragraph.
        const of = 'name' in previous ? fieldWord(previous.name) : (items.pop() ?? '');
        subject = translate('error.inLanguage', { subject: of, language: step.name });
      } else {
        subject = fieldWord(step.name);
      }
    }
  });
  const what = translate(`error.${code}`, { subject: subject || fieldWord(path) });
  const sentence = items.length ? translate('error.located', { where: items.join(', '), what }) : what;
  return sentence.charAt(0).toLocaleUpperCase() + sentence.slice(1);
}
