import { render } from 'preact';
import { judge, type Judgement } from '../../core/analysis/judge';
import { draftText, findComposeBoxes, type ComposeBox } from '../../linkedin/read/composer';
import { request, tell } from '../../messages/client';
import { MAX_DRAFT_LENGTH, type ResponseOf } from '../../messages/protocol';
import { GuardIndicator, GuardPanel } from '../../ui/guard/GuardPanel';
import css from '../../ui/guard/guard.css?inline';
import type { Feature } from '../feature-manager';
import { createShadowHost } from '../shadow-host';
import { SCAN_INTERVAL_MS, throttle } from '../throttle';

/** Milliseconds after the last keystroke before the draft is judged: typing itself costs nothing. */
export const JUDGE_DELAY_MS = 300;

/** After a send: LinkedIn empties the editor within a few frames once the message is on its way. */
const SENT_CHECK_DELAY_MS = 400;

type Context = ResponseOf<'guard.context'>;
type GuardedBox = ComposeBox & { editor: Element; sendButton: HTMLElement };

/**
 * F6: a calm indicator beside LinkedIn's Send while the user types, and at send time (Send click, Enter when
 * LinkedIn sends on Enter, Ctrl/Cmd+Enter) a risky draft is held once with the reasons. The draft is never
 * changed by us. "Send anyway" passes the user's own send on to LinkedIn's button; every message that goes
 * becomes an interaction on the recipient's timeline (with its fingerprint, for the mass-message check).
 */
export const composeGuard: Feature = {
  id: 'compose-guard',
  inFrames: true,
  // The messaging overlay opens on any LinkedIn page.
  runsOn: () => true,
  init({ signal, observer }) {
    /** Each guarded form, with the controls it was guarded with and what ends its guard. */
    const guarded = new Map<Element, { editor: Element | null; sendButton: Element | null; stop: AbortController }>();
    signal.addEventListener('abort', () => guarded.forEach((g) => g.stop.abort()), { once: true });
    const scan = () => {
      // Forms LinkedIn removed (a closed bubble) or whose controls it replaced: their guard ends, listeners and all.
      for (const [form, g] of guarded) {
        if (!form.isConnected || (g.editor && !g.editor.isConnected) || (g.sendButton && !g.sendButton.isConnected)) {
          g.stop.abort();
          guarded.delete(form);
        }
      }
      for (const box of findComposeBoxes(document)) {
        if (guarded.has(box.form)) continue;
        const stop = new AbortController();
        guarded.set(box.form, { editor: box.editor, sendButton: box.sendButton, stop });
        reportHealth(box, location.href);
        if (box.editor && box.sendButton) guard(box as GuardedBox, AbortSignal.any([signal, stop.signal]));
      }
    };
    observer.onBatch(throttle(scan, SCAN_INTERVAL_MS, signal), signal);
    scan();
  },
};

const PANEL_WIDTH = 340;
const MARGIN = 8;

/**
 * Above Send, its right edge at Send's right where the window allows (the overlay sits at the screen's right).
 * When Send is not rendered (LinkedIn hides it when Enter sends), above the editor instead.
 */
function panelPosition(sendButton: Element, editor: Element): { left: number; bottom: number } {
  let r = sendButton.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) r = editor.getBoundingClientRect();
  const left = Math.min(Math.max(MARGIN, r.right - PANEL_WIDTH), window.innerWidth - PANEL_WIDTH - MARGIN);
  return { left: Math.max(MARGIN, left), bottom: Math.min(Math.max(MARGIN, window.innerHeight - r.top + MARGIN), window.innerHeight / 2) };
}

/** One health run per compose box found: a Send or editor the reader no longer finds shows up in the options page. */
function reportHealth(box: ComposeBox, url: string): void {
  const parts = ['editor', 'sendButton', 'recipient'] as const;
  const missing = parts.filter((p) => box.missing.includes(p));
  tell('reader.ran', { reader: 'composer', pageKind: `composer-${box.kind}`, url, found: parts.filter((p) => !missing.includes(p)), missing: [...missing] });
}

function guard(box: GuardedBox, signal: AbortSignal): void {
  const { editor, sendButton } = box;
  const ui = createShadowHost(sendButton, css, 'beforebegin');

  /** What the background said, for which recipient and which text. */
  let context: { reply: Context; recipientKey: string; text: string } | undefined;
  let judgement: Judgement | undefined;
  let text = '';
  let open = false;
  let held = false;
  /** The draft last held: once the user has seen why, the same text goes through ("held once"). */
  let released: string | undefined;
  /** The draft last recorded as sent: one draft joins the timeline once, whichever way it was sent. */
  let recorded: string | undefined;
  let requests = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener(
    'abort',
    () => {
      clearTimeout(timer);
      ui.remove();
    },
    { once: true },
  );

  /** This form as the page shows it now: the full-page thread keeps its form when the conversation changes. */
  const current = () => findComposeBoxes(document).find((b) => b.form === box.form) ?? box;
  const keyOf = (r: ComposeBox['recipient']) => (r ? `${r.slug ?? ''}|${r.memberId ?? ''}|${r.name ?? ''}` : 'group');

  const verdict = (draft: string, recipientKey: string): Judgement => {
    // Context for another person, or a mass count for another text, would judge the wrong message.
    const known = context?.recipientKey === recipientKey ? context : undefined;
    return judge(draft, {
      recipient: known?.reply.recipient ?? undefined,
      sentToOthers: known?.text === draft ? known.reply.sentToOthers : undefined,
      settings: context?.reply.guard,
    });
  };

  const paint = () =>
    render(
      <span class="anchor">
        <GuardIndicator judgement={judgement} open={open} onToggle={() => ((open = !open), paint())} />
        {open && judgement && judgement.level !== 'ok' && (
          <GuardPanel
            judgement={judgement}
            text={text}
            held={held ? { onEdit: edit, onSendAnyway: sendAnyway } : undefined}
            onClose={() => ((open = false), paint())}
            position={panelPosition(sendButton, editor)}
          />
        )}
      </span>,
      ui.root,
    );

  const evaluate = async (): Promise<void> => {
    const mine = ++requests;
    const draft = draftText(editor).slice(0, MAX_DRAFT_LENGTH);
    const recipient = current().recipient;
    const reply = await request('guard.context', { recipient, text: draft }).catch((error: unknown) => {
      console.debug('[Vínculo] guard.context failed', error);
      return undefined;
    });
    // A slower, older answer must not overwrite a newer one; a held panel keeps what the user is reading.
    if (mine !== requests || signal.aborted) return;
    if (reply) context = { reply, recipientKey: keyOf(recipient), text: draft };
    if (held) return;
    text = draft;
    judgement = verdict(draft, keyOf(recipient));
    paint();
  };

  const edit = () => {
    held = false;
    open = false;
    paint();
    (editor as HTMLElement).focus();
  };

  const sendAnyway = () => {
    held = false;
    open = false;
    paint();
    // The user asked for this send by clicking "Send anyway": hand it on to LinkedIn's own button, once.
    sendButton.click();
  };

  const onInput = () => {
    const draft = draftText(editor);
    if (draft !== released) released = undefined;
    if (draft !== recorded) recorded = undefined;
    clearTimeout(timer);
    timer = setTimeout(() => void evaluate(), JUDGE_DELAY_MS);
  };
  editor.addEventListener('input', onInput, { signal });
  // A pasted or dropped text is judged at once: Send may follow immediately.
  editor.addEventListener('paste', () => setTimeout(() => void evaluate()), { signal });
  editor.addEventListener('drop', () => setTimeout(() => void evaluate()), { signal });

  /** Decides at send time; true when the send may go on. */
  const mayGo = (): boolean => {
    const now = draftText(editor);
    if (!now.trim() || released === now) return true;
    // Judged on the spot with what we know: waiting for the background would let the send through.
    const verdictNow = verdict(now, keyOf(current().recipient));
    if (verdictNow.level === 'ok' || context?.reply.guard.hold === false) return true;
    text = now;
    judgement = verdictNow;
    released = now;
    held = true;
    open = true;
    paint();
    return false;
  };

  /**
   * A send that may have gone: recorded once the editor no longer holds the draft (LinkedIn empties it when the
   * message leaves; the user may already be typing the next one), so only a real send counts. An Enter that
   * only started a new line leaves the draft in place, with the new line after it.
   */
  const recordIfSent = (draft: string, recipient: ComposeBox['recipient']) => {
    setTimeout(() => {
      if (!draft.trim() || draftText(editor).startsWith(draft.trim()) || recorded === draft) return;
      recorded = draft;
      tell('message.sent', { recipient, text: draft.slice(0, MAX_DRAFT_LENGTH) });
    }, SENT_CHECK_DELAY_MS);
  };

  const onSend = (event: Event) => {
    if (!mayGo()) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    recordIfSent(draftText(editor), current().recipient);
  };

  // On the window in the capture phase: the very first listener of all, so we decide before any of LinkedIn's
  // handlers (Ember delegates at its root, React listens at its container in both phases) can send.
  window.addEventListener(
    'click',
    (event) => {
      if (event.target instanceof Node && sendButton.contains(event.target)) onSend(event);
    },
    { capture: true, signal },
  );
  window.addEventListener(
    'keydown',
    (e) => {
      if (e.key !== 'Enter' || e.shiftKey || e.isComposing || !(e.target instanceof Node) || !editor.contains(e.target)) return;
      // Whether Enter sends is read now: the send options may have been opened since the form was found.
      const enterToSend = current().enterToSend;
      if (e.ctrlKey || e.metaKey || enterToSend === true) return onSend(e);
      // The page does not say whether Enter sends: never hold a key that may only start a new line, but if the
      // draft is gone a moment later, it was sent.
      if (enterToSend === undefined) recordIfSent(draftText(editor), current().recipient);
    },
    { capture: true, signal },
  );
  void evaluate();
}
