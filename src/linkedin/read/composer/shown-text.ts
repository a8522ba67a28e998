import { composer as sel } from '../../selectors';

/**
 * An element's shown text, whitespace collapsed, without its screen-reader-only parts (LinkedIn pairs names and
 * button texts with `.visually-hidden` / `.a11y-text` phrases: presence, "Ver el perfil de …"). A copy is walked,
 * so the page is never touched; "" for no element.
 */
export function shownText(el: Element | null | undefined): string {
  if (!el) return '';
  const copy = el.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll(sel.screenReaderOnly)) hidden.remove();
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}
