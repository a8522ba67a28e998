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

/**
 * Clicks the button of our injected UI whose text (or aria-label) is `name`. The click is dispatched on the
 * element (its position inside a closed root is not reliably mapped to the viewport by the protocol).
 */
export async function clickInjected(page: Page, name: string): Promise<void> {
  const cdp = await session(page);
  try {
    const buttons = (await ourRoots(cdp)).flatMap((root) => [...walk(root)].filter((n) => n.nodeName === 'BUTTON'));
    const label = (n: DomNode) => {
      const attrs = n.attributes ?? [];
      const aria = attrs[attrs.indexOf('aria-label') + 1];
      return [textOf(n).trim(), attrs.includes('aria-label') ? aria : undefined];
    };
    const button = buttons.find((b) => label(b).includes(name));
    if (!button) throw new Error(`No injected button "${name}" among: ${buttons.map((b) => label(b)[0]).join(', ')}`);
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: button.backendNodeId });
    await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId!, functionDeclaration: 'function () { this.focus(); this.click(); }' });
  } finally {
    await cdp.detach();
  }
}
