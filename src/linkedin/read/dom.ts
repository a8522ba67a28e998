import { UI_TEXT, type UiLanguage } from '../selectors';

/**
 * Small DOM helpers the readers share. They work on any standards DOM: the page in Chromium and linkedom in
 * node tests (which has no layout and no `innerText`, hence textContent).
 */

/** An element's text with whitespace collapsed; "" for a missing element. */
export function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Text that keeps the line breaks the author typed (About sections render them as <br>, which textContent
 * drops, gluing "trust.Maintainer" together); spaces collapse within each line.
 */
export function multilineText(el: Element | null | undefined): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) parts.push(child.textContent ?? '');
      else if (child.nodeName === 'BR') parts.push('\n');
      else if (child.nodeType === 1) walk(child);
    }
  };
  if (el) walk(el);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The first element matching the first selector (of a fallback list) that matches anything. */
export function queryFirst(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** The closest ancestor (or self) matching the first selector of a fallback list that matches. */
export function closestFirst(el: Element, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = el.closest(selector);
    if (found) return found;
  }
  return null;
}

/**
 * Whether the element is rendered. LinkedIn keeps alternative copies in the DOM and hides all but one with CSS
 * (the 2026 top card holds both "· 1st" and "· 2nd"). Chromium can tell (`checkVisibility`, Chrome 105+);
 * linkedom cannot, and then every element counts as rendered so callers fall back to document order.
 */
function isRendered(el: Element): boolean {
  return typeof el.checkVisibility === 'function' ? el.checkVisibility() : true;
}

/** The first rendered element, else the first in document order. */
export function preferRendered<T extends Element>(els: readonly T[]): T | undefined {
  return els.find(isRendered) ?? els[0];
}

/**
 * Document order within `root`, as a "does `a` come before `b`" test. Counted by hand because linkedom's
 * compareDocumentPosition (0.18) answers in the wrong direction for elements at different depths.
 */
export function documentOrder(root: Element): (a: Element, b: Element) => boolean {
  const index = new Map([...root.querySelectorAll('*')].map((el, i) => [el, i]));
  return (a, b) => (index.get(a) ?? -1) < (index.get(b) ?? -1);
}

/**
 * The UI languages to match visible text in: the one `<html lang>` names ("en", "es-ES"…), or all we carry
 * when the page does not say (saved fragments) or names one we do not carry.
 */
export function pageLanguages(doc: Document): UiLanguage[] {
  const lang = doc.documentElement?.getAttribute('lang')?.toLowerCase().split('-')[0] ?? '';
  return lang in UI_TEXT ? [lang as UiLanguage] : (Object.keys(UI_TEXT) as UiLanguage[]);
}

/**
 * A page's value (an id, an aria-controls) inside a quoted CSS attribute selector: quotes and backslashes escaped,
 * line breaks as hex escapes. A raw line break ends a CSS string, and Chromium's querySelector then throws.
 */
export function cssString(value: string): string {
  return value.replace(/["\\]/g, '\\$&').replace(/[\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `);
}

/** An href resolved against LinkedIn's origin (relative hrefs are common), or null when it is not a URL. */
export function absoluteHref(a: Element): string | null {
  const href = a.getAttribute('href');
  if (!href) return null;
  try {
    return new URL(href, 'https://www.linkedin.com/').href;
  } catch {
    return null;
  }
}
