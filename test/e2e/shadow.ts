import type { CDPSession, Page } from 'playwright-core';

/*
 * Our injected UI lives in closed shadow roots (LinkedIn's scripts must not read it), which Playwright's locators
 * do not enter. The DevTools protocol does: DOM.getDocument with pierce returns closed shadow roots too, so the
 * tests read our UI's text and click its buttons by their on-screen position, as a user would.
 */

interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

async function session(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  return cdp;
}

function* walk(node: DomNode): Generator<DomNode> {
  yield node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.contentDocument ? [node.contentDocument] : []), ...(node.children ?? [])]) yield* walk(child);
}

function textOf(node: DomNode): string {
  return [...walk(node)]
    .filter((n) => n.nodeName === '#text')
    .map((n) => n.nodeValue ?? '')
    .join('');
}

/** The shadow roots of every <vinculo-ui> host on the page. */
async function ourRoots(cdp: CDPSession): Promise<DomNode[]> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  return [...walk(root)].filter((n) => n.nodeName === 'VINCULO-UI').flatMap((host) => host.shadowRoots ?? []);
}

/** All the text our injected UI shows (style sheets excluded). */
export async function injectedText(page: Page): Promise<string> {
  const cdp = await session(page);
  try {
    const roots = await ourRoots(cdp);
    return roots
      .flatMap((root) => (root.children ?? []).filter((n) => n.nodeName !== 'STYLE'))
      .map(textOf)
      .join(' ')
      .replace(/\s+/gu, ' ')
      .trim();
  } finally {
    await cdp.detach();
  }
}

/** The label of a button as a user perceives it: its text and its aria-label. */
function labelsOf(n: DomNode): (string | undefined)[] {
  const attrs = n.attributes ?? [];
  const aria = attrs[attrs.indexOf('aria-label') + 1];
  return [textOf(n).trim(), attrs.includes('aria-label') ? aria : undefined];
}

/**
 * Runs `fn` (a function declaration, `this` = the element) on the button of our injected UI whose text or
 * aria-label is `name`; returns its result by value.
 */
export async function onInjectedButton<T>(page: Page, name: string, fn: string): Promise<T> {
  const cdp = await session(page);
  try {
    const buttons = (await ourRoots(cdp)).flatMap((root) => [...walk(root)].filter((n) => n.nodeName === 'BUTTON'));
    const button = buttons.find((b) => labelsOf(b).includes(name));
    if (!button) throw new Error(`No injected button "${name}" among: ${buttons.map((b) => labelsOf(b).filter(Boolean).join(' / ')).join(', ')}`);
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: button.backendNodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId!, functionDeclaration: fn, returnByValue: true });
    return result.value as T;
  } finally {
    await cdp.detach();
  }
}

/** The aria-labels of every injected button (e.g. the history badges on the page). */
export async function injectedButtonLabels(page: Page): Promise<string[]> {
  const cdp = await session(page);
  try {
    const buttons = (await ourRoots(cdp)).flatMap((root) => [...walk(root)].filter((n) => n.nodeName === 'BUTTON'));
    return buttons.map((b) => labelsOf(b)[1] ?? labelsOf(b)[0] ?? '');
  } finally {
    await cdp.detach();
  }
}

/**
 * Clicks the button of our injected UI whose text (or aria-label) is `name`. The click is dispatched on the
 * element (its position inside a closed root is not reliably mapped to the viewport by the protocol).
 */
export async function clickInjected(page: Page, name: string): Promise<void> {
  await onInjectedButton(page, name, 'function () { this.focus(); this.click(); }');
}

/** Moves the real mouse over the injected button `name` (a hover, as a user makes it). */
export async function hoverInjected(page: Page, name: string): Promise<void> {
  const box = await onInjectedButton<{ x: number; y: number }>(page, name, 'function () { this.scrollIntoView({ block: "center" }); const r = this.getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; }');
  await page.mouse.move(box.x, box.y, { steps: 4 });
}

/** Gives keyboard focus to the injected button `name` (as Tab would). */
export async function focusInjected(page: Page, name: string): Promise<void> {
  await onInjectedButton(page, name, 'function () { this.focus(); }');
}
