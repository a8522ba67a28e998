interface Span {
  start: number;
  end: number;
}

/**
 * The draft with the words that triggered a warning marked, as text nodes and <mark> elements (never HTML).
 * Long drafts are cut around the marks so the panel stays short.
 */
export function Highlighted({ text, spans, context = 60 }: { text: string; spans: readonly Span[]; context?: number }) {
  const sorted = [...spans].sort((a, b) => a.start - b.start).filter((s, i, all) => i === 0 || s.start >= all[i - 1]!.end);
  if (sorted.length === 0) return null;
  const parts: preact.ComponentChildren[] = [];
  let cursor = 0;
  for (const [i, span] of sorted.entries()) {
    const from = Math.max(cursor, span.start - context);
    if (from > cursor) parts.push(cursor === 0 ? '…' : ' … ');
    parts.push(text.slice(from, span.start), <mark key={i}>{text.slice(span.start, span.end)}</mark>);
    cursor = span.end;
    const next = sorted[i + 1];
    const until = next ? Math.min(next.start, span.end + context) : Math.min(text.length, span.end + context);
    parts.push(text.slice(cursor, until));
    cursor = until;
  }
  if (cursor < text.length) parts.push('…');
  return (
    <p class="draft" dir="auto">
      {parts}
    </p>
  );
}
