import { currentLanguage } from '../ui/i18n';
import look from '../ui/linkedin-look.css?inline';

/**
 * Where every piece of UI we inject into LinkedIn's page lives: a closed shadow root on a host element of our
 * own, styles reset with `all: initial` so neither LinkedIn's CSS reaches in nor ours leaks out, and LinkedIn's
 * look (ui/linkedin-look.css: its type, colours and buttons in both themes) given to every surface from one copy.
 * Content-script CSS must be passed in as text (import with `?inline`): a plain CSS import would be injected
 * into LinkedIn's document globally.
 */
export interface ShadowHost {
  host: HTMLElement;
  root: ShadowRoot;
  remove(): void;
}

export function createShadowHost(anchor: Element, css: string, position: InsertPosition = 'afterend'): ShadowHost {
  const host = anchor.ownerDocument.createElement('vinculo-ui');
  // Inline display so the host takes no room until its content does; LinkedIn's layout must not shift.
  host.style.setProperty('display', 'contents');
  // Our words are in the user's language, whatever LinkedIn's page is in: screen readers pronounce them by this.
  host.lang = currentLanguage();
  const root = host.attachShadow({ mode: 'closed' });
  const style = anchor.ownerDocument.createElement('style');
  style.textContent = `:host { all: initial; }\n${look}\n${css}`;
  root.append(style);
  anchor.insertAdjacentElement(position, host);
  return { host, root, remove: () => host.remove() };
}
