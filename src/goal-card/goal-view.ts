/**
 * The pure parts of showing a goal: how an indicator stands against its target, how its numbers
 * are written, which success factors a goal names, and which of its links may be shown. Plain
 * functions, so that they are tested without a browser element and reused by a server render.
 */
import { safeHref } from '../data/safe-url.js';
import type { Factor, GoalLink, Indicator, LocalizedText } from '../data/types.js';
import { intlLocale } from '../lib/intl-locale.js';
import { slug } from '../lib/validate.js';

/**
 * Whether a value meets its target: on it or on its good side, which follows `higherIsBetter`
 * (default true; for emissions, above the target is not met).
 */
export type Standing = 'met' | 'notMet';

/** The indicator's standing, or undefined when it has no value or no target to stand against. */
export function standing({ value, target, higherIsBetter = true }: Pick<Indicator, 'value' | 'target' | 'higherIsBetter'>): Standing | undefined {
  if (value === undefined || target === undefined) return undefined;
  return (higherIsBetter ? value >= target : value <= target) ? 'met' : 'notMet';
}

/** How the value moved since `previous`: its direction, and whether that is `better`, `worse` or `unchanged`. */
export interface Trend {
  verdict: 'better' | 'worse' | 'unchanged';
  direction: 'up' | 'down' | 'same';
}

/** The indicator's trend, or undefined without a value and a previous one. */
export function trend({ value, previous, higherIsBetter = true }: Pick<Indicator, 'value' | 'previous' | 'higherIsBetter'>): Trend | undefined {
  if (value === undefined || !previous) return undefined;
  if (value === previous.value) return { verdict: 'unchanged', direction: 'same' };
  const up = value > previous.value;
  return { verdict: up === higherIsBetter ? 'better' : 'worse', direction: up ? 'up' : 'down' };
}

/**
 * How far along the bar the value and the target sit, 0–1: the scale runs from 0 to the larger
 * of the two (to the value's side, for a negative one), so that both fit.
 */
export function barScale({ value, target }: Pick<Indicator, 'value' | 'target'>): { value: number; target: number } | undefined {
  if (value === undefined || target === undefined) return undefined;
  const end = Math.max(Math.abs(value), Math.abs(target));
  if (end === 0) return { value: 0, target: 0 };
  return { value: Math.abs(value) / end, target: Math.abs(target) / end };
}

/**
 * A number with its unit in `lang`: `1 250,5 kr` in Swedish, `1,250.5 kr` in English. A `%` unit
 * follows the language's own spacing (`72 %` / `72%`); other units follow after a no-break space.
 */
export function formatQuantity(value: number, unit: string | undefined, lang: string): string {
  const trimmed = unit?.trim();
  const locale = intlLocale(lang);
  if (trimmed === '%') return new Intl.NumberFormat(locale, { style: 'unit', unit: 'percent', maximumFractionDigits: 2 }).format(value);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
  return trimmed ? `${number}\u00a0${trimmed}` : number;
}

/**
 * The labels of the success factors a goal names. Each name is matched to a known factor by its
 * id, or by the slug of the name (so `"Folkhälsa"` finds the factor `folkhalsa`); a name that
 * matches none is shown as it is written.
 */
export function resolveFactors(names: readonly string[], factors: readonly Factor[] = []): LocalizedText[] {
  return names.map((name) => {
    const known = factors.find((factor) => factor.id === name) ?? factors.find((factor) => factor.id === slug(name));
    return known?.label ?? name;
  });
}

export interface ShownLink {
  href: string;
  text: LocalizedText;
}

/** A link left out because of its scheme, by its place in the data. */
export interface DroppedLink {
  path: string;
  href: string;
}

/**
 * The links that may be shown (`http:`, `https:`, `mailto:`, `tel:`, resolved against the page)
 * and the ones left out, each named by its path (`goal.links[0].href`) for the warning.
 */
export function safeLinks(links: readonly GoalLink[], path: string, base?: string): { shown: ShownLink[]; dropped: DroppedLink[] } {
  const shown: ShownLink[] = [];
  const dropped: DroppedLink[] = [];
  links.forEach((link, i) => {
    const href = safeHref(link.href, base);
    if (href) shown.push({ href, text: link.text });
    else dropped.push({ path: `${path}.links[${i}].href`, href: link.href });
  });
  return { shown, dropped };
}
