/**
 * Where every piece of UI we inject into LinkedIn's page lives: a closed shadow root on a host element of our
 * own, styles reset with `all: initial` so neither LinkedIn's CSS reaches in nor ours leaks out.
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
  const root = host.attachShadow({ mode: 'closed' });
  const style = anchor.ownerDocument.createElement('style');
  style.textContent = `:host { all: initial; }\n${css}`;
  root.append(style);
  anchor.insertAdjacentElement(position, host);
  return { host, root, remove: () => host.remove() };
}
