/**
 * The text of a draft in LinkedIn's compose box, as the user typed it.
 *
 * The editor is a contenteditable that holds one <p> per line the user started with Enter (Shift+Enter puts a
 * <br> inside the paragraph); empty, it holds exactly `<p><br></p>` (msg_overlay_2023_es.html, and a 2026 live
 * measurement quoted in selectors.ts). textContent would glue paragraphs together and innerText needs layout
 * (linkedom has none), so the text is rebuilt from the structure.
 */

/** Elements that start a line of their own, as the browser renders them in a contenteditable. */
const BLOCK = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** Never typed text. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * Paragraphs joined by "\n", each <br> a "\n", the empty `<p><br></p>` state "". Spaces are the user's: nothing is
 * trimmed or collapsed, only no-break spaces become spaces — Chrome writes every other space of a typed run, and
 * a space typed at the end of a line, as U+00A0 to keep it visible; the user typed a space.
 * Whitespace-only text *between* paragraphs is markup indentation, not typing, and is left out.
 */
export function draftText(editor: Element): string {
  try {
    return blockLines(editor).join('\n').replace(/\u00a0/g, ' ');
  } catch {
    return '';
  }
}

/** The lines of a container whose children are paragraphs (the editor itself, or a list). */
function blockLines(container: Element): string[] {
  const lines: string[] = [];
  let run: ChildNode[] = [];
  const flushRun = () => {
    // Inline content straight in the container (Chrome may leave the first typed text outside a <p>) is a line.
    if (run.some((node) => node.nodeType !== TEXT_NODE || (node.textContent ?? '').trim() !== '')) {
      lines.push(...inlineLines(run));
    }
    run = [];
  };
  for (const child of container.childNodes) {
    if (child.nodeType === ELEMENT_NODE && BLOCK.has(child.nodeName.toUpperCase())) {
      flushRun();
      lines.push(...paragraphLines(child as Element));
    } else {
      run.push(child);
    }
  }
  flushRun();
  return lines;
}

/** One paragraph's lines: split at <br>, nested blocks on lines of their own. */
function paragraphLines(p: Element): string[] {
  const hasBlockChild = [...p.children].some((child) => BLOCK.has(child.nodeName.toUpperCase()));
  return hasBlockChild ? blockLines(p) : inlineLines([...p.childNodes]);
}

/**
 * Lines of inline content. A <br> ends a line; a <br> that is the last thing in the paragraph does not start a
 * new one (the browser keeps it there only so an empty or Shift+Enter-ended line has height): `<p><br></p>` is
 * one empty line, `<p>a<br></p>` is "a", `<p>a<br><br></p>` is "a" and an empty line.
 */
function inlineLines(nodes: readonly ChildNode[]): string[] {
  let text = '';
  const walk = (node: ChildNode) => {
    if (node.nodeType === TEXT_NODE) {
      text += node.textContent ?? '';
    } else if (node.nodeType === ELEMENT_NODE) {
      const name = node.nodeName.toUpperCase();
      if (SKIP.has(name)) return;
      if (name === 'BR') text += '\n';
      // Emoji drawn as images keep their character in alt.
      else if (name === 'IMG') text += (node as Element).getAttribute('alt') ?? '';
      else if (BLOCK.has(name)) text += `${text && !text.endsWith('\n') ? '\n' : ''}${paragraphLines(node as Element).join('\n')}\n`;
      else node.childNodes.forEach(walk);
    }
  };
  nodes.forEach(walk);
  if (text.endsWith('\n')) text = text.slice(0, -1);
  return text.split('\n');
}
